// Pixels in a BC (reference §3.20): /bc/pixel/get|link/get|link/update|transfer/.
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

// Neither list publishes a maximum: 50, like the other BC lists.
constexpr qint64 pixelPageSizeMax = 50;
constexpr qsizetype maxLinkAdvertisers = 100;

// /bc/pixel/get/ is undocumented (reference: "inferred"); clients probe pixels/list/pixel_list.
// Our assumption, kept in one place: the list is under "pixels".
const QString pixelListKey = u"pixels"_s;

QString pixelCodeParam(Params &params)
{
    return params.string(u"pixel_code"_s, Need::Required, 64);
}

} // namespace

EmulatorReply handleBcPixelGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(pixelPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    QList<const Asset *> rows;
    for (const Asset &asset : world.findBusinessCenter(bcId)->assets) {
        if (asset.assetType == u"PIXEL"_s)
            rows.append(&asset);
    }
    return EmulatorReply::success(pagedList(
            rows, page, pageSize,
            [](const Asset *pixel) {
                return RoughEdges::withUnknownFields({{u"pixel_code"_s, pixel->pixelCode},
                                                      {u"pixel_id"_s, rowId(pixel->assetId)},
                                                      {u"pixel_name"_s, orNull(pixel->assetName)}},
                                                     pixel->assetId);
            },
            pixelListKey));
}

EmulatorReply handleBcPixelLinkGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString pixelCode = pixelCodeParam(params);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(pixelPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);
    const Asset *pixel = world.findPixel(bcId, pixelCode);
    if (!pixel) {
        return worldErrorReply(WorldError::notFound(
                u"Pixel does not exist in this Business Center: "_s + pixelCode));
    }
    return EmulatorReply::success(
            pagedList(pixel->linkedAdvertiserIds, page, pageSize, [&](const QString &id) {
                const AdAccount *account = world.findAdAccount(bcId, id);
                return RoughEdges::withUnknownFields(
                        {{u"advertiser_id"_s, rowId(id)},
                         {u"advertiser_name"_s, orNull(account ? account->name : QString())}},
                        id);
            }));
}

EmulatorReply handleBcPixelLinkUpdate(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString pixelCode = pixelCodeParam(params);
    const QStringList advertiserIds =
            params.idList(u"advertiser_ids"_s, Need::Required, 1, maxLinkAdvertisers);
    const QString relationStatus =
            params.enumeration(u"relation_status"_s, {u"LINK"_s, u"UNLINK"_s}, Need::Required);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(world.updatePixelLinks(request.accessToken(), bcId, pixelCode,
                                                  advertiserIds, relationStatus == u"LINK"_s));
}

EmulatorReply handleBcPixelTransfer(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString pixelCode = pixelCodeParam(params);
    if (params.hasError())
        return params.errorReply();
    const WorldResult<QString> result = world.transferPixel(request.accessToken(), bcId, pixelCode);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success({{u"asset_id"_s, result.value}});
}

} // namespace bc::emulator
