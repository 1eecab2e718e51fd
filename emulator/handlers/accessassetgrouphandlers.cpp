// Asset groups (reference §3.15): /bc/asset_group/create|get|update|list|delete/ (⚠ the official
// paths; bububa's SDK uses /bc/asset/group/...). get and list drop nulls (pop_resp_nullvalue).
#include "accesshandlers.h"
#include "accesstoolkit.h"
#include "nullable.h"
#include "worldreplies.h"

#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/world.h"
#include "emulator/world/roughedges.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

using namespace access;

namespace {

// Y: min 1, no maximum published: 50, like the other BC lists.
constexpr qint64 assetGroupPageSizeMax = 50;
constexpr qsizetype maxGroupAssets = 200;
constexpr qsizetype maxGroupMembers = 50;

const QStringList &groupRoles()
{
    static const QStringList values = {u"ADVERTISER_ROLE_ADMIN"_s, u"ADVERTISER_ROLE_OPERATOR"_s,
                                       u"ADVERTISER_ROLE_ANALYST"_s};
    return values;
}

QList<AssetGroup::GroupAsset> readAssets(Params &params, Need need)
{
    const QJsonArray items =
            params.array(u"assets"_s, need, need == Need::Required ? 1 : 0, maxGroupAssets);
    QList<AssetGroup::GroupAsset> assets;
    params.forEachObject(items, u"assets"_s, [&](const QJsonObject &item, const QString &path) {
        AssetGroup::GroupAsset asset;
        asset.assetId = params.fieldId(item, path, u"asset_id"_s, Need::Required);
        asset.assetType = params.fieldEnumeration(item, path, u"asset_type"_s, {u"ADVERTISER"_s},
                                                  Need::Optional);
        if (asset.assetType.isEmpty())
            asset.assetType = u"ADVERTISER"_s;
        assets.append(asset);
    });
    return assets;
}

QList<AssetGroup::GroupMember> readMembers(Params &params, Need need, bool rolesRequired)
{
    const QJsonArray items =
            params.array(u"members"_s, need, need == Need::Required ? 1 : 0, maxGroupMembers);
    QList<AssetGroup::GroupMember> members;
    params.forEachObject(items, u"members"_s, [&](const QJsonObject &item, const QString &path) {
        AssetGroup::GroupMember member;
        member.memberId = params.fieldId(item, path, u"member_id"_s, Need::Required);
        const QJsonValue roles = item.value(u"asset_roles"_s);
        if (roles.isObject() || rolesRequired) {
            if (!roles.isObject()) {
                params.fail(path + u".asset_roles: is required."_s);
                return;
            }
            member.advertiserRole =
                    params.fieldEnumeration(roles.toObject(), path + u".asset_roles"_s,
                                            u"ADVERTISER"_s, groupRoles(), Need::Required);
        }
        members.append(member);
    });
    return members;
}

QJsonObject groupAssetItem(const World &world, const QString &bcId,
                           const AssetGroup::GroupAsset &asset)
{
    const AdAccount *account = world.findAdAccount(bcId, asset.assetId);
    QJsonObject item{{u"asset_id"_s, rowId(asset.assetId)},
                     {u"asset_type"_s, asset.assetType},
                     {u"asset_name"_s, orNull(account ? account->name : QString())}};
    return withoutNulls(RoughEdges::withUnknownFields(item, asset.assetId));
}

QJsonObject groupMemberItem(const World &world, const AssetGroup::GroupMember &member)
{
    const User *user = world.findUser(member.memberId);
    QJsonObject item{
            {u"member_id"_s, rowId(member.memberId)},
            {u"member_name"_s, orNull(user ? user->displayName : QString())},
            {u"member_email"_s, orNull(user ? user->email : QString())},
            {u"asset_roles"_s, QJsonObject{{u"ADVERTISER"_s, member.advertiserRole}}},
    };
    return withoutNulls(RoughEdges::withUnknownFields(item, member.memberId));
}

} // namespace

EmulatorReply handleBcAssetGroupCreate(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString name = params.string(u"asset_group_name"_s, Need::Required);
    const QList<AssetGroup::GroupAsset> assets = readAssets(params, Need::Required);
    const QList<AssetGroup::GroupMember> members = readMembers(params, Need::Required, true);
    if (params.hasError())
        return params.errorReply();
    const WorldResult<QString> result =
            world.createAssetGroup(request.accessToken(), bcId, name, assets, members);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success({{u"asset_group_id"_s, result.value}});
}

