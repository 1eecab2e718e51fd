// Assets (reference §3.14): /bc/asset/get|admin/get|assign|unassign|partner/get|member/get|
// admin/delete/ and /asset/bind/quota/.
#include "accesshandlers.h"
#include "accesstoolkit.h"
#include "nullable.h"
#include "worldreplies.h"

#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/world.h"
#include "emulator/world/roughedges.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace bc::emulator {

using namespace access;

namespace {

constexpr qint64 assetPageSizeMax = 50;
constexpr qint64 assetMemberPageSizeMax = 20;
constexpr qsizetype maxKeywordLength = 250;
// Y: min 1, no maximum published (B: only one id); we take up to 50 like other asset_ids lists.
constexpr qsizetype maxDeleteAssetIds = 50;

// An ad account or another asset, as the asset lists show it.
struct AssetView
{
    QString id;
    QString name;
    QString type;
    QString advertiserAccountType; // ADVERTISER: AUCTION, RESERVATION
    QString showStatus;            // ADVERTISER
    QString ownerBcName;
    QString relationType;
    QString relationStatus;
    QString adCreationEligible;
    QString pixelCode;
    QString ttAssetHandle;
    QString ttAssetProfileImage;
    QString operatingRegionCode;
    std::optional<bool> businessVerified;
};

AssetView viewOf(const AdAccount &account)
{
    AssetView view;
    view.id = account.advertiserId;
    view.name = account.name;
    view.type = u"ADVERTISER"_s;
    view.advertiserAccountType = account.type;
    view.showStatus = account.showStatus;
    view.ownerBcName = account.ownerBcName;
    view.relationType = account.relationType;
    view.relationStatus = account.relationStatus;
    return view;
}

AssetView viewOf(const Asset &asset)
{
    AssetView view;
    view.id = asset.assetId;
    view.name = asset.assetName;
    view.type = asset.assetType;
    view.ownerBcName = asset.ownerBcName;
    view.relationType = asset.relationType;
    view.relationStatus = asset.relationStatus;
    view.adCreationEligible = asset.adCreationEligible;
    view.pixelCode = asset.pixelCode;
    view.ttAssetHandle = asset.ttAssetHandle;
    view.ttAssetProfileImage = asset.ttAssetProfileImage;
    view.operatingRegionCode = asset.operatingRegionCode;
    if (asset.assetType == u"MANAGED_BUSINESS_ACCOUNT"_s)
        view.businessVerified = asset.businessVerified;
    return view;
}

// Every asset of a type in the BC, in the BC's order.
QList<AssetView> assetsOfType(const GeneratedBusinessCenter &bc, const QString &assetType)
{
    QList<AssetView> views;
    if (assetType == u"ADVERTISER"_s) {
        for (const AdAccount &account : bc.adAccounts)
            views.append(viewOf(account));
        return views;
    }
    for (const Asset &asset : bc.assets) {
        if (asset.assetType == assetType)
            views.append(viewOf(asset));
    }
    return views;
}

std::optional<AssetView> findAssetView(const World &world, const QString &bcId,
                                       const QString &assetType, const QString &assetId)
{
    if (assetType == u"ADVERTISER"_s) {
        if (const AdAccount *account = world.findAdAccount(bcId, assetId))
            return viewOf(*account);
        return std::nullopt;
    }
    const Asset *asset = world.findAsset(bcId, assetId);
    if (!asset || asset->assetType != assetType)
        return std::nullopt;
    return viewOf(*asset);
}

// The member's role on an asset, or nullopt when the member has none (admins have all).
// A pending invitee has only the roles the invitation gives.
std::optional<AssetRole> roleOf(const World &world, const QString &bcId, const Member &member,
                                const AssetView &asset)
{
    if (member.relationStatus != u"BOUND"_s || member.userId.isEmpty()) {
        const auto it = member.assetRoles.constFind(asset.id);
        return it == member.assetRoles.constEnd() ? std::nullopt : std::optional(*it);
    }
    const bool admin = member.userRole == u"ADMIN"_s;
    const bool viaAccount = asset.type == u"ADVERTISER"_s
                            && !world.advertiserRole(member.userId, asset.id).isEmpty();
    if (!admin && !viaAccount && !member.assetRoles.contains(asset.id))
        return std::nullopt;
    AssetRole role = world.assetRole(bcId, member.userId, asset.id);
    role.assetType = asset.type;
    return role;
}

QJsonObject assetItem(const AssetView &asset, const AssetRole &role)
{
    QJsonObject item;
    item.insert(u"asset_id"_s, rowId(asset.id));
    item.insert(u"asset_name"_s, orNull(asset.name));
    item.insert(u"asset_type"_s, asset.type);
    item.insert(u"advertiser_account_type"_s, orNull(asset.advertiserAccountType));
    insertRoleFields(item, role);
    item.insert(u"ad_creation_eligible"_s, orNull(asset.adCreationEligible));
    item.insert(u"owner_bc_name"_s, orNull(asset.ownerBcName));
    item.insert(u"is_business_verified"_s, asset.businessVerified
                                                   ? QJsonValue(*asset.businessVerified)
                                                   : QJsonValue(QJsonValue::Null));
    item.insert(u"operating_region_code"_s, orNull(asset.operatingRegionCode));
    item.insert(u"tt_asset_handle"_s, orNull(asset.ttAssetHandle));
    item.insert(u"tt_asset_profile_image"_s, orNull(asset.ttAssetProfileImage));
    return RoughEdges::withUnknownFields(item, asset.id);
}

// child_bc_id on asset lists: the child's own assets are not modelled, so a known child gives an
// empty list; an unknown one 40007.
WorldError checkChild(const World &world, const QString &bcId, const QString &childBcId)
{
    if (childBcId.isEmpty() || childBcId == bcId || world.findChildBusinessCenter(bcId, childBcId))
        return {};
    return WorldError::notFound(u"Child Business Center does not exist: "_s + childBcId);
}

// The answer of an asset list for a child BC: empty for a known child, 40007 for an unknown one;
// nullopt when the list is the BC's own.
std::optional<EmulatorReply> childAssetList(const World &world, const QString &bcId,
                                            const QString &childBcId, qint64 page, qint64 pageSize)
{
    if (childBcId.isEmpty() || childBcId == bcId)
        return std::nullopt;
    if (WorldError error = checkChild(world, bcId, childBcId); !error.ok())
        return worldErrorReply(error);
    return EmulatorReply::success(
            pagedList(QList<int>(), page, pageSize, [](int) { return QJsonObject(); }));
}

} // namespace

