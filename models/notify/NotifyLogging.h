#pragma once

#include <QLoggingCategory>

// Notifications: templates, clocks, drafts. Never logs a draft's text.
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
