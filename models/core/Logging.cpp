#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "ic.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ic.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIncidents, "ic.incidents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "ic.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "ic.secrets", QtInfoMsg)
