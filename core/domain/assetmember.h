#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A member with access to one asset, as /bc/asset/member/get/ lists it (§3.14).
struct AssetMember
{
    QString userId; // empty for a pending invitee
    QString userName;
    QString userEmail;      // personal data: never logged
    QString userRole;       // ADMIN, STANDARD
    QString relationStatus; // BOUND, UNBOUND, PENDING, REJECTED
    QString advertiserRole; // ADMIN, OPERATOR, ANALYST
    QString catalogRole;    // ADMIN, AD_PROMOTE
    QString financeRole;    // MANAGER, ANALYST, or empty
    QJsonObject raw;        // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetMember &, const AssetMember &) = default;
};

} // namespace bc::domain
