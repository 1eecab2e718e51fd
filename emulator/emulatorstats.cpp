#include "emulatorstats.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

QJsonObject countsToJson(const QHash<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject EmulatorStats::toJson() const
{
    QJsonObject byKind;
    for (auto it = faultsByKind.cbegin(); it != faultsByKind.cend(); ++it)
        byKind.insert(faultKindName(it.key()), it.value());
    return {
            {u"total_requests"_s, totalRequests},
            {u"requests_by_path"_s, countsToJson(requestsByPath)},
            {u"rate_limited_requests"_s, rateLimitedRequests},
            {u"rate_limited_by_path"_s, countsToJson(rateLimitedByPath)},
            {u"faults_served"_s, faultsServed},
            {u"faults_by_kind"_s, byKind},
            {u"faults_by_path"_s, countsToJson(faultsByPath)},
    };
}

} // namespace bc::emulator
