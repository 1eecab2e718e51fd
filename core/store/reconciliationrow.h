#pragma once

#include "core/store/reconciliationflag.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace bc::store {

// One invoice of a BC set against the transactions that refer to it. Money is exact minor units
// (cents) in the invoice's currency.
struct ReconciliationRow
{
    QString invoiceId;
    QString serialNumber;
    QString invoiceType; // RECON, CREDIT, AUTO_PAY
    QString status;      // CREATED, SUBMITTED, APPROVED, DELETED
    QString payStatus;   // UNPAID, PAID, PARTIAL_PAID, NO_NEED
    QString currency;    // the invoice's currency_code
    QString sendDate;    // as the API sent it
    QString billingGroupId;
    qint64 invoiced = 0;  // amount, tax included
    qint64 apiUnpaid = 0; // the invoice's own unpaid_amount
    // Sum of the linked account transactions; nothing when none refers to the invoice.
    std::optional<qint64> charged;
    qint64 paid = 0;             // sum of the linked BC transactions
    qint64 unpaid = 0;           // still to pay as the transactions show it; negative when overpaid
    int accountTransactions = 0; // linked, in the invoice's currency
    int bcTransactions = 0;      // linked, in the invoice's currency
    int otherCurrency = 0;       // linked but in another currency (not summed)
    ReconciliationFlag flag = ReconciliationFlag::Ok;

    friend bool operator==(const ReconciliationRow &, const ReconciliationRow &) = default;
};

} // namespace bc::store
