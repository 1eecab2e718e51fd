#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc::domain {

// An invoice download task (§3.19): /bc/invoice/task/create/ answers its task_id,
// /bc/invoice/task/get/ its status, download_url and error_msg (BILLING_REPORT tasks), and
// /bc/invoice/task/list/ lists INVOICE_LIST and INVOICE_BATCH tasks.
struct InvoiceTask
{
    QString taskId;
    QString bcId;
    QString status;       // FAILED, CREATED, RUNNING, SUCCEED, POLLING
    QString downloadType; // INVOICE_LIST, INVOICE_BATCH, BILLING_REPORT
    QString downloadUrl;  // a signed link that needs no token: never logged
    QString errorMsg;
    QDateTime createTime;
    QDateTime updateTime;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const InvoiceTask &, const InvoiceTask &) = default;
};

} // namespace bc::domain
