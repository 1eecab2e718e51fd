// Partners (reference §3.17): /bc/partner/get|add|delete|asset/get|asset/delete/.
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

constexpr qint64 partnerPageSizeMax = 50;
constexpr qsizetype maxShareAssetIds = 50;
// No maximum published for /bc/partner/asset/delete/ asset_ids: 50, like /bc/partner/add/.
constexpr qsizetype maxDeleteAssetIds = 50;

const QStringList &partnerAssetTypes()
{
    static const QStringList values = {u"ADVERTISER"_s, u"CATALOG"_s, u"DOMAIN"_s};
    return values;
}

} // namespace

EmulatorReply handleBcPartnerGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString name = params.fieldString(filtering, u"filtering"_s, u"name"_s, Need::Optional);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(partnerPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    QList<const Partner *> rows;
    for (const Partner &partner : world.findBusinessCenter(bcId)->partners) {
        if (matchesKeyword(name, {partner.partnerName}))
            rows.append(&partner);
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, [](const Partner *partner) {
        return RoughEdges::withUnknownFields({{u"bc_id"_s, rowId(partner->partnerBcId)},
                                              {u"bc_name"_s, orNull(partner->partnerName)}},
                                             partner->partnerBcId);
    }));
}

EmulatorReply handleBcPartnerAdd(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    PartnerShare share;
    // Not marked required by the reference, but there is nothing to add without it: the world
    // answers 40002 when it is missing.
    share.partnerId = params.id(u"partner_id"_s, Need::Optional);
    share.assetType =
            params.enumeration(u"asset_type"_s, assetTypes(), Need::Optional, u"ADVERTISER"_s);
    share.assetIds = params.idList(u"asset_ids"_s, Need::Optional, 0, maxShareAssetIds);
    share.advertiserRole = params.enumeration(u"advertiser_role"_s, advertiserRoles(),
                                              Need::Optional, u"ANALYST"_s);
    share.catalogRole =
            params.enumeration(u"catalog_role"_s, catalogRoles(), Need::Optional, u"AD_PROMOTE"_s);
    // Child BCs' own assets are not modelled: validated, not used.
    params.id(u"source_child_bc_id"_s, Need::Optional);
    params.id(u"target_child_bc_id"_s, Need::Optional);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(world.addPartner(request.accessToken(), bcId, share));
}

EmulatorReply handleBcPartnerDelete(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString partnerId = params.id(u"partner_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(world.deletePartner(request.accessToken(), bcId, partnerId));
}

EmulatorReply handleBcPartnerAssetGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString partnerId = params.id(u"partner_id"_s, Need::Required);
    const QString assetType =
            params.enumeration(u"asset_type"_s, partnerAssetTypes(), Need::Required);
    const QString shareType =
            params.enumeration(u"share_type"_s, {u"SHARED"_s, u"SHARING"_s}, Need::Required);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword =
            params.fieldString(filtering, u"filtering"_s, u"keyword"_s, Need::Optional);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(partnerPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    const Partner *partner = world.findPartner(bcId, partnerId);
    if (!partner)
        return worldErrorReply(WorldError::notFound(u"Partner does not exist: "_s + partnerId));

    // SHARED: the partner's assets we may use; SHARING: ours the partner may use.
    const bool shared = shareType == u"SHARED"_s;
    const QString ownerName = shared ? partner->partnerName : world.findBusinessCenter(bcId)->name;
    QList<const SharedAsset *> rows;
    for (const SharedAsset &asset : shared ? partner->sharedWithUs : partner->sharedByUs) {
        if (asset.assetType == assetType
            && matchesKeyword(keyword, {asset.assetName, asset.assetId}))
            rows.append(&asset);
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, [&](const SharedAsset *asset) {
        AssetRole role;
        role.advertiserRole = asset->advertiserRole;
        role.catalogRole = asset->catalogRole;
        QJsonObject item;
        item.insert(u"asset_id"_s, rowId(asset->assetId));
        item.insert(u"asset_name"_s, orNull(asset->assetName));
        item.insert(u"asset_type"_s, asset->assetType);
        insertRoleFields(item, role);
        item.insert(u"owner_bc_name"_s, orNull(ownerName));
        return RoughEdges::withUnknownFields(item, asset->assetId);
    }));
}

EmulatorReply handleBcPartnerAssetDelete(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString partnerId = params.id(u"partner_id"_s, Need::Required);
    const QString assetType = params.enumeration(u"asset_type"_s, assetTypes(), Need::Required);
    const QStringList assetIds =
            params.idList(u"asset_ids"_s, Need::Required, 1, maxDeleteAssetIds);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(
            world.deletePartnerAssets(request.accessToken(), bcId, partnerId, assetType, assetIds));
}

} // namespace bc::emulator
