#pragma once

#include "emulator/world/dailycost.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc::emulator {

class World;
struct GeneratedBusinessCenter;
struct Invoice;
struct InvoiceTask;

// Which invoices a /bc/invoice/get/ query or a task's filtering selects (reference §3.19).
struct InvoiceFilter
{
    QStringList invoiceTypes; // empty: any
    QStringList payStatuses;  // empty: any
    QString invoiceId;
    QString invoiceTitle; // case-insensitive substring
    QString serialNumber;
    QString billingGroupId;
    qint64 startSecs = -1; // send_date within [start, end]; -1: open
    qint64 endSecs = -1;

    [[nodiscard]] bool matches(const Invoice &invoice) const;
    // A task's filtering as stored (already validated when the task was created).
    [[nodiscard]] static InvoiceFilter fromTask(const InvoiceTask &task);
};

// The matching invoices of a BC, newest first (as the console lists them).
[[nodiscard]] QList<const Invoice *> selectInvoices(const GeneratedBusinessCenter &bc,
                                                    const InvoiceFilter &filter);

// One /bc/invoice/get/ list item. index is the invoice's position in the BC: it decides the
// rough edges (invoice_id as a JSON number) so they stay the same for the same row.
[[nodiscard]] QJsonObject invoiceJson(const Invoice &invoice, qsizetype index);

// One row of a billing report: what an ad account of the BC spent in a date range.
struct BillingReportRow
{
    QString advertiserId;
    QString advertiserName;
    QString billingGroupId; // empty: none
    QString currency;
    DailyCost cost;
};

[[nodiscard]] QList<BillingReportRow> billingReport(const World &world,
                                                    const GeneratedBusinessCenter &bc,
                                                    const QString &billingGroupId, qint64 fromSecs,
                                                    qint64 toSecs);
// A BILLING_REPORT task's range: its filtering's start/end, else the month before it was made.
void billingReportRange(const InvoiceTask &task, qint64 &fromSecs, qint64 &toSecs);

// What a task shows at `now`: a task whose filter selects nothing ends FAILED, as the real one
// reports an empty export, although the world only knows that at creation for an empty BC.
struct TaskState
{
    QString status;
    QString errorMessage;
};
[[nodiscard]] TaskState taskState(const World &world, const InvoiceTask &task, qint64 now);

} // namespace bc::emulator
