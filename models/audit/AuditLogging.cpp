#include "AuditLogging.h"

Q_LOGGING_CATEGORY(lcAudit, "ic.audit", QtWarningMsg)
