#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// The totals /bc/transaction/get/ sends beside its list (`transaction_summary`, §3.3).
struct BusinessCenterTransactionSummary
{
    Amount amountCharged;
    Amount amountPaid;
    QString currency;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const BusinessCenterTransactionSummary &,
                           const BusinessCenterTransactionSummary &) = default;
};

} // namespace bc::domain
