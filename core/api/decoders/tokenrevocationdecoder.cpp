#include "core/api/decoders/tokenrevocationdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::TokenRevocation TokenRevocationDecoder::decode(const QJsonObject &item)
{
    domain::TokenRevocation revocation;
    revocation.appId = json::idString(item.value("app_id"_L1));
    revocation.advertiserIds = json::idList(item.value("advertiser_ids"_L1));
    revocation.raw = item;
    return revocation;
}

} // namespace bc::api
