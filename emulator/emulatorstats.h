#pragma once

#include <QHash>
#include <QString>

namespace bc::emulator {

// Counters filled as requests arrive, before any validation, so tests can assert how many calls a
// client made (including ones the emulator rejected).
struct EmulatorStats
{
    // Keyed by the URL path exactly as requested, e.g. "/open_api/v1.3/bc/get/".
    QHash<QString, int> requestsByPath;
    int totalRequests = 0;
};

} // namespace bc::emulator
