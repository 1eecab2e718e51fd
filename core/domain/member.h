#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A member (or pending invitee) of a Business Center, as /bc/member/get/ lists it (§3.16).
struct Member
{
    QString userId; // empty for a pending invitation
    QString userName;
    QString userEmail;      // personal data: never logged
    QString userRole;       // ADMIN, STANDARD
    QString relationStatus; // BOUND, UNBOUND, PENDING, REJECTED
    QString financeRole;    // MANAGER, ANALYST, or empty
    QJsonObject raw;        // the object as the API sent it, unknown fields included

    friend bool operator==(const Member &, const Member &) = default;
};

} // namespace bc::domain
