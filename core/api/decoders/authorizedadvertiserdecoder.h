#pragma once

#include "core/domain/authorizedadvertiser.h"

#include <QJsonObject>

namespace bc::api {

// Turns an /oauth2/advertiser/get/ list item into an AuthorizedAdvertiser.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AuthorizedAdvertiserDecoder
{
public:
    [[nodiscard]] static domain::AuthorizedAdvertiser decode(const QJsonObject &item);
};

} // namespace bc::api
