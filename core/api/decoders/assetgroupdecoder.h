#pragma once

#include "core/domain/assetgroup.h"

#include <QJsonObject>

namespace bc::api {

// Turns an asset group object into an AssetGroup.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetGroupDecoder
{
public:
    [[nodiscard]] static domain::AssetGroup decode(const QJsonObject &item);
};

} // namespace bc::api
