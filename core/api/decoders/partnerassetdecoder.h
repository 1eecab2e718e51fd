#pragma once

#include "core/domain/partnerasset.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/partner/asset/get/ list item into a PartnerAsset.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PartnerAssetDecoder
{
public:
    [[nodiscard]] static domain::PartnerAsset decode(const QJsonObject &item);
};

} // namespace bc::api
