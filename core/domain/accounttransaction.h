#pragma once

#include "core/domain/amount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A transaction of an ad account (or of the BC, by transaction_level), as
// /bc/account/transaction/get/ lists it (§3.4).
struct AccountTransaction
{
    QString transactionId;
    QString paymentPortfolioId;
    QString paymentPortfolioName;
    QString accountId;
    QString accountName;
    QString bcId;
    QString bcName;
    Amount amount; // a magnitude: the sign is in amountType
    Amount subtotal;
    Amount taxAmount;
    QString currency;
    QString amountType;      // POSITIVE, NEGATIVE, OTHER
    QString transactionType; // BILL_PAYMENT, ADD_BALANCE, REFUND, ...
    QString billingType;     // CASH, CREDIT
    QString timezone;        // UTC+HH:MM
    QDateTime createTime;
    QString invoiceId;
    QString serialNumber;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AccountTransaction &, const AccountTransaction &) = default;
};

} // namespace bc::domain
