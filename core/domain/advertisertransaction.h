#pragma once

#include "core/domain/amount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A transfer, tax, cost or payment of an ad account, as /advertiser/transaction/get/ lists it
// (`transaction_list`, §4.3).
struct AdvertiserTransaction
{
    QString advertiserId;
    QString advertiserName;
    Amount amount;
    QString currency;
    QDateTime date;       // empty in per-account summaries
    QString fundsType;    // FUNDS_TYPE_CASH, FUNDS_TYPE_GRANT; empty for TAX and COST
    QString transferType; // TRANS_TYPE_TRANSFER, _TAX, _COST, _PAYMENT
    QString timezone;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserTransaction &, const AdvertiserTransaction &) = default;
};

} // namespace bc::domain
