#include "invoicedata.h"

#include "nullable.h"

#include "emulator/world.h"
#include "emulator/world/worldtime.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

// Basis points as a percentage number: 1900 → 19, 750 → 7.5 (our guess at the unpublished type).
QJsonValue rateJson(int basisPoints)
{
    return QJsonValue(basisPoints / 100.0);
}

QJsonArray referencesJson(const QList<Invoice::Reference> &references)
{
    QJsonArray array;
    for (const Invoice::Reference &reference : references) {
        array.append(QJsonObject{{u"invoice_id"_s, reference.invoiceId},
                                 {u"serial_number"_s, reference.serialNumber}});
    }
    return array;
}

} // namespace

bool InvoiceFilter::matches(const Invoice &invoice) const
{
    if (!invoiceTypes.isEmpty() && !invoiceTypes.contains(invoice.invoiceType))
        return false;
    if (!payStatuses.isEmpty() && !payStatuses.contains(invoice.payStatus))
        return false;
    if (!invoiceId.isEmpty() && invoice.invoiceId != invoiceId)
        return false;
    if (!invoiceTitle.isEmpty()
        && !invoice.invoiceTitle.contains(invoiceTitle, Qt::CaseInsensitive))
        return false;
    if (!serialNumber.isEmpty() && invoice.serialNumber != serialNumber)
        return false;
    if (!billingGroupId.isEmpty() && invoice.billingGroupId != billingGroupId)
        return false;
    if (startSecs >= 0 && invoice.sendDate < startSecs)
        return false;
    if (endSecs >= 0 && invoice.sendDate > endSecs)
        return false;
    return true;
}

InvoiceFilter InvoiceFilter::fromTask(const InvoiceTask &task)
{
    InvoiceFilter filter;
    const QJsonObject &f = task.filtering;
    filter.invoiceId = task.invoiceId;
    filter.invoiceTitle = f.value(u"invoice_title"_s).toString();
    filter.serialNumber = f.value(u"serial_number"_s).toString();
    const QJsonValue group = f.value(u"billing_group_id"_s);
    filter.billingGroupId =
            group.isDouble() ? QString::number(group.toInteger()) : group.toString();
    for (const QJsonValue &status : f.value(u"pay_statuses"_s).toArray())
        filter.payStatuses.append(status.toString());
    if (f.contains(u"start_time"_s))
        filter.startSecs = WorldTime::parse(f.value(u"start_time"_s).toString());
    if (f.contains(u"end_time"_s))
        filter.endSecs = WorldTime::parse(f.value(u"end_time"_s).toString());
    return filter;
}

QList<const Invoice *> selectInvoices(const GeneratedBusinessCenter &bc,
                                      const InvoiceFilter &filter)
{
    QList<const Invoice *> matches;
    for (auto it = bc.invoices.crbegin(); it != bc.invoices.crend(); ++it) {
        if (filter.matches(*it))
            matches.append(&*it);
    }
    return matches;
}

