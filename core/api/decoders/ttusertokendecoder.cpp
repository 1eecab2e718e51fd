#include "core/api/decoders/ttusertokendecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::TtUserToken TtUserTokenDecoder::decode(const QJsonObject &item)
{
    domain::TtUserToken token;
    token.accessToken = json::text(item.value("access_token"_L1));
    token.tokenType = json::text(item.value("token_type"_L1));
    token.scope = json::commaSeparated(item.value("scope"_L1));
    token.expiresIn = json::integer(item.value("expires_in"_L1));
    token.refreshToken = json::text(item.value("refresh_token"_L1));
    token.refreshTokenExpiresIn = json::integer(item.value("refresh_token_expires_in"_L1));
    token.openId = json::text(item.value("open_id"_L1));
    token.raw = item;
    return token;
}

} // namespace bc::api
