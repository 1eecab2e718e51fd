// World: asset roles, partners, asset groups and pixels (reference §3.14, §3.15, §3.17, §3.20).
#include "emulator/world.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxGroupAssets = 200;
constexpr qsizetype maxGroupMembers = 50;
constexpr qsizetype maxGroupNameLength = 255;
constexpr qsizetype maxPartnerAssets = 50;
constexpr qsizetype maxPixelAdvertisers = 100;

const QStringList advertiserRoles = {u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s};
const QStringList groupRoles = {u"ADVERTISER_ROLE_ADMIN"_s, u"ADVERTISER_ROLE_OPERATOR"_s,
                                u"ADVERTISER_ROLE_ANALYST"_s};

// The role of an assignment, reduced to the field of the asset's type; an error message when the
// role that type needs is missing or wrong.
QString normalisedRole(const QString &assetType, const AssetRole &given, AssetRole *role)
{
    role->assetType = assetType;
    if (assetType == u"ADVERTISER"_s) {
        if (!advertiserRoles.contains(given.advertiserRole))
            return u"advertiser_role: must be ADMIN, OPERATOR or ANALYST."_s;
        role->advertiserRole = given.advertiserRole;
    } else if (assetType == u"CATALOG"_s) {
        if (given.catalogRole != u"ADMIN"_s && given.catalogRole != u"AD_PROMOTE"_s)
            return u"catalog_role: must be ADMIN or AD_PROMOTE."_s;
        role->catalogRole = given.catalogRole;
    } else if (assetType == u"LEAD"_s) {
        if (given.formLibraryRole != u"ADMIN"_s)
            return u"form_library_role: must be ADMIN for LEAD assets."_s;
        role->formLibraryRole = given.formLibraryRole;
    } else if (assetType == u"TIKTOK_SHOP"_s) {
        if (given.storeRole != u"AD_PROMOTION"_s && given.storeRole != u"MANAGER"_s)
            return u"store_role: must be AD_PROMOTION or MANAGER."_s;
        role->storeRole = given.storeRole;
    } else if (assetType == u"TT_ACCOUNT"_s) {
        static const QStringList allowed = {u"POST"_s, u"LIVE"_s, u"DIRECT_MESSAGE"_s};
        if (given.ttAccountRoles.isEmpty())
            return u"tt_account_roles: required for TT_ACCOUNT assets."_s;
        for (const QString &r : given.ttAccountRoles) {
            if (!allowed.contains(r))
                return u"tt_account_roles: must be POST, LIVE or DIRECT_MESSAGE."_s;
        }
        role->ttAccountRoles = given.ttAccountRoles;
        role->ttAccountRoles.removeDuplicates();
    } else if (assetType == u"MANAGED_BUSINESS_ACCOUNT"_s) {
        static const QStringList allowed = {u"BUSINESS_ACCOUNT_ADMIN"_s,
                                            u"BUSINESS_ACCOUNT_OPERATOR"_s,
                                            u"BUSINESS_ACCOUNT_ANALYST"_s};
        if (!allowed.contains(given.businessAccountRole))
            return u"business_account_role: must be BUSINESS_ACCOUNT_ADMIN, _OPERATOR or _ANALYST."_s;
        role->businessAccountRole = given.businessAccountRole;
    }
    // PIXEL, STOREFRONT, DOMAIN: access without a named role.
    return {};
}

} // namespace

void World::detachAssets(GeneratedBusinessCenter &bc, const QStringList &assetIds)
{
    const QSet<QString> ids(assetIds.cbegin(), assetIds.cend());
    const auto gone = [&](const QString &id) { return ids.contains(id); };
    const qsizetype accountsRemoved =
            bc.adAccounts.removeIf([&](const AdAccount &a) { return gone(a.advertiserId); });
    bc.assets.removeIf([&](const Asset &a) { return gone(a.assetId); });
    for (Member &member : bc.members) {
        for (const QString &id : assetIds)
            member.assetRoles.remove(id);
    }
    for (BillingGroup &group : bc.billingGroups)
        group.advertiserIds.removeIf(gone);
    for (AssetGroup &group : bc.assetGroups)
        group.assets.removeIf([&](const AssetGroup::GroupAsset &a) { return gone(a.assetId); });
    for (Asset &asset : bc.assets)
        asset.linkedAdvertiserIds.removeIf(gone);
    for (Partner &partner : bc.partners) {
        partner.sharedByUs.removeIf([&](const SharedAsset &a) { return gone(a.assetId); });
        partner.sharedWithUs.removeIf([&](const SharedAsset &a) { return gone(a.assetId); });
    }
    if (accountsRemoved > 0) {
        // Positions after the removed accounts shifted.
        for (const QString &id : assetIds)
            m_adAccountIndex.remove(id);
        const qsizetype b = indexOfBusinessCenter(bc.bcId);
        for (qsizetype a = 0; a < bc.adAccounts.size(); ++a)
            indexAdAccount(b, a);
    }
}

