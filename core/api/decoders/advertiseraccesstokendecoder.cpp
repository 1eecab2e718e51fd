#include "core/api/decoders/advertiseraccesstokendecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserAccessToken AdvertiserAccessTokenDecoder::decode(const QJsonObject &item)
{
    domain::AdvertiserAccessToken token;
    token.accessToken = json::text(item.value("access_token"_L1));
    token.advertiserIds = json::idList(item.value("advertiser_ids"_L1));
    token.scope = json::integerList(item.value("scope"_L1));
    token.raw = item;
    return token;
}

} // namespace bc::api
