#pragma once

#include <QString>

namespace bc::emulator {

// An asset shared between a BC and a partner BC, with the role the receiving side gets.
struct SharedAsset
{
    QString assetId;
    QString assetType; // ADVERTISER, CATALOG, DOMAIN, ...
    QString assetName;
    QString advertiserRole; // ADVERTISER: ADMIN, OPERATOR, ANALYST
    QString catalogRole;    // CATALOG: ADMIN, AD_PROMOTE
    qint64 shareTime = 0;
};

} // namespace bc::emulator
