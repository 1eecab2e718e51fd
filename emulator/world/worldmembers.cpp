// World: members, invitations and child BCs (reference §3.16, §3.22).
#include "emulator/world.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxInviteEmails = 50;
constexpr qsizetype maxInviteAssets = 50;
constexpr qsizetype maxAssignUsers = 100;
constexpr qsizetype maxUserNameLength = 250;

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text).hasMatch();
}

bool isUserRole(const QString &role)
{
    return role == u"ADMIN"_s || role == u"STANDARD"_s;
}

bool isFinanceRole(const QString &role)
{
    return role.isEmpty() || role == u"MANAGER"_s || role == u"ANALYST"_s;
}

// The member list an operation acts on: the BC's own, or a child BC's.
QList<Member> *memberList(GeneratedBusinessCenter &bc, const QString &childBcId)
{
    if (childBcId.isEmpty() || childBcId == bc.bcId)
        return &bc.members;
    for (ChildBusinessCenter &child : bc.childBusinessCenters) {
        if (child.bcId == childBcId && child.relationStatus == u"BOUND"_s)
            return &child.members;
    }
    return nullptr;
}

} // namespace

WorldResult<InviteResult> World::inviteMembers(const QString &token, const QString &bcId,
                                               const MemberInvite &invite)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (invite.emails.isEmpty() || invite.emails.size() > maxInviteEmails) {
        return WorldError::parameter(u"emails: must hold 1 to 50 addresses, got "_s
                                     + QString::number(invite.emails.size()) + u'.');
    }
    for (const QString &email : invite.emails) {
        if (!isEmail(email))
            return WorldError::parameter(u"emails: not an email address: \""_s + email + u"\"."_s);
    }
    if (!isUserRole(invite.userRole))
        return WorldError::parameter(u"user_role: must be ADMIN or STANDARD."_s);
    if (!isFinanceRole(invite.financeRole))
        return WorldError::parameter(u"ext_user_role.finance_role: must be MANAGER or ANALYST."_s);
    if (invite.assetIds.size() > maxInviteAssets)
        return WorldError::parameter(u"asset_ids: at most 50 ids."_s);
    if (!invite.assetIds.isEmpty() && invite.assetType != u"ADVERTISER"_s)
        return WorldError::parameter(u"asset_type: only ADVERTISER can be assigned on invite."_s);
    for (const QString &assetId : invite.assetIds) {
        if (!findAdAccount(bcId, assetId))
            return WorldError::notFound(u"Advertiser does not exist in this Business Center: "_s
                                        + assetId);
    }

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    InviteResult result;
    for (const QString &email : invite.emails) {
        const bool present =
                std::any_of(bc.members.cbegin(), bc.members.cend(), [&](const Member &m) {
                    return m.userEmail.compare(email, Qt::CaseInsensitive) == 0
                           && m.relationStatus != u"REJECTED"_s;
                });
        const bool repeated = std::any_of(
                result.invitedEmails.cbegin(), result.invitedEmails.cend(),
                [&](const QString &e) { return e.compare(email, Qt::CaseInsensitive) == 0; });
        if (present || repeated) {
            result.ignoredEmails.append(email);
            continue;
        }
        // A rejected invitation is replaced by the new one.
        bc.members.removeIf([&](const Member &m) {
            return m.relationStatus == u"REJECTED"_s
                   && m.userEmail.compare(email, Qt::CaseInsensitive) == 0;
        });
        Member member;
        member.userName = email.section(u'@', 0, 0);
        member.userEmail = email;
        member.userRole = invite.userRole;
        member.financeRole = invite.financeRole;
        member.relationStatus = u"PENDING"_s;
        member.inviteTime = nowSecs();
        for (const QString &assetId : invite.assetIds) {
            AssetRole role;
            role.assetType = u"ADVERTISER"_s;
            role.advertiserRole = invite.advertiserRole;
            member.assetRoles.insert(assetId, role);
        }
        bc.members.append(member);
        result.invitedEmails.append(email);
    }
    return result;
}

WorldError World::updateMember(const QString &token, const QString &bcId,
                               const MemberUpdate &update)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (update.userName
        && (update.userName->isEmpty() || update.userName->size() > maxUserNameLength))
        return WorldError::parameter(u"user_name: must be 1 to 250 characters."_s);
    if (update.userRole && !isUserRole(*update.userRole))
        return WorldError::parameter(u"user_role: must be ADMIN or STANDARD."_s);
    if (update.financeRole && !isFinanceRole(*update.financeRole))
        return WorldError::parameter(u"ext_user_role.finance_role: must be MANAGER or ANALYST."_s);

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    QList<Member> *members = memberList(bc, update.childBcId);
    if (!members)
        return WorldError::notFound(u"Child Business Center does not exist: "_s + update.childBcId);
    const auto it = std::find_if(members->begin(), members->end(), [&](const Member &m) {
        return !update.userId.isEmpty() && m.userId == update.userId;
    });
    if (it == members->end())
        return WorldError::notFound(u"Member does not exist: "_s + update.userId);

    // The last admin cannot step down: the BC would be left without one.
    if (update.userRole && *update.userRole != u"ADMIN"_s && it->userRole == u"ADMIN"_s) {
        const auto admins = std::count_if(members->cbegin(), members->cend(), [](const Member &m) {
            return m.userRole == u"ADMIN"_s && m.relationStatus == u"BOUND"_s;
        });
        if (admins <= 1)
            return WorldError::parameter(u"user_role: the last admin cannot be made STANDARD."_s);
    }
    if (update.userName)
        it->userName = *update.userName;
    if (update.userRole)
        it->userRole = *update.userRole;
    if (update.financeRole)
        it->financeRole = *update.financeRole;
    syncSignedInUser(bc);
    return {};
}

