#pragma once

#include "core/domain/accountcost.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/account/cost/get/ `cost_list` item into an AccountCost.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AccountCostDecoder
{
public:
    [[nodiscard]] static domain::AccountCost decode(const QJsonObject &item);
};

} // namespace bc::api
