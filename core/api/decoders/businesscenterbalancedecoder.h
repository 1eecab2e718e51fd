#pragma once

#include "core/domain/businesscenterbalance.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/balance/get/ into a BusinessCenterBalance.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BusinessCenterBalanceDecoder
{
public:
    [[nodiscard]] static domain::BusinessCenterBalance decode(const QJsonObject &item);
};

} // namespace bc::api
