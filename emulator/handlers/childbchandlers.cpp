#include "childbchandlers.h"
#include "worldreplies.h"

#include "emulator/bodyreader.h"
#include "emulator/emulatorrequest.h"
#include "emulator/world.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

// The assumed contract, in one place (no published one exists, reference §3.22): a JSON body
// {bc_id, child_bc_id}; the answer echoes the child and its relation status.
const QString parentField = u"bc_id"_s;
const QString childField = u"child_bc_id"_s;

struct ChildRequest
{
    QString bcId;
    QString childBcId;
};

std::optional<ChildRequest> readChildRequest(const EmulatorRequest &request, EmulatorReply *error)
{
    BodyReader body(request);
    ChildRequest child{body.id(parentField, Need::Required), body.id(childField, Need::Required)};
    if (body.hasError()) {
        *error = body.errorReply();
        return std::nullopt;
    }
    return child;
}

} // namespace

EmulatorReply handleBcChildInvite(World &world, const EmulatorRequest &request)
{
    EmulatorReply error;
    const std::optional<ChildRequest> child = readChildRequest(request, &error);
    if (!child)
        return error;
    const WorldError refused =
            world.inviteChildBusinessCenter(request.accessToken(), child->bcId, child->childBcId);
    if (!refused.ok())
        return worldErrorReply(refused);
    return EmulatorReply::success(
            {{childField, child->childBcId}, {u"relation_status"_s, u"PENDING"_s}});
}

EmulatorReply handleBcChildUnbind(World &world, const EmulatorRequest &request)
{
    EmulatorReply error;
    const std::optional<ChildRequest> child = readChildRequest(request, &error);
    if (!child)
        return error;
    const WorldError refused =
            world.unbindChildBusinessCenter(request.accessToken(), child->bcId, child->childBcId);
    if (!refused.ok())
        return worldErrorReply(refused);
    return EmulatorReply::success({{childField, child->childBcId}});
}

} // namespace bc::emulator
