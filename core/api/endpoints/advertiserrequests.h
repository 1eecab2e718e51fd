#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The parameters of the advertiser-level endpoints (reference §4) and of the BC inspiration tool
// (no published contract; the emulator's README documents the one assumed), one plain value type
// per request. Empty values are left out of the request, so TikTok's defaults apply.
namespace bc::api {

// GET /advertiser/info/: up to 100 accounts per request.
struct AdvertiserInfoQuery
{
    QStringList advertiserIds;
    QStringList fields; // all when empty; company_name_editable answers only itself
};

// GET /advertiser/balance/get/ (BC-scoped despite the path).
struct AdvertiserBalanceQuery
{
    QString bcId;
    QString childBcId;
    QStringList fields; // extras: budget_remaining, balance_info, min_transferable_amount, ...
    QString keyword;    // name or id
    QStringList advertiserStatuses; // SHOW_ACCOUNT_STATUS_*
    QString paymentPortfolioId;
};

// GET /advertiser/transaction/get/ (BC-scoped; not for NORMAL BCs).
struct AdvertiserTransactionQuery
{
    QString bcId;
    QString transferType;   // TRANS_TYPE_TRANSFER (default), _TAX, _COST, _PAYMENT
    QStringList fundsTypes; // ⚠ an array (PY), not B's single value
    std::optional<bool> summaryByAccount;
    QString keyword;
    QDate startDate; // UTC; 90 days ago when not set
    QDate endDate;
};

// GET /term/get/, /term/check/ and POST /term/confirm/.
struct TermQuery
{
    QString advertiserId;
    QString termType; // InstantPage, LeadAds, Pixel, ReachFrequency
    QString lang;     // /term/get/ only: EN (default), JA, ZH
};

// POST /pangle_block_list/update/ and /pangle_block_list/campaign/update/.
struct PangleBlockListChange
{
    QString advertiserId;
    QString campaignId; // campaign-level update only
    QStringList addApps;
    QStringList deleteApps;
    std::optional<bool> clearOldApps; // cleared first, then deleted, then added
};

// GET /bc/inspiration_tool/audience_insight/ (assumed contract).
struct AudienceInsightQuery
{
    QString bcId;
    QString dimension; // AGE, GENDER, PLATFORM, REGION
    QDate startDate;   // inclusive, at most 90 days apart
    QDate endDate;
    QStringList advertiserIds; // all of the BC's when empty
};

// GET /bc/inspiration_tool/ad_performance/ (assumed contract).
struct AdPerformanceQuery
{
    QString bcId;
    QDate startDate;
    QDate endDate;
    QStringList advertiserIds;
    QStringList metrics; // spend, impressions, clicks, ctr, cpc, cpm, conversions; all when empty
};

} // namespace bc::api
