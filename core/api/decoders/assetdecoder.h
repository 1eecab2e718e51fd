#pragma once

#include "core/domain/asset.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/asset/get/ (or /bc/partner/asset/get/) list item into an Asset.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetDecoder
{
public:
    [[nodiscard]] static domain::Asset decode(const QJsonObject &item);
};

} // namespace bc::api
