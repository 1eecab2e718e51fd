#include "core/store/reconciliation.h"

#include "core/api/jsonfields.h"
#include "core/domain/amount.h"
#include "core/store/csvfile.h"
#include "core/store/mirrorstore.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

qint64 minor(const QJsonValue &value)
{
    const std::optional<domain::Amount> amount = api::json::amount(value);
    return amount ? amount->minorUnits() : 0;
}

QString money(qint64 minorUnits)
{
    return domain::Amount::fromMinorUnits(minorUnits).toString();
}

// Where each transaction goes: the index of its invoice, or -1.
struct InvoiceIndex
{
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> bySerial;

    [[nodiscard]] qsizetype find(const QJsonObject &raw, const QString &serialKey) const
    {
        const QString id = api::json::idString(raw.value(u"invoice_id"_s));
        if (!id.isEmpty())
            return byId.value(id, -1);
        const QString serial = api::json::text(raw.value(serialKey)).trimmed();
        return serial.isEmpty() ? -1 : bySerial.value(serial, -1);
    }
};

bool sameCurrency(const ReconciliationRow &row, const QJsonObject &raw)
{
    const QString currency = api::json::text(raw.value(u"currency"_s)).trimmed();
    return currency.isEmpty() || row.currency.isEmpty()
           || currency.compare(row.currency, Qt::CaseInsensitive) == 0;
}

bool hasSomethingToPay(const ReconciliationRow &row)
{
    return row.status != u"DELETED"_s && row.payStatus != u"NO_NEED"_s && row.invoiced > 0;
}

ReconciliationFlag flagOf(const ReconciliationRow &row)
{
    if (row.otherCurrency > 0)
        return ReconciliationFlag::CurrencyMismatch;
    const bool payable = hasSomethingToPay(row);
    if (payable && row.accountTransactions == 0 && row.bcTransactions == 0
        && row.payStatus != u"UNPAID"_s)
        return ReconciliationFlag::NoTransactions;
    if (row.charged && *row.charged != row.invoiced)
        return ReconciliationFlag::ChargedDiffers;
    if (row.unpaid > 0)
        return ReconciliationFlag::Unpaid;
    if (row.unpaid < 0)
        return ReconciliationFlag::Overpaid;
    return ReconciliationFlag::Ok;
}

} // namespace

