#pragma once

#include "assetgroup.h"

namespace bc::emulator {

// /bc/asset_group/update/ (reference §3.15).
struct AssetGroupUpdate
{
    QString bcId;
    QString assetGroupId;
    QString updateEntity;   // ASSET, MEMBER, NAME
    QString action;         // ADD, DELETE (ASSET and MEMBER)
    QString assetGroupName; // NAME
    QList<AssetGroup::GroupAsset> assets;
    QList<AssetGroup::GroupMember> members;
};

} // namespace bc::emulator