QJsonObject invoiceJson(const Invoice &invoice, qsizetype index)
{
    QJsonObject item;
    // Some rows carry the id as a JSON number, as v1.2 did; 19 digits survive only as an integer.
    if (index % 6 == 4)
        item.insert(u"invoice_id"_s, QJsonValue(invoice.invoiceId.toLongLong()));
    else
        item.insert(u"invoice_id"_s, invoice.invoiceId);
    item.insert(u"serial_number"_s, invoice.serialNumber);
    item.insert(u"subject_id"_s, QJsonValue(invoice.subjectId.toLongLong())); // typed number
    item.insert(u"send_date"_s, WorldTime::dateTime(invoice.sendDate));
    item.insert(u"due_date"_s, WorldTime::dateTime(invoice.dueDate));
    item.insert(u"currency_code"_s, invoice.currencyCode);
    item.insert(u"status"_s, invoice.status);
    item.insert(u"invoice_type"_s, invoice.invoiceType);
    item.insert(u"pay_status"_s, invoice.payStatus);
    item.insert(u"overdue_status"_s, invoice.overdueStatus);
    item.insert(u"unpaid_amount"_s, Money::toJson(invoice.unpaidAmount));
    item.insert(u"amount"_s, Money::toJson(invoice.amount));
    item.insert(u"amount_excluding_tax"_s, Money::toJson(invoice.amountExcludingTax));
    item.insert(u"total_tax_amount"_s, Money::toJson(invoice.totalTaxAmount));
    const bool tax1 = !invoice.taxType1.isEmpty();
    item.insert(u"tax_type1"_s, orNull(invoice.taxType1));
    item.insert(u"tax_rate1"_s, tax1 ? rateJson(invoice.taxRate1BasisPoints) : QJsonValue());
    item.insert(u"tax_amount1"_s, tax1 ? Money::toJson(invoice.taxAmount1) : QJsonValue());
    const bool tax2 = !invoice.taxType2.isEmpty();
    item.insert(u"tax_type2"_s, orNull(invoice.taxType2));
    item.insert(u"tax_rate2"_s, tax2 ? rateJson(invoice.taxRate2BasisPoints) : QJsonValue());
    item.insert(u"tax_amount2"_s, tax2 ? Money::toJson(invoice.taxAmount2) : QJsonValue());
    item.insert(u"tax_id1"_s, orNull(invoice.taxId1));
    item.insert(u"tax_id2"_s, orNull(invoice.taxId2));
    item.insert(u"entity_serials"_s, QJsonArray::fromStringList(invoice.entitySerials));
    item.insert(u"negative_invoice_ids"_s, referencesJson(invoice.negativeInvoices));
    item.insert(u"positive_invoice_ids"_s, referencesJson(invoice.positiveInvoices));
    item.insert(u"billing_group_id"_s, orNull(invoice.billingGroupId));
    item.insert(u"account_name"_s, invoice.accountName);
    item.insert(u"invoice_title"_s, invoice.invoiceTitle);
    item.insert(u"country_code"_s, invoice.countryCode);
    item.insert(u"address"_s, orNull(invoice.address));
    item.insert(u"emails"_s, QJsonArray::fromStringList(invoice.emails));
    // Not in any source: clients must ignore fields they do not know.
    item.insert(u"invoice_category"_s, u"ADS"_s);
    return item;
}

QList<BillingReportRow> billingReport(const World &world, const GeneratedBusinessCenter &bc,
                                      const QString &billingGroupId, qint64 fromSecs, qint64 toSecs)
{
    QList<BillingReportRow> rows;
    for (const AdAccount &account : bc.adAccounts) {
        const QString group = world.billingGroupOf(bc.bcId, account.advertiserId);
        if (!billingGroupId.isEmpty() && group != billingGroupId)
            continue;
        BillingReportRow row;
        row.advertiserId = account.advertiserId;
        row.advertiserName = account.name;
        row.billingGroupId = group;
        row.currency = account.currency.isEmpty() ? bc.currency : account.currency;
        row.cost = world.costBetween(account, fromSecs, toSecs);
        rows.append(row);
    }
    return rows;
}

void billingReportRange(const InvoiceTask &task, qint64 &fromSecs, qint64 &toSecs)
{
    const InvoiceFilter filter = InvoiceFilter::fromTask(task);
    const QDate created = QDateTime::fromSecsSinceEpoch(task.createTime, Qt::UTC).date();
    const QDate monthStart(created.year(), created.month(), 1);
    fromSecs =
            filter.startSecs >= 0
                    ? filter.startSecs
                    : QDateTime(monthStart.addMonths(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    toSecs = filter.endSecs >= 0
                     ? filter.endSecs
                     : QDateTime(monthStart, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 1;
}

TaskState taskState(const World &world, const InvoiceTask &task, qint64 now)
{
    TaskState state{task.statusAt(now), task.fails ? task.errorMessage : QString()};
    if (state.status != u"SUCCEED"_s || task.downloadType == u"BILLING_REPORT"_s)
        return state;
    const GeneratedBusinessCenter *bc = world.findBusinessCenter(task.bcId);
    if (!bc || selectInvoices(*bc, InvoiceFilter::fromTask(task)).isEmpty())
        return {u"FAILED"_s, u"No invoices match the filter."_s};
    return state;
}

} // namespace bc::emulator
