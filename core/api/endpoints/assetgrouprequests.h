#pragma once

#include <QList>
#include <QString>

// The parameters of the asset group endpoints (reference §3.15), one plain value type per request.
namespace bc::api {

// One asset of a group in create/update.
struct AssetGroupAssetEntry
{
    QString assetId;
    QString assetType = QStringLiteral("ADVERTISER"); // the only type groups hold
};

// One member of a group in create/update, with the role the group gives on its ad accounts.
struct AssetGroupMemberEntry
{
    QString memberId;       // a user id
    QString advertiserRole; // ADVERTISER_ROLE_ADMIN/_OPERATOR/_ANALYST; none when deleting
};

// POST /bc/asset_group/create/: 1 to 200 assets, 1 to 50 members.
struct AssetGroupCreation
{
    QString bcId;
    QString assetGroupName;
    QList<AssetGroupAssetEntry> assets;
    QList<AssetGroupMemberEntry> members;
};

// GET /bc/asset_group/get/: one group, paging either its assets or its members.
struct AssetGroupQuery
{
    QString bcId;
    QString assetGroupId;
    QString queryEntity; // ASSET, MEMBER
    QString keyword;
};

// GET /bc/asset_group/list/
struct AssetGroupListQuery
{
    QString bcId;
    QString keyword;
};

// POST /bc/asset_group/update/: one kind of change per request.
struct AssetGroupUpdate
{
    QString bcId;
    QString assetGroupId;
    QString updateEntity;   // ASSET, MEMBER, NAME
    QString action;         // ADD, DELETE (ASSET and MEMBER)
    QString assetGroupName; // NAME
    QList<AssetGroupAssetEntry> assets;
    QList<AssetGroupMemberEntry> members;
};

// POST /bc/asset_group/delete/: TikTok takes exactly one id per request.
struct AssetGroupRemoval
{
    QString bcId;
    QString assetGroupId;
};

} // namespace bc::api
