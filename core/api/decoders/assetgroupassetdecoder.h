#pragma once

#include "core/domain/assetgroupasset.h"

#include <QJsonObject>

namespace bc::api {

// Turns an element of an asset group's `assets` into an AssetGroupAsset.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetGroupAssetDecoder
{
public:
    [[nodiscard]] static domain::AssetGroupAsset decode(const QJsonObject &item);
};

} // namespace bc::api
