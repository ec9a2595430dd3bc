#pragma once

#include <QLoggingCategory>

// The audit module's one logging category. Secrets and row contents are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
