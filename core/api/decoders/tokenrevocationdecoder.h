#pragma once

#include "core/domain/tokenrevocation.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /oauth2/revoke_token/ into a TokenRevocation.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class TokenRevocationDecoder
{
public:
    [[nodiscard]] static domain::TokenRevocation decode(const QJsonObject &item);
};

} // namespace bc::api
