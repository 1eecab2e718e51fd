#pragma once

#include "core/domain/assetpartner.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/asset/partner/get/ list item into an AssetPartner.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetPartnerDecoder
{
public:
    [[nodiscard]] static domain::AssetPartner decode(const QJsonObject &item);
};

} // namespace bc::api
