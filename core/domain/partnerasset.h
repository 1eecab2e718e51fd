#pragma once

#include "core/domain/asset.h"

#include <QJsonObject>

namespace bc::domain {

// An asset shared with or by a partner, as /bc/partner/asset/get/ lists it: the reference gives
// its items as the §3.14 asset items (ADVERTISER, CATALOG, DOMAIN).
struct PartnerAsset
{
    Asset asset;     // the shared asset
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const PartnerAsset &, const PartnerAsset &) = default;
};

} // namespace bc::domain
