#pragma once

#include "core/domain/assetgroupasset.h"
#include "core/domain/assetgroupmember.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bc::domain {

// An asset group, from /bc/asset_group/list/ (`asset_groups[]`) or /bc/asset_group/get/
// (`asset_group`; that one pages either the assets or the members) (§3.15).
struct AssetGroup
{
    QString assetGroupId;
    QString assetGroupName;
    QList<AssetGroupAsset> assets;
    QList<AssetGroupMember> members;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetGroup &, const AssetGroup &) = default;
};

} // namespace bc::domain
