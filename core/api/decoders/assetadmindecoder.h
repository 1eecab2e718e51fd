#pragma once

#include "core/domain/assetadmin.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/asset/admin/get/ list item into an AssetAdmin.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetAdminDecoder
{
public:
    [[nodiscard]] static domain::AssetAdmin decode(const QJsonObject &item);
};

} // namespace bc::api
