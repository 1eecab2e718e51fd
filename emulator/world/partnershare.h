#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

// /bc/partner/add/: makes partnerId a partner and shares assets with it.
struct PartnerShare
{
    QString partnerId;
    QString assetType = QStringLiteral("ADVERTISER");
    QStringList assetIds; // ≤ 50, may be empty
    QString advertiserRole = QStringLiteral("ANALYST");
    QString catalogRole = QStringLiteral("AD_PROMOTE");
};

} // namespace bc::emulator
