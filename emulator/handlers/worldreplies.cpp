#include "worldreplies.h"

#include "emulator/emulatorrequest.h"
#include "emulator/world.h"

namespace bc::emulator {

EmulatorReply worldErrorReply(const WorldError &error)
{
    if (error.ok())
        return EmulatorReply::success({});
    return EmulatorReply::error(error.code, error.message);
}

const GeneratedBusinessCenter *financeReadableBusinessCenter(const World &world,
                                                             const EmulatorRequest &request,
                                                             const QString &bcId,
                                                             EmulatorReply *refusal)
{
    const WorldError error =
            world.checkFinance(request.accessToken(), bcId, World::FinanceAccess::Read);
    if (!error.ok()) {
        *refusal = worldErrorReply(error);
        return nullptr;
    }
    return world.findBusinessCenter(bcId);
}

const AdAccount *readableAdAccount(const World &world, const EmulatorRequest &request,
                                   const QString &advertiserId, EmulatorReply *refusal)
{
    const WorldError error = world.checkAdvertiserAccess(request.accessToken(), advertiserId,
                                                         World::AdvertiserAccess::Read);
    if (!error.ok()) {
        *refusal = worldErrorReply(error);
        return nullptr;
    }
    return world.findAdAccount(advertiserId);
}

} // namespace bc::emulator
