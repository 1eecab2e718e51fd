#pragma once

#include "assetrole.h"

#include <QHash>
#include <QString>

namespace bc::emulator {

// A member of a BC (/bc/member/get/) or an open invitation (relation_status PENDING). A pending
// invitee has no user id yet: it is addressed by email (/bc/member/delete/ user_email).
struct Member
{
    QString userId; // empty while PENDING
    QString userName;
    QString userEmail;
    QString userRole;       // ADMIN, STANDARD
    QString financeRole;    // MANAGER, ANALYST, or empty
    QString relationStatus; // BOUND, PENDING, REJECTED, UNBOUND
    qint64 inviteTime = 0;
    qint64 joinTime = 0; // 0 until BOUND
    // Explicit roles on assets, by asset id. BC admins also have every asset implicitly
    // (World::advertiserRole and friends), so these are mostly for STANDARD members.
    QHash<QString, AssetRole> assetRoles;
};

} // namespace bc::emulator