WorldError World::assignAsset(const QString &token, const QString &bcId, const QString &userId,
                              const QString &assetType, const QString &assetId,
                              const AssetRole &role)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    const bool exists = assetType == u"ADVERTISER"_s
                                ? findAdAccount(bcId, assetId) != nullptr
                                : (findAsset(bcId, assetId)
                                   && findAsset(bcId, assetId)->assetType == assetType);
    if (!exists)
        return WorldError::notFound(u"Asset does not exist: "_s + assetId);
    AssetRole normalised;
    if (const QString problem = normalisedRole(assetType, role, &normalised); !problem.isEmpty())
        return WorldError::parameter(problem);
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    Member *member = mutableMember(bc, userId);
    if (!member || member->relationStatus != u"BOUND"_s)
        return WorldError::notFound(u"Member does not exist: "_s + userId);
    member->assetRoles.insert(assetId, normalised);
    return {};
}

WorldError World::unassignAsset(const QString &token, const QString &bcId, const QString &userId,
                                const QString &assetType, const QString &assetId)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    Member *member = mutableMember(bc, userId);
    if (!member)
        return WorldError::notFound(u"Member does not exist: "_s + userId);
    const auto it = member->assetRoles.constFind(assetId);
    if (it == member->assetRoles.constEnd() || it->assetType != assetType) {
        return WorldError::notFound(u"The member has no role on asset: "_s + assetId);
    }
    member->assetRoles.erase(it);
    return {};
}

WorldError World::deleteAssets(const QString &token, const QString &bcId, const QString &assetType,
                               const QStringList &assetIds)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (assetIds.isEmpty())
        return WorldError::parameter(u"asset_ids: at least one id."_s);
    for (const QString &id : assetIds) {
        if (assetType == u"ADVERTISER"_s) {
            const AdAccount *account = findAdAccount(bcId, id);
            if (!account)
                return WorldError::notFound(u"Asset does not exist: "_s + id);
            // Money would be stranded: it has to be refunded to the BC first.
            if (account->relationType == u"OWNER_BC"_s
                && (account->balance.accountBalance() != 0
                    || account->balance.creditBalance() != 0)) {
                return WorldError::parameter(
                        u"asset_ids: the ad account still has a balance; refund it first: "_s + id);
            }
        } else {
            const Asset *asset = findAsset(bcId, id);
            if (!asset || asset->assetType != assetType)
                return WorldError::notFound(u"Asset does not exist: "_s + id);
        }
    }
    detachAssets(*mutableBusinessCenter(bcId), assetIds);
    return {};
}

