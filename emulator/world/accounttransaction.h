#pragma once

#include "money.h"

#include <QString>

namespace bc::emulator {

// A movement of an ad account's money: /bc/account/transaction/get/ (§3.4, transaction_level
// ADVERTISER) and /advertiser/transaction/get/ (§4.3). amount is signed from the account's side
// (positive: money in), amount = subtotal + taxAmount. Names are not stored: they are looked up
// from the account when answering, so a renamed account shows its new name.
struct AccountTransaction
{
    QString transactionId;
    QString advertiserId;
    qint64 time = 0;
    Cents amount = 0;
    Cents subtotal = 0;
    Cents taxAmount = 0;
    QString currency;
    QString fundsType;       // FUNDS_TYPE_CASH, FUNDS_TYPE_GRANT; empty for TAX and COST
    QString transactionType; // §3.4's: ADD_BALANCE, DECREASE_BALANCE, PROMOTION_ISSUED, ...
    QString transferType;    // §4.3's: TRANS_TYPE_TRANSFER, TRANS_TYPE_TAX, TRANS_TYPE_COST,
                             // TRANS_TYPE_PAYMENT
    QString billingType;     // CASH, CREDIT
    QString invoiceId;
    QString invoiceSerialNumber;
    QString paymentPortfolioId;
    QString paymentPortfolioName;
    QString pairedTransactionId; // the BC's record of the same transfer
};

} // namespace bc::emulator
