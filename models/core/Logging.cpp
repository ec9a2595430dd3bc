#include "models/core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "ic.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "ic.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIncidents, "ic.incidents", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "ic.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "ic.secrets", QtWarningMsg)
