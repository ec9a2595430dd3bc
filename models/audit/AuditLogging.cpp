#include "models/audit/AuditLogging.h"

Q_LOGGING_CATEGORY(lcAudit, "ic.audit", QtWarningMsg)
