#include "models/detection/DetectionLogging.h"

Q_LOGGING_CATEGORY(lcDetection, "ic.detection", QtWarningMsg)
