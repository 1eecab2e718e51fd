#pragma once

#include <QList>
#include <QString>

namespace bc::emulator {

// An asset group (/bc/asset_group/*): ad accounts plus members with a role on all of them.
struct AssetGroup
{
    struct GroupAsset
    {
        QString assetId;
        QString assetType; // ADVERTISER
    };
    struct GroupMember
    {
        QString memberId;       // a user id
        QString advertiserRole; // ADVERTISER_ROLE_ADMIN, ADVERTISER_ROLE_OPERATOR,
                                // ADVERTISER_ROLE_ANALYST
    };

    QString assetGroupId;
    QString assetGroupName;
    qint64 createTime = 0;
    QList<GroupAsset> assets;
    QList<GroupMember> members;
};

} // namespace bc::emulator
