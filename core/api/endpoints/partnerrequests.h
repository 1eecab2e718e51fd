#pragma once

#include <QString>
#include <QStringList>

// The parameters of the partner endpoints (reference §3.17), one plain value type per request.
namespace bc::api {

// GET /bc/partner/get/
struct PartnerQuery
{
    QString bcId;
    QString name; // filtering.name
};

// POST /bc/partner/add/: makes a BC a partner and shares assets with it.
struct PartnerAddition
{
    QString bcId;
    QString partnerId;      // not marked required, but nothing happens without it
    QString assetType;      // ADVERTISER when empty
    QStringList assetIds;   // at most 50
    QString advertiserRole; // ANALYST when empty
    QString catalogRole;    // AD_PROMOTE when empty
    QString sourceChildBcId;
    QString targetChildBcId;
};

// POST /bc/partner/delete/
struct PartnerRemoval
{
    QString bcId;
    QString partnerId;
};

// GET /bc/partner/asset/get/
struct PartnerAssetQuery
{
    QString bcId;
    QString partnerId;
    QString assetType; // ADVERTISER, CATALOG, DOMAIN
    QString shareType; // SHARED: the partner's assets shared with us; SHARING: ours shared with it
    QString keyword;   // filtering.keyword
};

// POST /bc/partner/asset/delete/: stops sharing assets with (or from) a partner.
struct PartnerAssetRemoval
{
    QString bcId;
    QString partnerId;
    QString assetType;
    QStringList assetIds;
};

} // namespace bc::api
