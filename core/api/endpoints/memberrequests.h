#pragma once

#include <QString>
#include <QStringList>

// The parameters of the member endpoints (reference §3.16), one plain value type per request.
namespace bc::api {

// GET /bc/member/get/
struct MemberQuery
{
    QString bcId;
    QString childBcId;
    QString keyword;
    QString relationStatus; // BOUND, UNBOUND, PENDING, REJECTED
    QString userRole;       // ADMIN, STANDARD
};

// POST /bc/member/invite/: 1 to 50 e-mail addresses; already-invited ones are ignored by TikTok.
struct MemberInvitation
{
    QString bcId;
    QStringList emails;
    QString userRole;       // STANDARD when empty
    QString assetType;      // ADVERTISER, with assetIds
    QStringList assetIds;   // at most 50
    QString advertiserRole; // ANALYST when empty
    QString financeRole;    // MANAGER, ANALYST, or empty for none
};

// POST /bc/member/update/
struct MemberUpdate
{
    QString bcId;
    QString userId;
    QString childBcId;
    QString userName; // at most 250 characters
    QString userRole;
    QString financeRole;
};

// POST /bc/member/delete/: a member by user id, or a pending invitation by e-mail.
struct MemberRemoval
{
    QString bcId;
    QString childBcId;
    QString userId;
    QString userEmail;
};

// One user in POST /bc/member/assign/.
struct MemberAssignee
{
    QString userId;
    QString sourceChildBcId;
    QString userRole;
    QString financeRole;
};

// POST /bc/member/assign/: 1 to 100 users moved into a child BC.
struct MemberAssignment
{
    QString bcId;
    QString targetChildBcId;
    QList<MemberAssignee> users;
};

} // namespace bc::api
