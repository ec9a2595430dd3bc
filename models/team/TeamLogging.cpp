#include "models/team/TeamLogging.h"

Q_LOGGING_CATEGORY(lcTeam, "ic.team", QtWarningMsg)
