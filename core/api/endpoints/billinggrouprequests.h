#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The parameters of the billing group endpoints (reference §3.18), one plain value type per
// request.
namespace bc::api {

// GET /bc/billing_group/get/: every filter is optional.
struct BillingGroupQuery
{
    QString bcId;
    QString billingGroupId;
    QString billingGroupName; // 1–256 characters
    QString billingGroupType; // AUCTION, RESERVATION
    QString invoiceGroupBy;   // ACCOUNT, ADVERTISER
    QString billedToType;     // ACCOUNT, ADVERTISER
    // ⚠ Y types filtering.status as int64, TS as VALID/INVALID: digits go out as a JSON number,
    // anything else as text, so either variant can be asked for.
    QString status;
};

// POST /bc/billing_group/create/
struct BillingGroupCreation
{
    QString bcId;
    QStringList advertiserIds;      // 1–100
    QString billingGroupName;       // 1–100 characters
    QStringList billingGroupEmails; // at most 20
    QString billingGroupType;       // AUCTION when empty
    std::optional<bool> isPrimary;  // false when not set
};

// POST /bc/billing_group/update/: only what is set changes.
struct BillingGroupUpdate
{
    QString bcId;
    QString billingGroupId;
    QString newBillingGroupName; // 1–100 characters
    QStringList newBillingGroupEmails;
    QStringList addAdvertiserIds;
    QStringList deleteAdvertiserIds;
    std::optional<bool> isPrimary;
};

// GET /bc/billing_group/advertiser/list/
struct BillingGroupAdvertiserQuery
{
    QString bcId;
    QString billingGroupId;
};

} // namespace bc::api
