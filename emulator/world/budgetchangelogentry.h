#pragma once

#include "money.h"

#include <QString>

namespace bc::emulator {

// One budget change of an ad account (/bc/account/budget/changelog/get/, reference §3.6).
struct BudgetChangelogEntry
{
    qint64 operationTime = 0;
    QString activityType; // RESET, BUDGET_MODE_UPDATE, INCREASE_BUDGET, DECREASE_BUDGET,
                          // REMOVE_BUDGET
    Cents previousBudget = 0;
    QString previousBudgetMode; // UNLIMITED, MONTHLY_BUDGET, DAILY_BUDGET, CUSTOM_BUDGET
    Cents currentBudget = 0;
    QString currentBudgetMode;
    QString currency;
    QString operatorId; // a user id
    QString operatorName;
};

} // namespace bc::emulator
