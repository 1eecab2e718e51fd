#pragma once

#include "core/domain/advertiseraccesstoken.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /oauth2/access_token/ into an AdvertiserAccessToken.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserAccessTokenDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserAccessToken decode(const QJsonObject &item);
};

} // namespace bc::api
