#pragma once

#include "core/domain/transfertransaction.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bc::domain {

// What /bc/transfer/ answers (§3.13). Transfers are not idempotent: this is the proof a
// transfer happened, kept with the audit entry.
struct TransferResult
{
    QString bcId;
    QString advertiserId;
    QString childBcId;
    QList<TransferTransaction> transactions;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const TransferResult &, const TransferResult &) = default;
};

} // namespace bc::domain