EmulatorReply handleBcAssetGroupGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString groupId = params.id(u"asset_group_id"_s, Need::Required);
    const QString entity =
            params.enumeration(u"query_entity"_s, {u"ASSET"_s, u"MEMBER"_s}, Need::Required);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword =
            params.fieldString(filtering, u"filtering"_s, u"keyword"_s, Need::Optional);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(assetGroupPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    const AssetGroup *group = world.findAssetGroup(bcId, groupId);
    if (!group)
        return worldErrorReply(WorldError::notFound(u"Asset group does not exist: "_s + groupId));

    // query_entity picks which half of the group is paged; the other half is left out.
    QJsonObject paged;
    QString key;
    if (entity == u"ASSET"_s) {
        key = u"assets"_s;
        QList<AssetGroup::GroupAsset> rows;
        for (const AssetGroup::GroupAsset &asset : group->assets) {
            const AdAccount *account = world.findAdAccount(bcId, asset.assetId);
            if (matchesKeyword(keyword, {asset.assetId, account ? account->name : QString()}))
                rows.append(asset);
        }
        paged = pagedList(
                rows, page, pageSize,
                [&](const AssetGroup::GroupAsset &a) { return groupAssetItem(world, bcId, a); },
                key);
    } else {
        key = u"members"_s;
        QList<AssetGroup::GroupMember> rows;
        for (const AssetGroup::GroupMember &member : group->members) {
            const User *user = world.findUser(member.memberId);
            if (matchesKeyword(keyword, {member.memberId, user ? user->displayName : QString(),
                                         user ? user->email : QString()}))
                rows.append(member);
        }
        paged = pagedList(
                rows, page, pageSize,
                [&](const AssetGroup::GroupMember &m) { return groupMemberItem(world, m); }, key);
    }
    const QJsonObject assetGroup{{u"asset_group_id"_s, rowId(group->assetGroupId)},
                                 {u"asset_group_name"_s, group->assetGroupName},
                                 {key, paged.value(key)}};
    return EmulatorReply::success(
            {{u"asset_group"_s, assetGroup}, {u"page_info"_s, paged.value(u"page_info"_s)}});
}

EmulatorReply handleBcAssetGroupUpdate(World &world, const EmulatorRequest &request)
{
    Params params(request);
    AssetGroupUpdate update;
    update.bcId = params.id(u"bc_id"_s, Need::Required);
    update.assetGroupId = params.id(u"asset_group_id"_s, Need::Required);
    update.updateEntity = params.enumeration(u"update_entity"_s,
                                             {u"ASSET"_s, u"MEMBER"_s, u"NAME"_s}, Need::Required);
    const bool rename = update.updateEntity == u"NAME"_s;
    // action is needed for ASSET and MEMBER; NAME needs the new name.
    update.action = params.enumeration(u"action"_s, {u"ADD"_s, u"DELETE"_s},
                                       rename ? Need::Optional : Need::Required);
    update.assetGroupName =
            params.string(u"asset_group_name"_s, rename ? Need::Required : Need::Optional);
    if (update.updateEntity == u"ASSET"_s)
        update.assets = readAssets(params, Need::Required);
    if (update.updateEntity == u"MEMBER"_s)
        update.members = readMembers(params, Need::Required, update.action == u"ADD"_s);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(world.updateAssetGroup(request.accessToken(), update));
}

EmulatorReply handleBcAssetGroupList(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword =
            params.fieldString(filtering, u"filtering"_s, u"keyword"_s, Need::Optional);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(assetGroupPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    QList<const AssetGroup *> rows;
    for (const AssetGroup &group : world.findBusinessCenter(bcId)->assetGroups) {
        if (matchesKeyword(keyword, {group.assetGroupName, group.assetGroupId}))
            rows.append(&group);
    }
    return EmulatorReply::success(pagedList(
            rows, page, pageSize,
            [&](const AssetGroup *group) {
                QJsonArray assets;
                for (const AssetGroup::GroupAsset &asset : group->assets)
                    assets.append(groupAssetItem(world, bcId, asset));
                QJsonArray members;
                for (const AssetGroup::GroupMember &member : group->members)
                    members.append(groupMemberItem(world, member));
                return RoughEdges::withUnknownFields(
                        {{u"asset_group_id"_s, rowId(group->assetGroupId)},
                         {u"asset_group_name"_s, group->assetGroupName},
                         {u"assets"_s, assets},
                         {u"members"_s, members}},
                        group->assetGroupId);
            },
            u"asset_groups"_s));
}

EmulatorReply handleBcAssetGroupDelete(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QStringList ids = params.idList(u"asset_group_ids"_s, Need::Required, 1, 1);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(world.deleteAssetGroups(request.accessToken(), bcId, ids));
}

} // namespace bc::emulator
