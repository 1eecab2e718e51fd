#include "core/auth/logging.h"

Q_LOGGING_CATEGORY(lcAuth, "bc.auth", QtWarningMsg)
