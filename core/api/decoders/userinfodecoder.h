#pragma once

#include "core/domain/userinfo.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /user/info/ into a UserInfo.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class UserInfoDecoder
{
public:
    [[nodiscard]] static domain::UserInfo decode(const QJsonObject &item);
};

} // namespace bc::api
