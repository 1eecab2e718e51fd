#pragma once

#include "core/domain/assetmember.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/asset/member/get/ list item into an AssetMember.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetMemberDecoder
{
public:
    [[nodiscard]] static domain::AssetMember decode(const QJsonObject &item);
};

} // namespace bc::api
