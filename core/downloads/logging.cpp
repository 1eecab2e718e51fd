#include "core/downloads/logging.h"

Q_LOGGING_CATEGORY(lcDownloads, "bc.downloads", QtWarningMsg)
