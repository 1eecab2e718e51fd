#pragma once

#include "accountpixel.h"
#include "audiencepackage.h"
#include "balance.h"
#include "budgetchangelogentry.h"
#include "pangleblocklist.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace bc::emulator {

// An ad account (asset type ADVERTISER) in a BC: what /advertiser/info/, /advertiser/balance/get/,
// /bc/asset/get/ and the advertiser-level endpoints show of it. An empty string or 0 time means
// the field is absent (sent as null, or left out where the endpoint drops nulls). The signed-in
// user's advertiser_role is not stored here: World::advertiserRole() derives it from the member.
struct AdAccount
{
    QString advertiserId;
    QString name;
    QString company;
    QString currency; // always the owner BC's currency for owned accounts (transfers need that)
    QString timezone; // Etc/GMT±N, as /advertiser/info/ spells it ("Etc/GMT+3")
    QString displayTimezone; // the region name ("America/Sao_Paulo")
    int utcOffsetMinutes = 0;
    QString country;  // region code
    QString industry; // TikTok industry id, as text ("290101")
    QString address;
    QString language; // "en", "de", "ja", ...
    QString description;
    QString rejectionReason; // only for STATUS_CONFIRM_FAIL accounts
    QString licenseNo;
    QString licenseUrl;
    QString promotionLink;
    QString contactName;
    QString contactEmail;
    QString cellphoneNumber;
    QString telephoneNumber;

    QString showStatus; // SHOW_ACCOUNT_STATUS_APPROVED / _IN_REVIEW / _NOT_APPROVED / _PUNISHED
    QString status; // STATUS_ENABLE, STATUS_DISABLE, STATUS_PENDING_CONFIRM, ... (reference §1.10)
    QString type;   // AUCTION, RESERVATION
    QString role;   // ROLE_ADVERTISER, ROLE_CHILD_ADVERTISER, ...
    qint64 createTime = 0;
    bool companyNameEditable = false;

    // How the BC holds it.
    QString ownerBcId;
    QString ownerBcName;
    QString relationType;   // OWNER_BC, OWNER_PARTNER, OWNER_INDIVIDUAL
    QString relationStatus; // BOUND, PENDING, ...
    QString billingType;    // CASH, CREDIT (monthly invoicing)

    bool disabled = false;
    qint64 disableTime = 0;
    // What makes /bc/advertiser/disable/ refuse it (failed_infos reasons).
    bool delivering = false;      // DELIVERING: ads are running
    bool unpaidBill = false;      // UNPAID_BILL
    bool autopayUnbilled = false; // AUTOPAY_UNBILLED

    // Money (/advertiser/balance/get/).
    Balance balance;
    Cents minTransferableCash = 0;
    Cents minTransferableGrant = 0;
    Cents minTransferableCredit = 0;
    bool balanceReminder = false;
    QString paymentPortfolioId; // empty for most accounts
    QString paymentPortfolioName;
    QString paymentPortfolioType;

    // Budget.
    QString budgetMode;      // UNLIMITED, MONTHLY_BUDGET, DAILY_BUDGET, CUSTOM_BUDGET
    Cents budget = 0;        // 0 with UNLIMITED
    Cents budgetCost = 0;    // spent against the budget in its period
    Cents minimumBudget = 0; // budget_amount_restriction.minimum_amount
    // budget_frequency_restriction: changes per UTC day (counted by World against its clock).
    qint64 budgetChangeDay = -1; // day number of the last change
    int budgetChangesThatDay = 0;
    QList<BudgetChangelogEntry> budgetChangelog; // oldest first

    QString qualificationId; // the BC qualification it uses, if any
    // A typical day's spend; the daily costs of /bc/account/cost/get/ are derived from it
    // (World::dailyCost) instead of being stored, which keeps the large world small.
    Cents dailySpend = 0;

    QStringList confirmedTerms; // term types confirmed with /term/confirm/
    PangleBlockList pangleBlockList;
    QMap<QString, PangleBlockList> campaignPangleBlockLists; // by campaign id
    QList<AudiencePackage> audiencePackages;
    QList<AccountPixel> pixels; // pixels not yet moved into the BC

    [[nodiscard]] Cents budgetRemaining() const
    {
        return budgetMode == QLatin1String("UNLIMITED") ? 0
                                                        : std::max<Cents>(budget - budgetCost, 0);
    }
};

} // namespace bc::emulator