WorldError World::addPartner(const QString &token, const QString &bcId, const PartnerShare &share)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (share.partnerId.isEmpty() || share.partnerId == bcId)
        return WorldError::parameter(u"partner_id: must be another Business Center."_s);
    const QString partnerName = businessCenterName(share.partnerId);
    if (partnerName.isEmpty())
        return WorldError::notFound(u"Business Center does not exist: "_s + share.partnerId);
    if (share.assetIds.size() > maxPartnerAssets)
        return WorldError::parameter(u"asset_ids: at most 50 ids."_s);

    // Check every asset before changing anything.
    QList<SharedAsset> shared;
    for (const QString &id : share.assetIds) {
        SharedAsset item;
        item.assetId = id;
        item.assetType = share.assetType;
        item.shareTime = nowSecs();
        QString relation;
        if (share.assetType == u"ADVERTISER"_s) {
            const AdAccount *account = findAdAccount(bcId, id);
            if (!account)
                return WorldError::notFound(u"Asset does not exist: "_s + id);
            if (!advertiserRoles.contains(share.advertiserRole))
                return WorldError::parameter(
                        u"advertiser_role: must be ADMIN, OPERATOR or ANALYST."_s);
            item.assetName = account->name;
            item.advertiserRole = share.advertiserRole;
            relation = account->relationType;
        } else {
            const Asset *asset = findAsset(bcId, id);
            if (!asset || asset->assetType != share.assetType)
                return WorldError::notFound(u"Asset does not exist: "_s + id);
            if (share.assetType == u"CATALOG"_s) {
                if (share.catalogRole != u"ADMIN"_s && share.catalogRole != u"AD_PROMOTE"_s)
                    return WorldError::parameter(u"catalog_role: must be ADMIN or AD_PROMOTE."_s);
                item.catalogRole = share.catalogRole;
            }
            item.assetName = asset->assetName;
            relation = asset->relationType;
        }
        if (relation != u"OWNER_BC"_s) {
            return WorldError::parameter(
                    u"asset_ids: only assets the Business Center owns can be shared: "_s + id);
        }
        shared.append(item);
    }

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    auto partner = std::find_if(bc.partners.begin(), bc.partners.end(),
                                [&](const Partner &p) { return p.partnerBcId == share.partnerId; });
    if (partner == bc.partners.end()) {
        Partner added;
        added.partnerBcId = share.partnerId;
        added.partnerName = partnerName;
        added.addTime = nowSecs();
        bc.partners.append(added);
        partner = bc.partners.end() - 1;
    }
    for (const SharedAsset &item : std::as_const(shared)) {
        const auto existing =
                std::find_if(partner->sharedByUs.begin(), partner->sharedByUs.end(),
                             [&](const SharedAsset &a) { return a.assetId == item.assetId; });
        if (existing != partner->sharedByUs.end())
            *existing = item; // shared again: the new role wins
        else
            partner->sharedByUs.append(item);
    }
    return {};
}

WorldError World::deletePartner(const QString &token, const QString &bcId, const QString &partnerId)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    const Partner *partner = findPartner(bcId, partnerId);
    if (!partner)
        return WorldError::notFound(u"Partner does not exist: "_s + partnerId);
    // What the partner shared with us goes with it.
    QStringList received;
    for (const SharedAsset &asset : partner->sharedWithUs)
        received.append(asset.assetId);
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    bc.partners.removeIf([&](const Partner &p) { return p.partnerBcId == partnerId; });
    detachAssets(bc, received);
    return {};
}

WorldError World::deletePartnerAssets(const QString &token, const QString &bcId,
                                      const QString &partnerId, const QString &assetType,
                                      const QStringList &assetIds)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (assetIds.isEmpty())
        return WorldError::parameter(u"asset_ids: at least one id."_s);
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    const auto partner = std::find_if(bc.partners.begin(), bc.partners.end(),
                                      [&](const Partner &p) { return p.partnerBcId == partnerId; });
    if (partner == bc.partners.end())
        return WorldError::notFound(u"Partner does not exist: "_s + partnerId);
    const auto isShared = [&](const QList<SharedAsset> &list, const QString &id) {
        return std::any_of(list.cbegin(), list.cend(), [&](const SharedAsset &a) {
            return a.assetId == id && a.assetType == assetType;
        });
    };
    QStringList received;
    for (const QString &id : assetIds) {
        const bool byUs = isShared(partner->sharedByUs, id);
        const bool withUs = isShared(partner->sharedWithUs, id);
        if (!byUs && !withUs)
            return WorldError::notFound(u"Asset is not shared with this partner: "_s + id);
        if (withUs)
            received.append(id);
    }
    partner->sharedByUs.removeIf(
            [&](const SharedAsset &a) { return assetIds.contains(a.assetId); });
    detachAssets(bc, received);
    return {};
}

