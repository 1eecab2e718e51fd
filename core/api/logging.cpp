#include "core/api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "bc.api", QtWarningMsg)