WorldError World::deleteMember(const QString &token, const QString &bcId, const QString &childBcId,
                               const QString &userId, const QString &userEmail)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (userId.isEmpty() == userEmail.isEmpty())
        return WorldError::parameter(u"user_id or user_email: give exactly one."_s);
    if (!userId.isEmpty() && userId == userIdForToken(token))
        return WorldError::parameter(u"user_id: you cannot remove yourself."_s);

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    QList<Member> *members = memberList(bc, childBcId);
    if (!members)
        return WorldError::notFound(u"Child Business Center does not exist: "_s + childBcId);
    const qsizetype removed = members->removeIf([&](const Member &m) {
        if (!userId.isEmpty())
            return m.userId == userId;
        // By email only pending (or rejected) invitations: members leave by user id.
        return m.userId.isEmpty() && m.userEmail.compare(userEmail, Qt::CaseInsensitive) == 0;
    });
    if (removed == 0) {
        return WorldError::notFound(userId.isEmpty() ? u"No pending invitation for: "_s + userEmail
                                                     : u"Member does not exist: "_s + userId);
    }
    // Asset groups lose the member too.
    if (!userId.isEmpty()) {
        for (AssetGroup &group : bc.assetGroups) {
            group.members.removeIf(
                    [&](const AssetGroup::GroupMember &m) { return m.memberId == userId; });
        }
    }
    return {};
}

WorldError World::assignMembersToChild(const QString &token, const QString &bcId,
                                       const QString &targetChildBcId,
                                       const QList<MemberAssignment> &users)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (users.isEmpty() || users.size() > maxAssignUsers)
        return WorldError::parameter(u"users: must hold 1 to 100 items."_s);
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    if (targetChildBcId == bcId)
        return WorldError::parameter(u"target_child_bc_id: must be a child BC."_s);
    QList<Member> *target = memberList(bc, targetChildBcId);
    if (!target)
        return WorldError::notFound(u"Child Business Center does not exist: "_s + targetChildBcId);

    // Validate all first: the call changes everything or nothing.
    QList<Member> copies;
    for (const MemberAssignment &assignment : users) {
        if (!isUserRole(assignment.userRole) || !isFinanceRole(assignment.financeRole))
            return WorldError::parameter(u"users: invalid user_role or finance_role."_s);
        const QList<Member> *source = memberList(bc, assignment.sourceChildBcId);
        if (!source) {
            return WorldError::notFound(u"Child Business Center does not exist: "_s
                                        + assignment.sourceChildBcId);
        }
        const auto it = std::find_if(source->cbegin(), source->cend(), [&](const Member &m) {
            return m.userId == assignment.userId && m.relationStatus == u"BOUND"_s;
        });
        if (assignment.userId.isEmpty() || it == source->cend())
            return WorldError::notFound(u"Member does not exist: "_s + assignment.userId);
        Member copy = *it;
        copy.userRole = assignment.userRole;
        copy.financeRole = assignment.financeRole;
        copy.assetRoles.clear(); // roles are per BC
        copy.joinTime = nowSecs();
        copies.append(copy);
    }
    for (const Member &copy : std::as_const(copies)) {
        const auto existing = std::find_if(target->begin(), target->end(), [&](const Member &m) {
            return m.userId == copy.userId;
        });
        if (existing != target->end()) {
            existing->userRole = copy.userRole;
            existing->financeRole = copy.financeRole;
        } else {
            target->append(copy);
        }
    }
    return {};
}

WorldError World::inviteChildBusinessCenter(const QString &token, const QString &bcId,
                                            const QString &childBcId)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (childBcId == bcId)
        return WorldError::parameter(u"child_bc_id: a BC cannot be its own child."_s);
    const QString name = businessCenterName(childBcId);
    if (name.isEmpty())
        return WorldError::notFound(u"Business Center does not exist: "_s + childBcId);
    for (const GeneratedBusinessCenter &other : std::as_const(m_businessCenters)) {
        if (findChildBusinessCenter(other.bcId, childBcId))
            return WorldError::parameter(u"child_bc_id: already has a parent BC: "_s + childBcId);
    }
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    ChildBusinessCenter child;
    child.bcId = childBcId;
    child.name = name;
    if (const GeneratedBusinessCenter *own = findBusinessCenter(childBcId)) {
        child.company = own->company;
    } else {
        for (const ExternalBusinessCenter &external : std::as_const(m_externalBusinessCenters)) {
            if (external.bcId == childBcId)
                child.company = external.company;
        }
    }
    child.relationStatus = u"PENDING"_s;
    child.inviteTime = nowSecs();
    bc.childBusinessCenters.append(child);
    return {};
}

WorldError World::unbindChildBusinessCenter(const QString &token, const QString &bcId,
                                            const QString &childBcId)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    const qsizetype removed = bc.childBusinessCenters.removeIf(
            [&](const ChildBusinessCenter &child) { return child.bcId == childBcId; });
    if (removed == 0)
        return WorldError::notFound(u"Not a child of this Business Center: "_s + childBcId);
    return {};
}

} // namespace bc::emulator
