#pragma once

#include "core/domain/amount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc::domain {

// One budget change of an ad account, from /bc/account/budget/changelog/get/ (§3.6).
struct BudgetChangelogEntry
{
    QDateTime operationTime;
    QString activityType; // RESET, BUDGET_MODE_UPDATE, INCREASE_BUDGET, ...
    Amount previousBudget;
    QString previousBudgetMode;
    Amount currentBudget;
    QString currentBudgetMode; // UNLIMITED, MONTHLY_BUDGET, ...
    QString currency;
    QString operatorId;
    QString operatorName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const BudgetChangelogEntry &, const BudgetChangelogEntry &) = default;
};

} // namespace bc::domain
