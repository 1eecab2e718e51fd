#pragma once

#include "core/domain/assetbindquota.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /asset/bind/quota/ into an AssetBindQuota.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetBindQuotaDecoder
{
public:
    [[nodiscard]] static domain::AssetBindQuota decode(const QJsonObject &item);
};

} // namespace bc::api
