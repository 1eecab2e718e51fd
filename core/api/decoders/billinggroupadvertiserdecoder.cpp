#include "core/api/decoders/billinggroupadvertiserdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BillingGroupAdvertiser BillingGroupAdvertiserDecoder::decode(const QJsonObject &item)
{
    domain::BillingGroupAdvertiser advertiser;
    advertiser.advertiserId = json::idString(item.value("advertiser_id"_L1));
    advertiser.advertiserName = json::text(item.value("advertiser_name"_L1));
    advertiser.raw = item;
    return advertiser;
}

} // namespace bc::api
