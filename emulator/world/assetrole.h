#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

// A member's role on one asset; only the field of the asset's type is set (the others are
// absent, as the API sends them null).
struct AssetRole
{
    QString assetType;
    QString advertiserRole;      // ADVERTISER: ADMIN, OPERATOR, ANALYST
    QString catalogRole;         // CATALOG: ADMIN, AD_PROMOTE
    QString formLibraryRole;     // LEAD: ADMIN
    QString storeRole;           // TIKTOK_SHOP: AD_PROMOTION, MANAGER
    QStringList ttAccountRoles;  // TT_ACCOUNT: POST, LIVE, DIRECT_MESSAGE
    QString businessAccountRole; // MANAGED_BUSINESS_ACCOUNT:
                                 // BUSINESS_ACCOUNT_ADMIN/_OPERATOR/_ANALYST

    [[nodiscard]] bool isEmpty() const
    {
        return advertiserRole.isEmpty() && catalogRole.isEmpty() && formLibraryRole.isEmpty()
               && storeRole.isEmpty() && ttAccountRoles.isEmpty() && businessAccountRole.isEmpty();
    }
};

} // namespace bc::emulator
