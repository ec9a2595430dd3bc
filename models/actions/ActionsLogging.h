#pragma once

#include <QLoggingCategory>

// Containment actions. Never logs a token, a password or a request header.
Q_DECLARE_LOGGING_CATEGORY(lcActions)
