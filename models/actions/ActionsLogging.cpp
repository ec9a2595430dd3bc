#include "models/actions/ActionsLogging.h"

Q_LOGGING_CATEGORY(lcActions, "ic.actions", QtWarningMsg)
