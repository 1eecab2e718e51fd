#pragma once

#include "core/domain/amount.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

// The parameters of the ad account management endpoints (reference §3.7–§3.13), one plain value
// type per request. Empty strings, empty lists and unset optionals are left out of the request,
// so TikTok's documented defaults apply.
namespace bc::api {

// POST /bc/advertiser/create/
struct AdvertiserCreation
{
    QString bcId;
    // advertiser_info
    QString name;     // at most 100 characters
    QString currency; // must be the BC's
    QString timezone;
    QString type; // AUCTION (TikTok's default), RESERVATION
    // customer_info (⚠ B calls it `customer`; the official `customer_info` is sent)
    QString company; // at most 255 characters
    std::optional<qint64> industry;
    QString registeredArea; // region code
    // qualification_info
    QString promotionLink; // required in AGENCY and SELF_SERVICE_AGENCY BCs
    QString licenseNo;
    QString licenseImageId;
    QStringList qualificationImageIds;
    QString qualificationId; // reuse an existing qualification (B)
    // contact_info
    QString contactName;
    QString contactEmail;
    QString contactNumber;
    // billing_info (⚠ tax map: PY's `tax_map` as JSON text, not B's `tax_field_dict` object)
    QString address; // at most 512 characters
    QMap<QString, QString> taxMap;
    // billing_group_info
    QString invoiceGroupBy; // ACCOUNT (with billingGroupId), ADVERTISER
    QString billingGroupId;
    QString invoicePayer;                   // AGENCY, ADVERTISER
    std::optional<bool> tiedToBillingGroup; // allowlist-only
    QString paymentPortfolioId;             // payment_info
};

// One budget of a budget edit in POST /advertiser/update/.
struct AdvertiserBudget
{
    QString advertiserId;
    QString budgetMode;    // UNLIMITED, MONTHLY_BUDGET, DAILY_BUDGET, ...
    domain::Amount budget; // negative only for INCREMENTAL_UPDATE
};

// POST /advertiser/update/: details of one account (advertiserId), or budgets of accounts of a
// BC (bcId and budgets; Finance Manager only).
struct AdvertiserUpdate
{
    QString advertiserId;
    QString bcId;
    QString childBcId;
    QString advertiserName;
    QString company; // only when /advertiser/info/ says company_name_editable
    QString contactName;
    QString contactEmail;
    QString contactNumber;
    QString promotionLink;
    QString licenseNo;
    QString licenseImageId;
    QString address;
    QStringList qualificationImageIds;
    QMap<QString, QString> taxMap; // e.g. vat, tax_id, abn
    std::optional<bool> needSubmitCertificate;
    QString budgetUpdateType;        // UPDATE (default), RESET, INCREMENTAL_UPDATE, ONE_CLICK_SET
    QList<AdvertiserBudget> budgets; // at most 50 for UPDATE/RESET, 1 otherwise
};

// POST /bc/advertiser/disable/: one account at a time; its balance goes back to the BC.
struct AdvertiserDisabling
{
    QString bcId;
    QString advertiserId;
};

// GET /bc/advertiser/qualification/get/
struct QualificationQuery
{
    QString bcId;
    std::optional<bool> verified;
};

// POST /bc/advertiser/unionpay_info/submit/
struct UnionPaySubmission
{
    QString bcId;
    QString advertiserId;
    QString representativeName;
    QString representativeDocumentType; // ID_CARD (default), PASSPORT, ...
    QString representativeId;
    QString unionpayAccount;           // 12 to 19 digits
    QString representativePhoneNumber; // 11 digits
};

// POST /bc/transfer/. At BC level idempotencyKey is TikTok's `request_id`: the same key sent
// twice moves money once, so keep it to repeat a transfer whose outcome is unknown
// (AdvertiserAccountEndpoints::newTransferKey() makes one). ADVERTISER level has no key.
struct BcTransfer
{
    QString bcId;
    QString transferType;  // RECHARGE, REFUND
    QString transferLevel; // ADVERTISER (default), BC
    QString advertiserId;  // ADVERTISER level
    QString childBcId;
    QString paymentPortfolioId;
    domain::Amount cashAmount;
    domain::Amount grantAmount;
    domain::Amount creditAmount; // sent in amount_info (B), as the flat fields have no credit
    QString idempotencyKey;      // BC level only
};

} // namespace bc::api
