#include "core/api/decoders/userinfodecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::UserInfo UserInfoDecoder::decode(const QJsonObject &item)
{
    domain::UserInfo user;
    user.coreUserId = json::idString(item.value("core_user_id"_L1));
    user.displayName = json::text(item.value("display_name"_L1));
    user.email = json::text(item.value("email"_L1));
    user.avatarUrl = json::text(item.value("avatar_url"_L1));
    user.createTime = json::dateTime(item.value("create_time"_L1));
    user.raw = item;
    return user;
}

} // namespace bc::api
