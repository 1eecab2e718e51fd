#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::emulator {

// An invoice download task (/bc/invoice/task/create|get|list/). Its status is not stored: it
// follows from the creation time and the world clock (CREATED for the first 2 s, RUNNING until
// 5 s, then SUCCEED, or FAILED for a task that cannot succeed), so no timer is needed.
struct InvoiceTask
{
    static constexpr qint64 runningAfterSecs = 2;
    static constexpr qint64 finishedAfterSecs = 5;

    QString taskId;
    QString bcId;
    QString downloadType;  // INVOICE_LIST, INVOICE_BATCH, BILLING_REPORT
    QString invoiceId;     // for INVOICE_BATCH of one invoice
    QJsonObject filtering; // as the request gave it
    qint64 createTime = 0;
    bool fails = false;   // ends FAILED instead of SUCCEED
    QString errorMessage; // for a failing task

    [[nodiscard]] QString statusAt(qint64 now) const;
    [[nodiscard]] qint64 updateTimeAt(qint64 now) const;
    // Empty unless SUCCEED.
    [[nodiscard]] QString downloadUrlAt(qint64 now) const;
};

} // namespace bc::emulator
