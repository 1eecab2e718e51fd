#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

// A BC asset other than an ad account: CATALOG, PIXEL, LEAD, TT_ACCOUNT, TIKTOK_SHOP, STOREFRONT,
// DOMAIN or MANAGED_BUSINESS_ACCOUNT (/bc/asset/get/, /bc/asset/admin/get/, /bc/pixel/*). Fields
// of other types stay empty. Members' roles on it live in Member::assetRoles.
struct Asset
{
    QString assetId;
    QString assetName;
    QString assetType;
    QString ownerBcId;
    QString ownerBcName;
    QString relationType;   // OWNER_BC, OWNER_PARTNER (shared with us), OWNER_INDIVIDUAL
    QString relationStatus; // BOUND, PENDING, ...
    qint64 createTime = 0;

    QString adCreationEligible;      // CATALOG: AVAILABLE, NOT_AVAILABLE
    QString pixelCode;               // PIXEL
    QStringList linkedAdvertiserIds; // PIXEL: ad accounts linked with /bc/pixel/link/update/
    QString ttAssetHandle;           // TT_ACCOUNT, MANAGED_BUSINESS_ACCOUNT: "@handle"
    QString ttAssetProfileImage;     // MANAGED_BUSINESS_ACCOUNT
    QString operatingRegionCode;     // MANAGED_BUSINESS_ACCOUNT
    bool businessVerified = false;   // MANAGED_BUSINESS_ACCOUNT
    QString domainName;              // DOMAIN: also the asset name, kept for clarity
};

} // namespace bc::emulator
