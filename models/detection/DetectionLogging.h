#pragma once

#include <QLoggingCategory>

// The detection module's one logging category. Row contents are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcDetection)
