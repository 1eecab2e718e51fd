#include "models/mirrorcolumnset.h"

using namespace Qt::StringLiterals;

namespace bc::models {

namespace {

MirrorTableColumn typed(const QString &header, const QString &sqlColumn, ColumnKind kind,
                        int currencyColumn = -1)
{
    return {header, sqlColumn, {}, kind, currencyColumn};
}

MirrorTableColumn fromJson(const QString &header, const QString &jsonPath, ColumnKind kind)
{
    return {header, {}, jsonPath, kind, -1};
}

} // namespace

QList<MirrorTableColumn> MirrorColumnSet::forList(store::MirrorList list)
{
    using store::MirrorList;
    const auto id = u"id"_s; // every mirror table's row id
    switch (list) {
    case MirrorList::AdAccounts: {
        using namespace AdAccountColumns;
        QList<MirrorTableColumn> columns(Count);
        columns[Name] = typed(tr("Name"), u"name"_s, ColumnKind::Text);
        columns[Id] = typed(tr("ID"), id, ColumnKind::Id);
        columns[Role] = typed(tr("Role"), u"advertiser_role"_s, ColumnKind::Enum);
        columns[Status] = typed(tr("Status"), u"advertiser_status"_s, ColumnKind::Enum);
        columns[AccountType] = typed(tr("Type"), u"advertiser_account_type"_s, ColumnKind::Enum);
        columns[OwnerBc] = typed(tr("Owner BC"), u"owner_bc_name"_s, ColumnKind::Text);
        columns[RelationType] = typed(tr("Relation"), u"relation_type"_s, ColumnKind::Enum);
        columns[RelationStatus] =
                typed(tr("Relation status"), u"relation_status"_s, ColumnKind::Enum);
        columns[PayType] = fromJson(tr("Payment"), u"pay_type"_s, ColumnKind::Enum);
        return columns;
    }
    case MirrorList::AccountTransactions: {
        using namespace AccountTransactionColumns;
        QList<MirrorTableColumn> columns(Count);
        columns[Time] = typed(tr("Time"), u"create_time"_s, ColumnKind::Date);
        columns[AccountName] = typed(tr("Ad account"), u"account_name"_s, ColumnKind::Text);
        columns[AccountId] = typed(tr("Ad account ID"), u"account_id"_s, ColumnKind::Id);
        columns[Amount] = typed(tr("Amount"), u"amount"_s, ColumnKind::Money, Currency);
        columns[Subtotal] = typed(tr("Subtotal"), u"subtotal"_s, ColumnKind::Money, Currency);
        columns[Tax] = typed(tr("Tax"), u"tax_amount"_s, ColumnKind::Money, Currency);
        columns[Currency] = typed(tr("Currency"), u"currency"_s, ColumnKind::Enum);
        columns[AmountType] = typed(tr("Direction"), u"amount_type"_s, ColumnKind::Enum);
        columns[TransactionType] = typed(tr("Type"), u"transaction_type"_s, ColumnKind::Enum);
        columns[BillingType] = typed(tr("Billing"), u"billing_type"_s, ColumnKind::Enum);
        columns[InvoiceId] = typed(tr("Invoice ID"), u"invoice_id"_s, ColumnKind::Id);
        columns[Id] = typed(tr("Transaction ID"), id, ColumnKind::Id);
        return columns;
    }
    case MirrorList::Invoices: {
        using namespace InvoiceColumns;
        QList<MirrorTableColumn> columns(Count);
        columns[SerialNumber] = typed(tr("Serial number"), u"serial_number"_s, ColumnKind::Id);
        columns[Title] = typed(tr("Title"), u"invoice_title"_s, ColumnKind::Text);
        columns[Type] = typed(tr("Type"), u"invoice_type"_s, ColumnKind::Enum);
        columns[PayStatus] = typed(tr("Pay status"), u"pay_status"_s, ColumnKind::Enum);
        columns[OverdueStatus] = typed(tr("Overdue"), u"overdue_status"_s, ColumnKind::Enum);
        columns[Status] = typed(tr("Status"), u"status"_s, ColumnKind::Enum);
        columns[Currency] = typed(tr("Currency"), u"currency"_s, ColumnKind::Enum);
        columns[Amount] = typed(tr("Amount"), u"amount"_s, ColumnKind::Money, Currency);
        columns[Unpaid] = typed(tr("Unpaid"), u"unpaid_amount"_s, ColumnKind::Money, Currency);
        columns[SendDate] = typed(tr("Sent"), u"send_date"_s, ColumnKind::Date);
        columns[DueDate] = typed(tr("Due"), u"due_date"_s, ColumnKind::Date);
        columns[BillingGroupId] =
                typed(tr("Billing group ID"), u"billing_group_id"_s, ColumnKind::Id);
        columns[Id] = typed(tr("Invoice ID"), id, ColumnKind::Id);
        return columns;
    }
    case MirrorList::Members: {
        using namespace MemberColumns;
        QList<MirrorTableColumn> columns(Count);
        columns[Name] = typed(tr("Name"), u"name"_s, ColumnKind::Text);
        columns[Email] = typed(tr("E-mail"), u"email"_s, ColumnKind::Text);
        columns[Role] = typed(tr("Role"), u"user_role"_s, ColumnKind::Enum);
        columns[FinanceRole] = typed(tr("Finance role"), u"finance_role"_s, ColumnKind::Enum);
        columns[RelationStatus] =
                typed(tr("Relation status"), u"relation_status"_s, ColumnKind::Enum);
        columns[Id] = typed(tr("User ID"), id, ColumnKind::Id);
        return columns;
    }
    case MirrorList::BcTransactions: {
        using namespace BcTransactionColumns;
        QList<MirrorTableColumn> columns(Count);
        columns[Date] = typed(tr("Date"), u"txn_date"_s, ColumnKind::Date);
        columns[Amount] = typed(tr("Amount"), u"amount"_s, ColumnKind::Money, Currency);
        columns[Currency] = typed(tr("Currency"), u"currency"_s, ColumnKind::Enum);
        columns[FundsType] = typed(tr("Funds"), u"funds_type"_s, ColumnKind::Enum);
        columns[InvoiceSerialNumber] =
                typed(tr("Invoice serial number"), u"invoice_serial_number"_s, ColumnKind::Id);
        columns[InvoiceId] = typed(tr("Invoice ID"), u"invoice_id"_s, ColumnKind::Id);
        return columns;
    }
    default:
        return fromSpec(list);
    }
}

QList<MirrorTableColumn> MirrorColumnSet::fromSpec(store::MirrorList list)
{
    const store::MirrorListSpec &spec = store::mirrorListSpec(list);
    QList<MirrorTableColumn> columns;
    int currency = -1;
    for (const store::MirrorColumn &column : spec.columns) {
        if (column.name == u"currency")
            currency = static_cast<int>(columns.size());
        ColumnKind kind = ColumnKind::Text;
        switch (column.type) {
        case store::ColumnType::Amount:
            kind = ColumnKind::Money;
            break;
        case store::ColumnType::Integer:
        case store::ColumnType::Boolean:
            kind = ColumnKind::Integer;
            break;
        case store::ColumnType::Text:
            if (column.name.endsWith(u"_id"_s))
                kind = ColumnKind::Id;
            else if (column.name == u"name"_s || column.name.endsWith(u"_name"_s)
                     || column.name == u"company"_s)
                kind = ColumnKind::Text;
            else
                kind = ColumnKind::Enum;
            break;
        }
        columns.append(typed(headerFor(column.name), column.name, kind));
    }
    for (MirrorTableColumn &column : columns) {
        if (column.kind == ColumnKind::Money)
            column.currencyColumn = currency;
    }
    if (!spec.idFields.isEmpty())
        columns.append(typed(tr("ID"), u"id"_s, ColumnKind::Id));
    return columns;
}

QString MirrorColumnSet::headerFor(const QString &sqlColumn)
{
    static const QList<std::pair<QString, const char *>> headers = {
            {u"name"_s, QT_TR_NOOP("Name")},
            {u"company"_s, QT_TR_NOOP("Company")},
            {u"currency"_s, QT_TR_NOOP("Currency")},
            {u"status"_s, QT_TR_NOOP("Status")},
            {u"type"_s, QT_TR_NOOP("Type")},
            {u"timezone"_s, QT_TR_NOOP("Time zone")},
            {u"registered_area"_s, QT_TR_NOOP("Registered area")},
            {u"user_role"_s, QT_TR_NOOP("Role")},
            {u"finance_role"_s, QT_TR_NOOP("Finance role")},
            {u"asset_type"_s, QT_TR_NOOP("Asset type")},
            {u"owner_bc_name"_s, QT_TR_NOOP("Owner BC")},
            {u"is_primary"_s, QT_TR_NOOP("Primary")},
            {u"billing_group_type"_s, QT_TR_NOOP("Billing group type")},
            {u"billed_to_type"_s, QT_TR_NOOP("Billed to")},
            {u"invoice_group_by"_s, QT_TR_NOOP("Invoices grouped by")},
            {u"amount"_s, QT_TR_NOOP("Amount")},
            {u"cash_amount"_s, QT_TR_NOOP("Cash")},
            {u"grant_amount"_s, QT_TR_NOOP("Grant")},
            {u"tax_amount"_s, QT_TR_NOOP("Tax")},
            {u"tax"_s, QT_TR_NOOP("Tax")},
            {u"advertiser_status"_s, QT_TR_NOOP("Status")},
            {u"account_balance"_s, QT_TR_NOOP("Balance")},
            {u"valid_account_balance"_s, QT_TR_NOOP("Available balance")},
            {u"frozen_balance"_s, QT_TR_NOOP("Frozen")},
            {u"cash_balance"_s, QT_TR_NOOP("Cash balance")},
            {u"valid_cash_balance"_s, QT_TR_NOOP("Available cash")},
            {u"grant_balance"_s, QT_TR_NOOP("Grant balance")},
            {u"valid_grant_balance"_s, QT_TR_NOOP("Available grant")},
            {u"transferable_amount"_s, QT_TR_NOOP("Transferable")},
            {u"pixel_code"_s, QT_TR_NOOP("Pixel code")},
    };
    for (const auto &[name, header] : headers) {
        if (name == sqlColumn)
            return tr(header);
    }
    return sqlColumn;
}

} // namespace bc::models
