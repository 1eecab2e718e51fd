#pragma once

#include "money.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

// Parameters and answers of World's ad-account operations (reference §3.7–3.9).

// /bc/advertiser/create/.
struct AdvertiserCreateRequest
{
    QString bcId;
    // advertiser_info
    QString name;
    QString currency; // must be the BC's
    QString timezone;
    QString type = QStringLiteral("AUCTION");
    // customer_info
    QString company;
    QString industry;
    QString registeredArea;
    // qualification_info
    QString promotionLink; // required in AGENCY and SELF_SERVICE_AGENCY BCs
    QString licenseNo;
    QString licenseImageId;
    QStringList qualificationImageIds;
    QString qualificationId;
    // contact_info
    QString contactName;
    QString contactEmail;
    QString contactNumber;
    // billing_info, billing_group_info
    QString address;
    QString billingGroupId; // joins this group instead of the primary one
};

// /advertiser/update/ without budgets: only the set fields change.
struct AdvertiserUpdateRequest
{
    QString advertiserId;
    std::optional<QString> advertiserName;
    std::optional<QString> company; // only when company_name_editable
    std::optional<QString> contactName;
    std::optional<QString> contactEmail;
    std::optional<QString> contactNumber;
    std::optional<QString> promotionLink;
    std::optional<QString> licenseNo;
    std::optional<QString> address;
};

// /advertiser/update/ with budgets (bc_id set).
struct BudgetChange
{
    QString advertiserId;
    QString budgetMode; // empty: keep the mode
    Cents budget = 0;   // may be negative for INCREMENTAL_UPDATE
};

struct BudgetUpdateRequest
{
    QString bcId;
    QString updateType =
            QStringLiteral("UPDATE"); // UPDATE, RESET, INCREMENTAL_UPDATE, ONE_CLICK_SET
    QList<BudgetChange> changes;      // ≤ 50 for UPDATE/RESET, exactly 1 for the others
};

// One item of the update answer (advertiser_list[]).
struct AdvertiserUpdateOutcome
{
    QString advertiserId;
    QString status; // SUCCESS, FAILED
    QString errorMessage;
    std::optional<Cents> oneClickSetAmount;
};

// /bc/advertiser/disable/.
struct DisableResult
{
    QStringList disabledAdvertiserIds;
    // advertiser id → DELIVERING, UNPAID_BILL, SUSPENDED, UNFINISHED_TRANSFER, AUTOPAY_UNBILLED
    QMap<QString, QString> failedInfos;
};

} // namespace bc::emulator
