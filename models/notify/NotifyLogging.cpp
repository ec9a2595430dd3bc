#include "models/notify/NotifyLogging.h"

Q_LOGGING_CATEGORY(lcNotify, "ic.notify", QtWarningMsg)
