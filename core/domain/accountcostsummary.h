#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// The totals /bc/account/cost/get/ sends beside its list (`transaction_summary`, §3.5).
struct AccountCostSummary
{
    Amount amount;
    Amount cashAmount;
    Amount grantAmount;
    Amount taxAmount;
    QString currency;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AccountCostSummary &, const AccountCostSummary &) = default;
};

} // namespace bc::domain
