#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// One money movement of a transfer (`transaction_infos[]`, B's SDK): an ADVERTISER-level
// transfer makes two, one per side.
struct TransferTransaction
{
    QString transactionId;
    QString transactionType;  // CASH, GRANT, CREDIT
    QString payeeAccountType; // BC, ADVERTISER, PORTFOLIO
    QString payeeAccountId;
    QString remitterAccountType;
    QString remitterAccountId;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const TransferTransaction &, const TransferTransaction &) = default;
};

} // namespace bc::domain
