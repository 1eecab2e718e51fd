#include "core/sync/logging.h"

Q_LOGGING_CATEGORY(lcSync, "bc.sync", QtWarningMsg)
