#pragma once

#include "core/domain/ttusertoken.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /tt_user/oauth2/token/ or /tt_user/oauth2/refresh_token/ into a
// TtUserToken.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class TtUserTokenDecoder
{
public:
    [[nodiscard]] static domain::TtUserToken decode(const QJsonObject &item);
};

} // namespace bc::api
