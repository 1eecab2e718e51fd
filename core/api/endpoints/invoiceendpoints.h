#pragma once

#include "core/api/downloadedfile.h"
#include "core/api/endpoints/invoicerequests.h"
#include "core/api/environment.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/billingreport.h"
#include "core/domain/invoice.h"
#include "core/domain/invoicetask.h"
#include "core/domain/unpaidinvoicesummary.h"

#include <QCoreApplication>

#include <optional>

namespace bc::api {

// Invoices, their download tasks and the billing report of a Business Center (reference §3.19).
// Every endpoint needs a finance role (MANAGER or ANALYST) in the BC. Each xxxRequest() builds the
// exact request (tested without a network); each call sends it through the client.
class InvoiceEndpoints final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceEndpoints)

public:
    explicit InvoiceEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // /bc/invoice/* publish no maximum (§1.5): 50, like the other BC lists.
    static constexpr int maxPageSize = 50;
    [[nodiscard]] static ListSpec listSpec() { return {QStringLiteral("list"), maxPageSize}; }

    [[nodiscard]] static ApiRequest listRequest(const InvoiceQuery &query);
    [[nodiscard]] static ApiRequest unpaidRequest(const UnpaidInvoiceQuery &query);
    [[nodiscard]] static ApiRequest downloadRequest(const InvoiceDownload &download);
    [[nodiscard]] static ApiRequest createTaskRequest(const InvoiceTaskCreation &creation);
    [[nodiscard]] static ApiRequest taskRequest(const InvoiceTaskQuery &query);
    [[nodiscard]] static ApiRequest taskListRequest(const QString &bcId);
    [[nodiscard]] static ApiRequest billingReportRequest(const BillingReportQuery &query);
    // The task's download_url as a request, when it points into `environment`'s API root (the
    // client only sends paths below it); nothing otherwise.
    [[nodiscard]] static std::optional<ApiRequest>
    taskFileRequest(const Environment &environment, const InvoiceTaskFileDownload &download);

    ListFetch *list(const InvoiceQuery &query, QObject *context,
                    ResultHandler<QList<domain::Invoice>> done,
                    RequestPriority priority = RequestPriority::Normal);
    ApiCall *unpaid(const UnpaidInvoiceQuery &query, QObject *context,
                    ResultHandler<domain::UnpaidInvoiceSummary> done);
    // The invoice's PDF, saved to download.path. An answer that is not a PDF is an error and
    // leaves no file. The call's downloadProgress() reports the bytes as they are written.
    ApiCall *download(const InvoiceDownload &download, QObject *context,
                      ResultHandler<DownloadedFile> done,
                      RequestPriority priority = RequestPriority::Normal);
    // Answers the new task with its task_id (and the bc_id and download_type asked for).
    ApiCall *createTask(const InvoiceTaskCreation &creation, QObject *context,
                        ResultHandler<domain::InvoiceTask> done);
    ApiCall *task(const InvoiceTaskQuery &query, QObject *context,
                  ResultHandler<domain::InvoiceTask> done);
    ListFetch *tasks(const QString &bcId, QObject *context,
                     ResultHandler<QList<domain::InvoiceTask>> done,
                     RequestPriority priority = RequestPriority::Normal);
    // The whole report: dates and totals from the first page, lines from every page.
    ApiCall *billingReport(const BillingReportQuery &query, QObject *context,
                           ResultHandler<domain::BillingReport> done,
                           RequestPriority priority = RequestPriority::Normal);
    // A finished task's file (CSV, zip). Returns nullptr, and reports an error to `done`, when
    // the link is not on this environment's API host.
    ApiCall *downloadTaskFile(const InvoiceTaskFileDownload &download, QObject *context,
                              ResultHandler<DownloadedFile> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
