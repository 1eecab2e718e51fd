#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// An ad account as a Business Center asset: a /bc/asset/get/ or /bc/asset/admin/get/ item with
// asset_type ADVERTISER (§3.14). The admin list adds the show status and the relation; the
// account's own details (contacts, balance) are AdvertiserInfo and AdvertiserBalance.
struct Advertiser
{
    QString id; // the advertiser_id, digit-exact
    QString name;
    QString assetType;             // ADVERTISER
    QString advertiserAccountType; // AUCTION, RESERVATION
    QString advertiserRole;        // the user's role: ADMIN, OPERATOR, ANALYST
    QString ownerBcName;
    QString advertiserStatus; // show status (admin list only): SHOW_ACCOUNT_STATUS_*
    QString relationType;     // OWNER_BC, OWNER_PARTNER, OWNER_INDIVIDUAL (admin list)
    QString relationStatus;   // BOUND, UNBOUND, PENDING, REJECTED (admin list)
    QJsonObject raw;          // the object as the API sent it, unknown fields included

    friend bool operator==(const Advertiser &, const Advertiser &) = default;
};

} // namespace bc::domain
