#pragma once

#include "core/domain/businesscentertransactionsummary.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `transaction_summary` of /bc/transaction/get/ into a summary.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BusinessCenterTransactionSummaryDecoder
{
public:
    [[nodiscard]] static domain::BusinessCenterTransactionSummary decode(const QJsonObject &item);
};

} // namespace bc::api
