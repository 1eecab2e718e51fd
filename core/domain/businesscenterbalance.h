#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A Business Center's balance from /bc/balance/get/ (§3.2). account = valid + frozen + tax.
struct BusinessCenterBalance
{
    QString bcId;
    QString currency;
    Amount accountBalance;
    Amount validAccountBalance;
    Amount frozenBalance;
    Amount tax;
    Amount cashBalance;
    Amount validCashBalance;
    Amount grantBalance;
    Amount validGrantBalance;
    QString paymentPortfolioType; // SHARED, NON_SHARED (B)
    QJsonObject raw;              // the object as the API sent it, unknown fields included

    friend bool operator==(const BusinessCenterBalance &, const BusinessCenterBalance &) = default;
};

} // namespace bc::domain
