#include "core/store/invoicecsvexport.h"

#include "core/api/jsonfields.h"
#include "core/domain/amount.h"
#include "core/store/csvfile.h"
#include "core/store/mirrorstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

const QStringList &moneyColumns()
{
    static const QStringList columns{u"unpaid_amount"_s,        u"amount"_s,
                                     u"amount_excluding_tax"_s, u"total_tax_amount"_s,
                                     u"tax_amount1"_s,          u"tax_amount2"_s};
    return columns;
}

const QStringList &idColumns()
{
    static const QStringList columns{u"invoice_id"_s, u"subject_id"_s, u"billing_group_id"_s};
    return columns;
}

QString scalar(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    // Whole numbers digit-exact (json::text), rates in their shortest round-trip spelling.
    if (value.isDouble() && !api::json::integer(value))
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return api::json::text(value);
}

QString listText(const QJsonArray &array)
{
    QStringList parts;
    for (const QJsonValue &element : array) {
        if (element.isObject() && element.toObject().contains(u"invoice_id"_s)) {
            const QJsonObject reference = element.toObject();
            const QString text = api::json::idString(reference.value(u"invoice_id"_s)) + u' '
                                 + api::json::text(reference.value(u"serial_number"_s));
            parts.append(text.trimmed());
        } else {
            parts.append(scalar(element));
        }
    }
    return parts.join(u"; "_s);
}

} // namespace

QStringList InvoiceCsvExport::documentedColumns()
{
    return {u"invoice_id"_s,
            u"serial_number"_s,
            u"subject_id"_s,
            u"send_date"_s,
            u"due_date"_s,
            u"currency_code"_s,
            u"status"_s,
            u"invoice_type"_s,
            u"pay_status"_s,
            u"overdue_status"_s,
            u"unpaid_amount"_s,
            u"amount"_s,
            u"amount_excluding_tax"_s,
            u"total_tax_amount"_s,
            u"tax_type1"_s,
            u"tax_rate1"_s,
            u"tax_amount1"_s,
            u"tax_type2"_s,
            u"tax_rate2"_s,
            u"tax_amount2"_s,
            u"tax_id1"_s,
            u"tax_id2"_s,
            u"entity_serials"_s,
            u"negative_invoice_ids"_s,
            u"positive_invoice_ids"_s,
            u"billing_group_id"_s,
            u"account_name"_s,
            u"invoice_title"_s,
            u"country_code"_s,
            u"address"_s,
            u"emails"_s};
}

QStringList InvoiceCsvExport::columns(const QList<MirrorRow> &invoices)
{
    const QStringList documented = documentedColumns();
    const QSet<QString> known(documented.cbegin(), documented.cend());
    QSet<QString> extra;
    for (const MirrorRow &row : invoices) {
        for (auto it = row.raw.constBegin(); it != row.raw.constEnd(); ++it) {
            if (!known.contains(it.key()))
                extra.insert(it.key());
        }
    }
    QStringList extraColumns(extra.cbegin(), extra.cend());
    extraColumns.sort();
    return documented + extraColumns;
}

QString InvoiceCsvExport::field(const QJsonObject &invoice, const QString &column)
{
    const QJsonValue value = invoice.value(column);
    if (value.isUndefined() || value.isNull())
        return {};
    if (moneyColumns().contains(column)) {
        const std::optional<domain::Amount> amount = api::json::amount(value);
        return amount ? amount->toString() : api::json::text(value);
    }
    if (idColumns().contains(column))
        return api::json::idString(value);
    if (value.isArray())
        return listText(value.toArray());
    return scalar(value);
}

CsvFile InvoiceCsvExport::csv(const QList<MirrorRow> &invoices)
{
    QList<MirrorRow> sorted = invoices;
    std::stable_sort(sorted.begin(), sorted.end(), [](const MirrorRow &a, const MirrorRow &b) {
        const QString dateA = api::json::text(a.raw.value(u"send_date"_s));
        const QString dateB = api::json::text(b.raw.value(u"send_date"_s));
        if (dateA != dateB)
            return dateA < dateB;
        if (a.id.size() != b.id.size())
            return a.id.size() < b.id.size();
        return a.id < b.id;
    });
    const QStringList header = columns(sorted);
    CsvFile file;
    file.addRow(header);
    for (const MirrorRow &row : std::as_const(sorted)) {
        QStringList fields;
        fields.reserve(header.size());
        for (const QString &column : header)
            fields.append(field(row.raw, column));
        file.addRow(fields);
    }
    return file;
}

QList<MirrorRow> InvoiceCsvExport::invoices(MirrorStore &store, const QString &bcId,
                                            StoreError *error)
{
    return store.rows(MirrorList::Invoices, bcId, {}, error);
}

} // namespace bc::store
