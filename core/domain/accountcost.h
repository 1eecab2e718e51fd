#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// What one ad account spent over the asked range, as /bc/account/cost/get/ lists it (§3.5).
struct AccountCost
{
    QString advertiserId;
    QString advertiserName;
    Amount amount;
    Amount cashAmount;
    Amount grantAmount;
    Amount taxAmount;
    QString currency;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AccountCost &, const AccountCost &) = default;
};

} // namespace bc::domain