EmulatorReply handleBcAssetGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    const QString childBcId = params.id(u"child_bc_id"_s, Need::Optional);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword =
            params.fieldString(filtering, u"filtering"_s, u"keyword"_s, Need::Optional);
    const QString userId = params.fieldId(filtering, u"filtering"_s, u"user_id"_s, Need::Optional);
    const QString userEmail =
            params.fieldString(filtering, u"filtering"_s, u"user_email"_s, Need::Optional);
    if (!userId.isEmpty() && !userEmail.isEmpty())
        params.fail(u"filtering.user_id: give user_id or user_email, not both."_s);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(assetPageSizeMax);
    if (params.hasError())
        return params.errorReply();

    const QString token = request.accessToken();
    if (WorldError error = world.checkBusinessCenterAccess(token, bcId); !error.ok())
        return worldErrorReply(error);
    if (std::optional<EmulatorReply> childList =
                childAssetList(world, bcId, childBcId, page, pageSize))
        return *childList;

    // Whose roles the list shows: the filtered member's, or the caller's own. Only admins may
    // look at someone else's.
    const QString callerId = world.userIdForToken(token);
    const bool someoneElse = !userEmail.isEmpty() || (!userId.isEmpty() && userId != callerId);
    if (someoneElse && world.userRole(bcId, callerId) != u"ADMIN"_s) {
        return worldErrorReply(WorldError::noPermission(
                u"Only Business Center admins can see other members' assets in Business Center: "_s
                + bcId));
    }
    const Member *subject = userEmail.isEmpty()
                                    ? world.findMember(bcId, userId.isEmpty() ? callerId : userId)
                                    : world.findMemberByEmail(bcId, userEmail);
    if (!subject) {
        return worldErrorReply(WorldError::notFound(u"Member does not exist: "_s
                                                    + (userEmail.isEmpty() ? userId : userEmail)));
    }

    QList<std::pair<AssetView, AssetRole>> rows;
    for (const AssetView &asset : assetsOfType(*world.findBusinessCenter(bcId), assetType)) {
        if (!matchesKeyword(keyword, {asset.name, asset.id}))
            continue;
        if (const std::optional<AssetRole> role = roleOf(world, bcId, *subject, asset))
            rows.append({asset, *role});
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, [](const auto &row) {
        return assetItem(row.first, row.second);
    }));
}

