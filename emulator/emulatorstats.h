#pragma once

#include "faultkind.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace bc::emulator {

// Counters filled as requests arrive, before any validation, so tests can assert how many calls a
// client made (including ones the emulator rejected). Paths are the URL path exactly as requested,
// e.g. "/open_api/v1.3/bc/get/". Requests to /__emulator/stats are not counted.
struct EmulatorStats
{
    QHash<QString, int> requestsByPath;
    int totalRequests = 0;

    // Answers with code 40100 (the app's bucket, or an endpoint's bucket in sandbox mode).
    QHash<QString, int> rateLimitedByPath;
    int rateLimitedRequests = 0;

    // Faults served instead of an answer, injected or random, hangs included.
    QMap<FaultKind, int> faultsByKind;
    QHash<QString, int> faultsByPath;
    int faultsServed = 0;

    // What GET /__emulator/stats answers: {"total_requests", "requests_by_path",
    // "rate_limited_requests", "rate_limited_by_path", "faults_served", "faults_by_kind",
    // "faults_by_path"}; kinds by faultKindName().
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace bc::emulator
