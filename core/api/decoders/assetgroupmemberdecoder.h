#pragma once

#include "core/domain/assetgroupmember.h"

#include <QJsonObject>

namespace bc::api {

// Turns an element of an asset group's `members` into an AssetGroupMember.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AssetGroupMemberDecoder
{
public:
    [[nodiscard]] static domain::AssetGroupMember decode(const QJsonObject &item);
};

} // namespace bc::api