WorldResult<QString> World::createAssetGroup(const QString &token, const QString &bcId,
                                             const QString &name,
                                             const QList<AssetGroup::GroupAsset> &assets,
                                             const QList<AssetGroup::GroupMember> &members)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (name.trimmed().isEmpty() || name.size() > maxGroupNameLength)
        return WorldError::parameter(u"asset_group_name: must be 1 to 255 characters."_s);
    if (assets.isEmpty() || assets.size() > maxGroupAssets)
        return WorldError::parameter(u"assets: must hold 1 to 200 items."_s);
    if (members.isEmpty() || members.size() > maxGroupMembers)
        return WorldError::parameter(u"members: must hold 1 to 50 items."_s);
    const GeneratedBusinessCenter &view = *findBusinessCenter(bcId);
    const bool nameTaken =
            std::any_of(view.assetGroups.cbegin(), view.assetGroups.cend(),
                        [&](const AssetGroup &g) { return g.assetGroupName == name; });
    if (nameTaken)
        return WorldError::parameter(u"asset_group_name: already used in this Business Center."_s);
    for (const AssetGroup::GroupAsset &asset : assets) {
        if (asset.assetType != u"ADVERTISER"_s || !findAdAccount(bcId, asset.assetId))
            return WorldError::notFound(u"Asset does not exist: "_s + asset.assetId);
    }
    for (const AssetGroup::GroupMember &member : members) {
        if (userRole(bcId, member.memberId).isEmpty())
            return WorldError::notFound(u"Member does not exist: "_s + member.memberId);
        if (!groupRoles.contains(member.advertiserRole)) {
            return WorldError::parameter(
                    u"asset_roles: must be ADVERTISER_ROLE_ADMIN, _OPERATOR or _ANALYST."_s);
        }
    }
    AssetGroup group;
    group.assetGroupId = newId();
    group.assetGroupName = name;
    group.createTime = nowSecs();
    for (const AssetGroup::GroupAsset &asset : assets) {
        if (std::none_of(
                    group.assets.cbegin(), group.assets.cend(),
                    [&](const AssetGroup::GroupAsset &a) { return a.assetId == asset.assetId; }))
            group.assets.append(asset);
    }
    for (const AssetGroup::GroupMember &member : members) {
        if (std::none_of(group.members.cbegin(), group.members.cend(),
                         [&](const AssetGroup::GroupMember &m) {
                             return m.memberId == member.memberId;
                         }))
            group.members.append(member);
    }
    mutableBusinessCenter(bcId)->assetGroups.append(group);
    return group.assetGroupId;
}

WorldError World::updateAssetGroup(const QString &token, const AssetGroupUpdate &update)
{
    if (WorldError error = checkAdmin(token, update.bcId); !error.ok())
        return error;
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(update.bcId);
    const auto group =
            std::find_if(bc.assetGroups.begin(), bc.assetGroups.end(), [&](const AssetGroup &g) {
                return g.assetGroupId == update.assetGroupId;
            });
    if (group == bc.assetGroups.end())
        return WorldError::notFound(u"Asset group does not exist: "_s + update.assetGroupId);

    if (update.updateEntity == u"NAME"_s) {
        if (update.assetGroupName.trimmed().isEmpty()
            || update.assetGroupName.size() > maxGroupNameLength)
            return WorldError::parameter(u"asset_group_name: must be 1 to 255 characters."_s);
        group->assetGroupName = update.assetGroupName;
        return {};
    }
    const bool add = update.action == u"ADD"_s;
    if (!add && update.action != u"DELETE"_s)
        return WorldError::parameter(u"action: must be ADD or DELETE."_s);

    if (update.updateEntity == u"ASSET"_s) {
        if (update.assets.isEmpty())
            return WorldError::parameter(u"assets: required for update_entity ASSET."_s);
        for (const AssetGroup::GroupAsset &asset : update.assets) {
            if (add
                && (asset.assetType != u"ADVERTISER"_s
                    || !findAdAccount(update.bcId, asset.assetId)))
                return WorldError::notFound(u"Asset does not exist: "_s + asset.assetId);
        }
        QList<AssetGroup::GroupAsset> assets = group->assets;
        for (const AssetGroup::GroupAsset &asset : update.assets) {
            const auto same = [&](const AssetGroup::GroupAsset &a) {
                return a.assetId == asset.assetId;
            };
            if (!add)
                assets.removeIf(same);
            else if (std::none_of(assets.cbegin(), assets.cend(), same))
                assets.append(asset);
        }
        if (assets.size() > maxGroupAssets)
            return WorldError::parameter(u"assets: an asset group holds at most 200 assets."_s);
        group->assets = assets;
        return {};
    }
    if (update.updateEntity == u"MEMBER"_s) {
        if (update.members.isEmpty())
            return WorldError::parameter(u"members: required for update_entity MEMBER."_s);
        for (const AssetGroup::GroupMember &member : update.members) {
            if (add && userRole(update.bcId, member.memberId).isEmpty())
                return WorldError::notFound(u"Member does not exist: "_s + member.memberId);
            if (add && !groupRoles.contains(member.advertiserRole)) {
                return WorldError::parameter(
                        u"asset_roles: must be ADVERTISER_ROLE_ADMIN, _OPERATOR or _ANALYST."_s);
            }
        }
        QList<AssetGroup::GroupMember> members = group->members;
        for (const AssetGroup::GroupMember &member : update.members) {
            const auto same = [&](const AssetGroup::GroupMember &m) {
                return m.memberId == member.memberId;
            };
            if (!add) {
                members.removeIf(same);
                continue;
            }
            const auto existing = std::find_if(members.begin(), members.end(), same);
            if (existing != members.end())
                existing->advertiserRole = member.advertiserRole;
            else
                members.append(member);
        }
        if (members.size() > maxGroupMembers)
            return WorldError::parameter(u"members: an asset group holds at most 50 members."_s);
        group->members = members;
        return {};
    }
    return WorldError::parameter(u"update_entity: must be ASSET, MEMBER or NAME."_s);
}

