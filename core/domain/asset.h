#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::domain {

// Any Business Center asset as /bc/asset/get/ lists it (§3.14). Role fields belong to one asset
// type each and are empty for the others (the API sends them as null).
struct Asset
{
    QString id; // digit-exact, even when the API sent a JSON number
    QString name;
    QString type;                  // ADVERTISER, CATALOG, TIKTOK_SHOP, PIXEL, LEAD, TT_ACCOUNT, ...
    QString advertiserAccountType; // AUCTION, RESERVATION
    QString advertiserRole;        // ADVERTISER: ADMIN, OPERATOR, ANALYST
    QString catalogRole;           // CATALOG: ADMIN, AD_PROMOTE
    QString adCreationEligible;    // CATALOG: AVAILABLE, NOT_AVAILABLE
    QString storeRole;             // TIKTOK_SHOP: AD_PROMOTION, MANAGER
    QStringList ttAccountRoles;    // TT_ACCOUNT: POST, LIVE, DIRECT_MESSAGE
    QString formLibraryRole;       // LEAD: ADMIN
    QString ownerBcName;
    QString businessAccountRole; // MANAGED_BUSINESS_ACCOUNT (B's SDK only)
    std::optional<bool> isBusinessVerified;
    QString operatingRegionCode;
    QString ttAssetHandle;
    QString ttAssetProfileImage; // URL
    QJsonObject raw;             // the object as the API sent it, unknown fields included

    friend bool operator==(const Asset &, const Asset &) = default;
};

} // namespace bc::domain
