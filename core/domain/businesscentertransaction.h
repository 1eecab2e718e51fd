#pragma once

#include "core/domain/amount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A record of the Business Center's own account, as /bc/transaction/get/ lists it (§3.3).
struct BusinessCenterTransaction
{
    QDateTime date; // read as UTC; `timezone` says which zone the BC books in
    Amount amount;
    QString timezone;
    QString currency;
    QString fundsType; // FUNDS_TYPE_CASH, FUNDS_TYPE_GRANT, or empty
    QString invoiceId;
    QString invoiceSerialNumber;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const BusinessCenterTransaction &,
                           const BusinessCenterTransaction &) = default;
};

} // namespace bc::domain
