#include "core/api/decoders/authorizedadvertiserdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AuthorizedAdvertiser AuthorizedAdvertiserDecoder::decode(const QJsonObject &item)
{
    domain::AuthorizedAdvertiser advertiser;
    advertiser.advertiserId = json::idString(item.value("advertiser_id"_L1));
    advertiser.advertiserName = json::text(item.value("advertiser_name"_L1));
    advertiser.raw = item;
    return advertiser;
}

} // namespace bc::api