EmulatorReply handleBcAssetAdminGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    const QString childBcId = params.id(u"child_bc_id"_s, Need::Optional);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword =
            params.fieldString(filtering, u"filtering"_s, u"keyword"_s, Need::Optional);
    const QString showStatus = params.fieldEnumeration(
            filtering, u"filtering"_s, u"advertiser_show_status"_s,
            {u"SHOW_ACCOUNT_STATUS_APPROVED"_s, u"SHOW_ACCOUNT_STATUS_IN_REVIEW"_s,
             u"SHOW_ACCOUNT_STATUS_NOT_APPROVED"_s, u"SHOW_ACCOUNT_STATUS_PUNISHED"_s},
            Need::Optional);
    const QString relationType = params.fieldEnumeration(
            filtering, u"filtering"_s, u"relation_type"_s,
            {u"OWNER_BC"_s, u"OWNER_PARTNER"_s, u"OWNER_INDIVIDUAL"_s}, Need::Optional);
    const QString relationStatus = params.fieldEnumeration(
            filtering, u"filtering"_s, u"relation_status"_s, relationStatuses(), Need::Optional);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(assetPageSizeMax);
    if (params.hasError())
        return params.errorReply();

    const QString token = request.accessToken();
    if (WorldError error = world.checkAdmin(token, bcId); !error.ok())
        return worldErrorReply(error);
    if (std::optional<EmulatorReply> childList =
                childAssetList(world, bcId, childBcId, page, pageSize))
        return *childList;

    const Member *caller = world.findMember(bcId, world.userIdForToken(token));
    QList<std::pair<AssetView, AssetRole>> rows;
    for (const AssetView &asset : assetsOfType(*world.findBusinessCenter(bcId), assetType)) {
        if (matchesKeyword(keyword, {asset.name, asset.id})
            && (showStatus.isEmpty() || asset.showStatus == showStatus)
            && (relationType.isEmpty() || asset.relationType == relationType)
            && (relationStatus.isEmpty() || asset.relationStatus == relationStatus))
            rows.append({asset, roleOf(world, bcId, *caller, asset).value_or(AssetRole())});
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, [](const auto &row) {
        QJsonObject item = assetItem(row.first, row.second);
        item.insert(u"advertiser_status"_s, orNull(row.first.showStatus));
        item.insert(u"relation_type"_s, orNull(row.first.relationType));
        item.insert(u"relation_status"_s, orNull(row.first.relationStatus));
        item.insert(u"pixel_code"_s, orNull(row.first.pixelCode));
        return item;
    }));
}

