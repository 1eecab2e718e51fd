#pragma once

#include "money.h"

#include <QString>

namespace bc::emulator {

// A movement of the BC's own money: /bc/transaction/get/ (§3.3), and the transaction_level=BC
// view of /bc/account/transaction/get/ (§3.4). amount is signed from the BC's side: negative
// when money leaves the BC (a recharge of an ad account, a charge), positive when it comes in
// (a payment, a refund from an account). amount = subtotal + taxAmount.
struct BcTransaction
{
    QString transactionId;
    qint64 time = 0;
    Cents amount = 0;
    Cents subtotal = 0;
    Cents taxAmount = 0;
    QString currency;
    QString timezone;        // the BC's
    QString fundsType;       // FUNDS_TYPE_CASH, FUNDS_TYPE_GRANT; empty for credit
    QString transactionType; // §3.4's: ADD_BALANCE, BILL_PAYMENT, INCREASE_BALANCE, REFUND, ...
    QString billingType;     // CASH, CREDIT
    QString invoiceId;       // for bill payments; else empty
    QString invoiceSerialNumber;
    QString advertiserId;        // the other side of a transfer; else empty
    QString pairedTransactionId; // the ad account's record of the same transfer
};

} // namespace bc::emulator
