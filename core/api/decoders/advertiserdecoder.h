#pragma once

#include "core/domain/advertiser.h"

#include <QJsonObject>

namespace bc::api {

// Turns an ADVERTISER item of /bc/asset/get/ or /bc/asset/admin/get/ into an Advertiser.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserDecoder
{
public:
    [[nodiscard]] static domain::Advertiser decode(const QJsonObject &item);
};

} // namespace bc::api
