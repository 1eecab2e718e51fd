#pragma once

#include "core/domain/assetgroupcreateresult.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/asset_group/create/ into an AssetGroupCreateResult.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetGroupCreateResultDecoder
{
public:
    [[nodiscard]] static domain::AssetGroupCreateResult decode(const QJsonObject &item);
};

} // namespace bc::api
