#pragma once

#include "core/domain/amount.h"
#include "core/domain/balancebreakdown.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// An ad account's balance and budget as /advertiser/balance/get/ lists it (§4.2; BC-scoped
// despite the path). Several fields come only when asked for through `fields` or with
// page_size 1; they stay not set otherwise. account = valid + frozen + tax.
struct AdvertiserBalance
{
    QString advertiserId;
    QString advertiserName;
    QString advertiserStatus; // show status: SHOW_ACCOUNT_STATUS_*
    QString advertiserType;   // AUCTION, RESERVATION
    QString timezone;
    QString currency;
    std::optional<qint64> accountOpenDays;
    std::optional<bool> balanceReminder;
    QString company;
    QString contactName;
    QString contactEmail; // personal data: never logged
    QDateTime createTime;
    Amount accountBalance;
    Amount validAccountBalance;
    Amount frozenBalance;
    Amount tax;
    Amount cashBalance;
    Amount validCashBalance;
    Amount grantBalance;
    Amount validGrantBalance;
    QString paymentPortfolioId;
    QString paymentPortfolioName;
    QString paymentPortfolioType;
    Amount transferableAmount; // only when the list has one account
    Amount maxTransferableCash;
    Amount maxTransferableGrant;
    BalanceBreakdown balanceInfo; // only when asked for
    QString budgetMode;           // UNLIMITED, MONTHLY_BUDGET, DAILY_BUDGET, CUSTOM_BUDGET
    Amount budget;
    Amount budgetCost;
    Amount budgetRemaining;
    std::optional<qint64> budgetChangesTotal; // budget edits allowed per day
    std::optional<qint64> budgetChangesUsed;
    std::optional<qint64> budgetChangesRemaining;
    QDateTime budgetChangesStart;
    QDateTime budgetChangesEnd;
    Amount budgetMinimumAmount; // sometimes a string
    Amount minTransferableCash; // page_size 1 only
    Amount minTransferableGrant;
    Amount minTransferableCredit;
    Amount firstRechargeAmount;          // deprecated by the API
    QDateTime firstRechargeTime;         // deprecated
    QDateTime latestRechargeTime;        // deprecated
    Amount rechargeAmount;               // deprecated
    std::optional<qint64> rechargeCount; // deprecated
    QJsonObject raw;                     // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserBalance &, const AdvertiserBalance &) = default;
};

} // namespace bc::domain