WorldError World::deleteAssetGroups(const QString &token, const QString &bcId,
                                    const QStringList &assetGroupIds)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (assetGroupIds.isEmpty())
        return WorldError::parameter(u"asset_group_ids: exactly one id."_s);
    for (const QString &id : assetGroupIds) {
        if (!findAssetGroup(bcId, id))
            return WorldError::notFound(u"Asset group does not exist: "_s + id);
    }
    mutableBusinessCenter(bcId)->assetGroups.removeIf(
            [&](const AssetGroup &g) { return assetGroupIds.contains(g.assetGroupId); });
    return {};
}

WorldError World::updatePixelLinks(const QString &token, const QString &bcId,
                                   const QString &pixelCode, const QStringList &advertiserIds,
                                   bool link)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (!findPixel(bcId, pixelCode))
        return WorldError::notFound(u"Pixel does not exist in this Business Center: "_s
                                    + pixelCode);
    if (advertiserIds.isEmpty() || advertiserIds.size() > maxPixelAdvertisers)
        return WorldError::parameter(u"advertiser_ids: must hold 1 to 100 ids."_s);
    for (const QString &id : advertiserIds) {
        if (!findAdAccount(bcId, id))
            return WorldError::notFound(u"Advertiser does not exist in this Business Center: "_s
                                        + id);
    }
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    for (Asset &asset : bc.assets) {
        if (asset.assetType != u"PIXEL"_s || asset.pixelCode != pixelCode)
            continue;
        for (const QString &id : advertiserIds) {
            if (!link)
                asset.linkedAdvertiserIds.removeAll(id);
            else if (!asset.linkedAdvertiserIds.contains(id))
                asset.linkedAdvertiserIds.append(id);
        }
    }
    return {};
}

WorldResult<QString> World::transferPixel(const QString &token, const QString &bcId,
                                          const QString &pixelCode)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (findPixel(bcId, pixelCode))
        return WorldError::parameter(
                u"pixel_code: the pixel already belongs to this Business Center."_s);
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    for (AdAccount &account : bc.adAccounts) {
        if (account.relationType != u"OWNER_BC"_s)
            continue;
        const auto pixel =
                std::find_if(account.pixels.cbegin(), account.pixels.cend(),
                             [&](const AccountPixel &p) { return p.pixelCode == pixelCode; });
        if (pixel == account.pixels.cend())
            continue;
        Asset asset;
        asset.assetId = pixel->pixelId;
        asset.assetName = pixel->pixelName;
        asset.assetType = u"PIXEL"_s;
        asset.ownerBcId = bc.bcId;
        asset.ownerBcName = bc.name;
        asset.relationType = u"OWNER_BC"_s;
        asset.relationStatus = u"BOUND"_s;
        asset.createTime = pixel->createTime;
        asset.pixelCode = pixel->pixelCode;
        asset.linkedAdvertiserIds = {account.advertiserId};
        account.pixels.erase(pixel);
        bc.assets.append(asset);
        return asset.assetId;
    }
    return WorldError::notFound(u"Pixel does not exist in the Business Center's ad accounts: "_s
                                + pixelCode);
}

} // namespace bc::emulator
