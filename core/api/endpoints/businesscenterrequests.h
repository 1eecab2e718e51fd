#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The parameters of the Business Center level endpoints (reference §3.2–§3.6, §3.21, §3.22), one
// plain value type per request. Unset dates leave TikTok's documented defaults in force.
namespace bc::api {

// GET /bc/balance/get/ (finance role)
struct BusinessCenterBalanceQuery
{
    QString bcId;
    QString childBcId;
    QString paymentPortfolioId; // B only
};

// GET /bc/transaction/get/ (finance role): the BC's own records.
struct BusinessCenterTransactionQuery
{
    QString bcId;
    QStringList fundsTypes; // FUNDS_TYPE_CASH, FUNDS_TYPE_GRANT
    QDate startDate;        // 90 days ago when not set
    QDate endDate;          // today when not set
};

// GET /bc/account/transaction/get/ (finance role)
struct AccountTransactionQuery
{
    QString bcId;
    QString childBcId;
    QString transactionLevel; // ADVERTISER (TikTok's default), BC
    QStringList accountIds;   // at most 100
    QString accountName;      // fuzzy
    QStringList billingTypes; // CASH, CREDIT
    QStringList
            ownersOfAccount; // OWNED_BY_CURRENT_BUSINESS_CENTER, SHARED_BY_OTHER_BUSINESS_CENTER
    QStringList transactionTypes; // BILL_PAYMENT, ADD_BALANCE, REFUND, ...
    QDateTime startTime;          // UTC; the last 90 days when not set, span at most 365 days
    QDateTime endTime;
};

// GET /bc/account/cost/get/ (finance role): both dates or neither (the last 7 days).
struct AccountCostQuery
{
    QString bcId;
    QString keyword;
    QDate startDate;
    QDate endDate;
};

// GET /bc/account/budget/changelog/get/: both dates or neither (the last 7 days).
struct BudgetChangelogQuery
{
    QString bcId;
    QString advertiserId;
    QDate startDate;
    QDate endDate;
};

// POST /bc/image/upload/ (multipart, BC admin): a JPG/JPEG/PNG of at most 10 MB.
struct ImageUploadForm
{
    QString bcId;
    QByteArray imageData;
    QString fileName;    // e.g. licence.png
    QByteArray mimeType; // image/png, image/jpeg
};

// POST /bc/child/invite/ and /bc/child/unbind/ (§3.22: no published contract; the emulator's
// assumed one: BC admin, both ids required).
struct ChildBusinessCenterLink
{
    QString bcId;
    QString childBcId;
};

} // namespace bc::api
