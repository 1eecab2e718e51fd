#include "core/api/decoders/adperformancedecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdPerformance AdPerformanceDecoder::decode(const QJsonObject &item)
{
    domain::AdPerformance performance;
    performance.advertiserId = json::idString(item.value("advertiser_id"_L1));
    performance.advertiserName = json::text(item.value("advertiser_name"_L1));
    performance.currency = json::text(item.value("currency"_L1));
    performance.spend = json::amountOrUnset(item.value("spend"_L1));
    performance.impressions = json::integer(item.value("impressions"_L1));
    performance.clicks = json::integer(item.value("clicks"_L1));
    performance.ctr = json::real(item.value("ctr"_L1));
    performance.cpc = json::amountOrUnset(item.value("cpc"_L1));
    performance.cpm = json::amountOrUnset(item.value("cpm"_L1));
    performance.conversions = json::integer(item.value("conversions"_L1));
    performance.raw = item;
    return performance;
}

} // namespace bc::api
