#pragma once

#include "money.h"

#include <QList>
#include <QString>

namespace bc::emulator {

// /bc/transfer/ (reference §3.13).
struct TransferRequest
{
    QString bcId;
    QString transferType; // RECHARGE (BC → account, or more BC credit), REFUND (the other way)
    QString transferLevel = QStringLiteral("ADVERTISER"); // or BC
    QString advertiserId;                                 // ADVERTISER level
    QString childBcId;
    Cents cashAmount = 0;
    Cents grantAmount = 0;
    Cents creditAmount = 0;
    QString requestId; // BC level: idempotency key; the same key twice moves money once
};

// One of transaction_infos[]: who paid whom.
struct TransferRecord
{
    QString transactionId;
    QString transactionType;  // CASH, GRANT, CREDIT
    QString payeeAccountType; // BC, ADVERTISER
    QString payeeAccountId;
    QString remitterAccountType;
    QString remitterAccountId;
};

struct TransferResult
{
    QString bcId;
    QString advertiserId;
    QString childBcId;
    QList<TransferRecord> transactions;
};

} // namespace bc::emulator
