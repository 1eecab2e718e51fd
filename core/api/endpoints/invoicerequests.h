#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The parameters of the invoice endpoints (reference §3.19), one plain value type per request.
namespace bc::api {

// GET /bc/invoice/get/
struct InvoiceQuery
{
    QString bcId;
    // RECON, CREDIT, AUTO_PAY. TS marks the list required: empty asks for all three.
    QStringList invoiceTypes;
    QString invoiceId;
    QString invoiceTitle;
    QStringList payStatuses; // UNPAID, PAID, PARTIAL_PAID, NO_NEED
    QDateTime startTime;     // on send_date, sent as UTC "yyyy-MM-dd HH:mm:ss"
    QDateTime endTime;
};

// GET /bc/invoice/unpaid/get/
struct UnpaidInvoiceQuery
{
    QString bcId;
    QString invoiceType; // only RECON is documented (Y); RECON when empty
};

// GET /bc/invoice/download/: the PDF goes to `path`.
struct InvoiceDownload
{
    QString bcId;
    QString invoiceId;
    QString path;
};

// The `filtering` of POST /bc/invoice/task/create/.
struct InvoiceTaskFilter
{
    QString invoiceTitle;
    QString serialNumber;
    QString billingGroupId;
    QStringList payStatuses;
    QDateTime startTime; // sent as UTC "yyyy-MM-dd HH:mm:ss"
    QDateTime endTime;
    QString campaignId;
};

// POST /bc/invoice/task/create/
struct InvoiceTaskCreation
{
    QString bcId;
    QString downloadType; // INVOICE_LIST, INVOICE_BATCH, BILLING_REPORT
    QString invoiceId;    // one invoice for INVOICE_BATCH
    InvoiceTaskFilter filtering;
};

// GET /bc/invoice/task/get/ (BILLING_REPORT tasks)
struct InvoiceTaskQuery
{
    QString bcId;
    QString taskId;
};

// GET /bc/invoice/billing_report/get/: no published contract; the emulator's invented one.
struct BillingReportQuery
{
    QString bcId;
    QDate startDate; // inclusive, at most 90 days apart
    QDate endDate;
    QString billingGroupId;
};

// A task's signed download_url (no token needed) and where its file goes.
struct InvoiceTaskFileDownload
{
    QString downloadUrl;
    QString path;
};

} // namespace bc::api
