#pragma once

#include "core/store/mirrorlist.h"
#include "models/mirrortablecolumn.h"

#include <QCoreApplication>
#include <QList>

namespace bc::models {

// Column positions of the curated column sets (MirrorColumnSet::forList), so that panels and
// typed filters name columns instead of counting them.
namespace AdAccountColumns {
enum Column {
    Name,
    Id,
    Role,
    Status,
    AccountType,
    OwnerBc,
    RelationType,
    RelationStatus,
    PayType,
    Count
};
} // namespace AdAccountColumns
namespace AccountTransactionColumns {
enum Column {
    Time,
    AccountName,
    AccountId,
    Amount,
    Subtotal,
    Tax,
    Currency,
    AmountType,
    TransactionType,
    BillingType,
    InvoiceId,
    Id,
    Count
};
} // namespace AccountTransactionColumns
namespace InvoiceColumns {
enum Column {
    SerialNumber,
    Title,
    Type,
    PayStatus,
    OverdueStatus,
    Status,
    Currency,
    Amount,
    Unpaid,
    SendDate,
    DueDate,
    BillingGroupId,
    Id,
    Count
};
} // namespace InvoiceColumns
namespace MemberColumns {
enum Column {
    Name,
    Email,
    Role,
    FinanceRole,
    RelationStatus,
    Id,
    Count
};
} // namespace MemberColumns
namespace BcTransactionColumns {
enum Column {
    Date,
    Amount,
    Currency,
    FundsType,
    InvoiceSerialNumber,
    InvoiceId,
    Count
};
} // namespace BcTransactionColumns

// The columns a list's table shows: curated sets for the lists with panels of their own, and
// for the others every typed column of the store's spec after the row id.
class MirrorColumnSet
{
    Q_DECLARE_TR_FUNCTIONS(MirrorColumnSet)

public:
    [[nodiscard]] static QList<MirrorTableColumn> forList(store::MirrorList list);

private:
    [[nodiscard]] static QString headerFor(const QString &sqlColumn);
    [[nodiscard]] static QList<MirrorTableColumn> fromSpec(store::MirrorList list);
};

} // namespace bc::models