EmulatorReply handleBcAssetAssign(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString userId = params.id(u"user_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    const QString assetId = params.id(u"asset_id"_s, Need::Required);
    AssetRole role;
    role.advertiserRole =
            params.enumeration(u"advertiser_role"_s, advertiserRoles(), Need::Optional);
    role.catalogRole = params.enumeration(u"catalog_role"_s, catalogRoles(), Need::Optional);
    role.formLibraryRole = params.enumeration(u"form_library_role"_s, {u"ADMIN"_s}, Need::Optional);
    role.storeRole = params.enumeration(u"store_role"_s, storeRoles(), Need::Optional);
    role.ttAccountRoles = params.stringList(u"tt_account_roles"_s, Need::Optional, 0, 3);
    for (const QString &ttRole : std::as_const(role.ttAccountRoles)) {
        if (!ttAccountRoles().contains(ttRole))
            params.fail(u"tt_account_roles: must be POST, LIVE or DIRECT_MESSAGE."_s);
    }
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(
            world.assignAsset(request.accessToken(), bcId, userId, assetType, assetId, role));
}

EmulatorReply handleBcAssetUnassign(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString userId = params.id(u"user_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    const QString assetId = params.id(u"asset_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(
            world.unassignAsset(request.accessToken(), bcId, userId, assetType, assetId));
}

EmulatorReply handleBcAssetPartnerGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    const QString assetId = params.id(u"asset_id"_s, Need::Required);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword =
            params.fieldString(filtering, u"filtering"_s, u"keyword"_s, Need::Optional);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(assetPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    if (!findAssetView(world, bcId, assetType, assetId))
        return worldErrorReply(WorldError::notFound(u"Asset does not exist: "_s + assetId));

    // The partners this BC shares the asset with.
    QList<const Partner *> rows;
    for (const Partner &partner : world.findBusinessCenter(bcId)->partners) {
        const bool shared = std::any_of(partner.sharedByUs.cbegin(), partner.sharedByUs.cend(),
                                        [&](const SharedAsset &a) { return a.assetId == assetId; });
        if (shared && matchesKeyword(keyword, {partner.partnerName, partner.partnerBcId}))
            rows.append(&partner);
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, [](const Partner *partner) {
        return RoughEdges::withUnknownFields({{u"bc_id"_s, rowId(partner->partnerBcId)},
                                              {u"bc_name"_s, orNull(partner->partnerName)}},
                                             partner->partnerBcId);
    }));
}

EmulatorReply handleBcAssetMemberGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString assetType = params.enumeration(
            u"asset_type"_s, {u"ADVERTISER"_s, u"CATALOG"_s, u"LEAD"_s}, Need::Required);
    const QString assetId = params.id(u"asset_id"_s, Need::Required);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword = params.fieldString(filtering, u"filtering"_s, u"keyword"_s,
                                               Need::Optional, maxKeywordLength);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(assetMemberPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    const std::optional<AssetView> asset = findAssetView(world, bcId, assetType, assetId);
    if (!asset)
        return worldErrorReply(WorldError::notFound(u"Asset does not exist: "_s + assetId));

    QList<std::pair<const Member *, AssetRole>> rows;
    for (const Member &member : world.findBusinessCenter(bcId)->members) {
        if (!matchesKeyword(keyword, {member.userName, member.userEmail, member.userId}))
            continue;
        if (const std::optional<AssetRole> role = roleOf(world, bcId, member, *asset))
            rows.append({&member, *role});
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, [](const auto &row) {
        const Member &member = *row.first;
        QJsonObject item;
        item.insert(u"user_id"_s,
                    member.userId.isEmpty() ? QJsonValue(QJsonValue::Null) : rowId(member.userId));
        item.insert(u"user_name"_s, orNull(member.userName));
        item.insert(u"user_email"_s, orNull(member.userEmail));
        item.insert(u"user_role"_s, orNull(member.userRole));
        item.insert(u"relation_status"_s, orNull(member.relationStatus));
        item.insert(u"advertiser_role"_s, orNull(row.second.advertiserRole));
        item.insert(u"catalog_role"_s, orNull(row.second.catalogRole));
        item.insert(u"ext_user_role"_s,
                    QJsonObject{{u"finance_role"_s, orNull(member.financeRole)}});
        return RoughEdges::withUnknownFields(item, member.userId.isEmpty() ? member.userEmail
                                                                           : member.userId);
    }));
}

EmulatorReply handleBcAssetAdminDelete(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    const QStringList assetIds =
            params.idList(u"asset_ids"_s, Need::Required, 1, maxDeleteAssetIds);
    const QString childBcId = params.id(u"child_bc_id"_s, Need::Optional);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = checkChild(world, bcId, childBcId);
        !error.ok() && world.checkBusinessCenterAccess(request.accessToken(), bcId).ok())
        return worldErrorReply(error);
    return worldErrorReply(world.deleteAssets(request.accessToken(), bcId, assetType, assetIds));
}

EmulatorReply handleAssetBindQuota(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    // Named by the reference but meaningless for a BC-wide quota: validated, not used.
    params.id(u"asset_id"_s, Need::Optional);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    const BindQuota quota = world.bindQuota(bcId, assetType);
    // Types without a quota of their own never report a negative availability.
    const qint64 total = std::max(quota.totalQuota, quota.usedQuota);
    return EmulatorReply::success({{u"total_quota"_s, total},
                                   {u"used_quota"_s, quota.usedQuota},
                                   {u"available_quota"_s, total - quota.usedQuota}});
}

} // namespace bc::emulator
