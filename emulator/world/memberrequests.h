#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

// Parameters of the member operations of World, as the endpoints take them (reference §3.16).
// Handlers fill in the documented defaults before calling.

// /bc/member/invite/.
struct MemberInvite
{
    QStringList emails; // 1–50
    QString userRole = QStringLiteral("STANDARD");
    QString financeRole; // MANAGER, ANALYST or empty
    QString assetType = QStringLiteral("ADVERTISER");
    QStringList assetIds; // ≤ 50: ad accounts the invitee gets advertiserRole on
    QString advertiserRole = QStringLiteral("ANALYST");
};

struct InviteResult
{
    QStringList invitedEmails;
    QStringList ignoredEmails; // already members or already invited
};

// /bc/member/update/: only the set fields change; an empty financeRole removes it.
struct MemberUpdate
{
    QString userId;
    QString childBcId; // act on this child BC's member list instead
    std::optional<QString> userName;
    std::optional<QString> userRole;
    std::optional<QString> financeRole;
};

// /bc/member/assign/ users[] item.
struct MemberAssignment
{
    QString userId;
    QString sourceChildBcId; // where the user is a member now (the BC itself or a child)
    QString userRole = QStringLiteral("STANDARD");
    QString financeRole;
};

} // namespace bc::emulator
