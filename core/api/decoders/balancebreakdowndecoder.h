#pragma once

#include "core/domain/balancebreakdown.h"

#include <QJsonObject>

namespace bc::api {

// Turns a `balance_info` object into a BalanceBreakdown.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BalanceBreakdownDecoder
{
public:
    [[nodiscard]] static domain::BalanceBreakdown decode(const QJsonObject &item);
};

} // namespace bc::api
