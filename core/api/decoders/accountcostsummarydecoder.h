#pragma once

#include "core/domain/accountcostsummary.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `transaction_summary` of /bc/account/cost/get/ into an AccountCostSummary.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AccountCostSummaryDecoder
{
public:
    [[nodiscard]] static domain::AccountCostSummary decode(const QJsonObject &item);
};

} // namespace bc::api
