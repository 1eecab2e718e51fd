// Members (reference §3.16): /bc/member/get|invite|update|delete|assign/.
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

// ⚠ The official spec gives /bc/member/get/ no maximum; bububa's SDK says 20, which we enforce.
constexpr qint64 memberPageSizeMax = 20;
constexpr qsizetype maxInviteEmails = 50;
constexpr qsizetype maxInviteAssets = 50;
constexpr qsizetype maxUserNameLength = 250;
constexpr qsizetype maxAssignUsers = 100;

QJsonObject memberItem(const Member *member)
{
    QJsonObject item;
    // A pending invitee has no user id yet: null (this endpoint keeps nulls).
    item.insert(u"user_id"_s,
                member->userId.isEmpty() ? QJsonValue(QJsonValue::Null) : rowId(member->userId));
    item.insert(u"user_name"_s, orNull(member->userName));
    item.insert(u"user_email"_s, orNull(member->userEmail));
    item.insert(u"user_role"_s, orNull(member->userRole));
    item.insert(u"relation_status"_s, orNull(member->relationStatus));
    item.insert(u"ext_user_role"_s, QJsonObject{{u"finance_role"_s, orNull(member->financeRole)}});
    return RoughEdges::withUnknownFields(item, member->userId.isEmpty() ? member->userEmail
                                                                        : member->userId);
}

// ext_user_role{finance_role}: absent or null finance_role means "none".
QString financeRoleField(Params &params, const QJsonObject &extUserRole, const QString &path)
{
    return params.fieldEnumeration(extUserRole, path, u"finance_role"_s, financeRoles(),
                                   Need::Optional);
}

} // namespace

EmulatorReply handleBcMemberGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString childBcId = params.id(u"child_bc_id"_s, Need::Optional);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString keyword =
            params.fieldString(filtering, u"filtering"_s, u"keyword"_s, Need::Optional);
    const QString relationStatus = params.fieldEnumeration(
            filtering, u"filtering"_s, u"relation_status"_s, relationStatuses(), Need::Optional);
    const QString userRole = params.fieldEnumeration(filtering, u"filtering"_s, u"user_role"_s,
                                                     userRoles(), Need::Optional);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(memberPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    if (WorldError error = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !error.ok())
        return worldErrorReply(error);

    const QList<Member> *members = &world.findBusinessCenter(bcId)->members;
    if (!childBcId.isEmpty() && childBcId != bcId) {
        const ChildBusinessCenter *child = world.findChildBusinessCenter(bcId, childBcId);
        if (!child || child->relationStatus != u"BOUND"_s) {
            return worldErrorReply(
                    WorldError::notFound(u"Child Business Center does not exist: "_s + childBcId));
        }
        members = &child->members;
    }
    QList<const Member *> rows;
    for (const Member &member : *members) {
        if ((relationStatus.isEmpty() || member.relationStatus == relationStatus)
            && (userRole.isEmpty() || member.userRole == userRole)
            && matchesKeyword(keyword, {member.userName, member.userEmail, member.userId}))
            rows.append(&member);
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, memberItem));
}

EmulatorReply handleBcMemberInvite(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    MemberInvite invite;
    invite.emails = params.stringList(u"emails"_s, Need::Required, 1, maxInviteEmails);
    invite.userRole =
            params.enumeration(u"user_role"_s, userRoles(), Need::Optional, u"STANDARD"_s);
    invite.assetType =
            params.enumeration(u"asset_type"_s, {u"ADVERTISER"_s}, Need::Optional, u"ADVERTISER"_s);
    invite.assetIds = params.idList(u"asset_ids"_s, Need::Optional, 0, maxInviteAssets);
    invite.advertiserRole = params.enumeration(u"advertiser_role"_s, advertiserRoles(),
                                               Need::Optional, u"ANALYST"_s);
    const QJsonObject extUserRole = params.object(u"ext_user_role"_s, Need::Optional);
    invite.financeRole = financeRoleField(params, extUserRole, u"ext_user_role"_s);
    if (params.hasError())
        return params.errorReply();
    const WorldResult<InviteResult> result =
            world.inviteMembers(request.accessToken(), bcId, invite);
    return worldErrorReply(result.error);
}

EmulatorReply handleBcMemberUpdate(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    MemberUpdate update;
    update.userId = params.id(u"user_id"_s, Need::Required);
    update.childBcId = params.id(u"child_bc_id"_s, Need::Optional);
    if (params.has(u"user_name"_s))
        update.userName = params.string(u"user_name"_s, Need::Required, maxUserNameLength);
    if (params.has(u"user_role"_s))
        update.userRole = params.enumeration(u"user_role"_s, userRoles(), Need::Required);
    if (params.has(u"ext_user_role"_s)) {
        // Sent without finance_role (or with null) it takes the finance role away.
        const QJsonObject extUserRole = params.object(u"ext_user_role"_s, Need::Required);
        update.financeRole = financeRoleField(params, extUserRole, u"ext_user_role"_s);
    }
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(world.updateMember(request.accessToken(), bcId, update));
}

EmulatorReply handleBcMemberDelete(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString childBcId = params.id(u"child_bc_id"_s, Need::Optional);
    const QString userId = params.id(u"user_id"_s, Need::Optional);
    const QString userEmail = params.string(u"user_email"_s, Need::Optional);
    if (!params.hasError() && userId.isEmpty() == userEmail.isEmpty())
        params.fail(
                u"user_id: give user_id (a member) or user_email (a pending invitation), exactly one."_s);
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(
            world.deleteMember(request.accessToken(), bcId, childBcId, userId, userEmail));
}

EmulatorReply handleBcMemberAssign(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString target = params.id(u"target_child_bc_id"_s, Need::Required);
    const QJsonArray users = params.array(u"users"_s, Need::Required, 1, maxAssignUsers);
    QList<MemberAssignment> assignments;
    params.forEachObject(users, u"users"_s, [&](const QJsonObject &user, const QString &path) {
        MemberAssignment assignment;
        assignment.userId = params.fieldId(user, path, u"user_id"_s, Need::Required);
        assignment.sourceChildBcId =
                params.fieldId(user, path, u"source_child_bc_id"_s, Need::Required);
        const QString role =
                params.fieldEnumeration(user, path, u"user_role"_s, userRoles(), Need::Optional);
        if (!role.isEmpty())
            assignment.userRole = role;
        const QJsonValue ext = user.value(u"ext_user_role"_s);
        if (!ext.isUndefined() && !ext.isNull() && !ext.isObject())
            params.fail(path + u".ext_user_role: must be a JSON object."_s);
        assignment.financeRole =
                financeRoleField(params, ext.toObject(), path + u".ext_user_role"_s);
        assignments.append(assignment);
    });
    if (params.hasError())
        return params.errorReply();
    return worldErrorReply(
            world.assignMembersToChild(request.accessToken(), bcId, target, assignments));
}

} // namespace bc::emulator
