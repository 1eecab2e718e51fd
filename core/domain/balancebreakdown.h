#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>

namespace bc::domain {

// The `balance_info` of an /advertiser/balance/get/ item: the balance split by funds type (§4.2).
struct BalanceBreakdown
{
    Amount accountBalance;
    Amount validAccountBalance;
    Amount frozenBalance;
    Amount tax;
    Amount cashBalance;
    Amount frozenCashBalance;
    Amount cashTax;
    Amount validCashBalance;
    Amount grantBalance;
    Amount validGrantBalance;
    Amount frozenGrantBalance;
    Amount creditBalance;
    Amount validCreditBalance;
    Amount frozenCreditBalance;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const BalanceBreakdown &, const BalanceBreakdown &) = default;
};

} // namespace bc::domain
