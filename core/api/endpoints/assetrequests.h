#pragma once

#include <QString>
#include <QStringList>

// The parameters of the asset endpoints (reference §3.14), one plain value type per request.
namespace bc::api {

// GET /bc/asset/get/: the assets of one type the user (or, for admins, `userId`/`userEmail`)
// holds. Filter by user id or by e-mail (pending invitees), not both.
struct AssetQuery
{
    QString bcId;
    QString assetType; // ADVERTISER, CATALOG, LEAD, PIXEL, STOREFRONT, TIKTOK_SHOP, TT_ACCOUNT, ...
    QString childBcId;
    QString keyword;
    QString userId;
    QString userEmail;
};

// GET /bc/asset/admin/get/: every asset of one type the BC holds (BC admins only).
struct AssetAdminQuery
{
    QString bcId;
    QString assetType;
    QString childBcId;
    QString keyword;
    QString advertiserShowStatus; // SHOW_ACCOUNT_STATUS_*
    QString relationType;         // OWNER_BC, OWNER_PARTNER, OWNER_INDIVIDUAL
    QString relationStatus;       // BOUND, UNBOUND, PENDING, REJECTED
};

// POST /bc/asset/assign/: gives a member a role on one asset; the role field of the asset's
// type is the one that counts.
struct AssetAssignment
{
    QString bcId;
    QString userId;
    QString assetType;
    QString assetId;
    QString advertiserRole;     // ADVERTISER: ADMIN, OPERATOR, ANALYST
    QString catalogRole;        // CATALOG: ADMIN, AD_PROMOTE
    QString formLibraryRole;    // LEAD: ADMIN (required there)
    QString storeRole;          // TIKTOK_SHOP: AD_PROMOTION, MANAGER
    QStringList ttAccountRoles; // TT_ACCOUNT: POST, LIVE, DIRECT_MESSAGE
};

// POST /bc/asset/unassign/
struct AssetUnassignment
{
    QString bcId;
    QString userId;
    QString assetType;
    QString assetId;
};

// GET /bc/asset/partner/get/: the partners one asset is shared with.
struct AssetPartnerQuery
{
    QString bcId;
    QString assetType;
    QString assetId;
    QString keyword;
};

// GET /bc/asset/member/get/: the members with access to one asset.
struct AssetMemberQuery
{
    QString bcId;
    QString assetType; // ADVERTISER, CATALOG, LEAD
    QString assetId;
    QString keyword; // at most 250 characters
};

// POST /bc/asset/admin/delete/: removes assets from the BC (B: one id at a time).
struct AssetAdminRemoval
{
    QString bcId;
    QString assetType;
    QStringList assetIds; // at least 1
    QString childBcId;
};

// GET /asset/bind/quota/
struct AssetBindQuotaQuery
{
    QString bcId;
    QString assetType;
    QString assetId;
};

} // namespace bc::api
