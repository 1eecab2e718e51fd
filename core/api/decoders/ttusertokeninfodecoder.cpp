#include "core/api/decoders/ttusertokeninfodecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::TtUserTokenInfo TtUserTokenInfoDecoder::decode(const QJsonObject &item)
{
    domain::TtUserTokenInfo info;
    info.appId = json::idString(item.value("app_id"_L1));
    info.scope = json::commaSeparated(item.value("scope"_L1));
    info.creatorId = json::idString(item.value("creator_id"_L1));
    info.raw = item;
    return info;
}

} // namespace bc::api