QList<ReconciliationRow> Reconciliation::reconcile(const QList<MirrorRow> &invoices,
                                                   const QList<MirrorRow> &bcTransactions,
                                                   const QList<MirrorRow> &accountTransactions)
{
    QList<ReconciliationRow> rows;
    rows.reserve(invoices.size());
    InvoiceIndex index;
    for (const MirrorRow &invoice : invoices) {
        const QJsonObject &raw = invoice.raw;
        ReconciliationRow row;
        row.invoiceId = api::json::idString(raw.value(u"invoice_id"_s));
        if (row.invoiceId.isEmpty())
            row.invoiceId = invoice.id;
        row.serialNumber = api::json::text(raw.value(u"serial_number"_s)).trimmed();
        row.invoiceType = api::json::text(raw.value(u"invoice_type"_s));
        row.status = api::json::text(raw.value(u"status"_s));
        row.payStatus = api::json::text(raw.value(u"pay_status"_s));
        row.currency = api::json::text(raw.value(u"currency_code"_s));
        row.sendDate = api::json::text(raw.value(u"send_date"_s));
        row.billingGroupId = api::json::idString(raw.value(u"billing_group_id"_s));
        row.invoiced = minor(raw.value(u"amount"_s));
        row.apiUnpaid = minor(raw.value(u"unpaid_amount"_s));
        index.byId.insert(row.invoiceId, rows.size());
        // A serial number two invoices share names neither.
        if (!row.serialNumber.isEmpty()) {
            if (index.bySerial.contains(row.serialNumber))
                index.bySerial.insert(row.serialNumber, -1);
            else
                index.bySerial.insert(row.serialNumber, rows.size());
        }
        rows.append(row);
    }

    for (const MirrorRow &transaction : accountTransactions) {
        const qsizetype at = index.find(transaction.raw, u"serial_number"_s);
        if (at < 0)
            continue;
        ReconciliationRow &row = rows[at];
        if (!sameCurrency(row, transaction.raw)) {
            ++row.otherCurrency;
            continue;
        }
        const qint64 amount = std::abs(minor(transaction.raw.value(u"amount"_s)));
        const bool positive =
                api::json::text(transaction.raw.value(u"amount_type"_s)) == u"POSITIVE"_s;
        row.charged = row.charged.value_or(0) + (positive ? -amount : amount);
        ++row.accountTransactions;
    }
    for (const MirrorRow &transaction : bcTransactions) {
        const qsizetype at = index.find(transaction.raw, u"invoice_serial_number"_s);
        if (at < 0)
            continue;
        ReconciliationRow &row = rows[at];
        if (!sameCurrency(row, transaction.raw)) {
            ++row.otherCurrency;
            continue;
        }
        row.paid += std::abs(minor(transaction.raw.value(u"amount"_s)));
        ++row.bcTransactions;
    }

    for (ReconciliationRow &row : rows) {
        row.unpaid = hasSomethingToPay(row) ? row.invoiced - row.paid : -row.paid;
        row.flag = flagOf(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ReconciliationRow &a, const ReconciliationRow &b) {
                         if (a.sendDate != b.sendDate)
                             return a.sendDate < b.sendDate;
                         if (a.invoiceId.size() != b.invoiceId.size())
                             return a.invoiceId.size() < b.invoiceId.size();
                         return a.invoiceId < b.invoiceId;
                     });
    return rows;
}

QList<ReconciliationRow> Reconciliation::fromMirror(MirrorStore &store, const QString &bcId,
                                                    StoreError *error)
{
    StoreError readError;
    const QList<MirrorRow> invoices = store.rows(MirrorList::Invoices, bcId, {}, &readError);
    QList<MirrorRow> bcTransactions;
    QList<MirrorRow> accountTransactions;
    if (!readError.isError())
        bcTransactions = store.rows(MirrorList::BcTransactions, bcId, {}, &readError);
    if (!readError.isError())
        accountTransactions = store.rows(MirrorList::AccountTransactions, bcId, {}, &readError);
    if (error)
        *error = readError;
    if (readError.isError())
        return {};
    return reconcile(invoices, bcTransactions, accountTransactions);
}

QStringList Reconciliation::columns()
{
    return {u"invoice_id"_s,        u"serial_number"_s,
            u"invoice_type"_s,      u"status"_s,
            u"pay_status"_s,        u"currency"_s,
            u"send_date"_s,         u"billing_group_id"_s,
            u"invoiced_amount"_s,   u"charged_amount"_s,
            u"paid_amount"_s,       u"unpaid_amount"_s,
            u"api_unpaid_amount"_s, u"account_transactions"_s,
            u"bc_transactions"_s,   u"flag"_s};
}

CsvFile Reconciliation::csv(const QList<ReconciliationRow> &rows)
{
    CsvFile file;
    file.addRow(columns());
    for (const ReconciliationRow &row : rows) {
        file.addRow({row.invoiceId, row.serialNumber, row.invoiceType, row.status, row.payStatus,
                     row.currency, row.sendDate, row.billingGroupId, money(row.invoiced),
                     row.charged ? money(*row.charged) : QString(), money(row.paid),
                     money(row.unpaid), money(row.apiUnpaid),
                     QString::number(row.accountTransactions), QString::number(row.bcTransactions),
                     reconciliationFlagKey(row.flag)});
    }
    return file;
}

int Reconciliation::disagreements(const QList<ReconciliationRow> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ReconciliationRow &row) {
        return row.flag != ReconciliationFlag::Ok;
    }));
}

} // namespace bc::store
