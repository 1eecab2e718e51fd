#include "core/api/decoders/audienceinsightdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AudienceInsight AudienceInsightDecoder::decode(const QJsonObject &item)
{
    domain::AudienceInsight insight;
    insight.dimensionValue = json::text(item.value("dimension_value"_L1));
    insight.impressions = json::integer(item.value("impressions"_L1));
    insight.clicks = json::integer(item.value("clicks"_L1));
    insight.audienceShare = json::real(item.value("audience_share"_L1));
    insight.raw = item;
    return insight;
}

} // namespace bc::api
