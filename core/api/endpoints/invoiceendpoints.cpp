#include "core/api/endpoints/invoiceendpoints.h"

#include "core/api/decoders/billingreportdecoder.h"
#include "core/api/decoders/billingreportlinedecoder.h"
#include "core/api/decoders/downloadedfiledecoder.h"
#include "core/api/decoders/invoicedecoder.h"
#include "core/api/decoders/invoicetaskdecoder.h"
#include "core/api/decoders/unpaidinvoicesummarydecoder.h"
#include "core/api/requestfields.h"

#include <QFile>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::putIfSet;
using fields::putTime;
using fields::timeText;

namespace {

[[nodiscard]] bool startsWithPdfMagic(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == QByteArrayLiteral("%PDF-");
}

} // namespace

ApiRequest InvoiceEndpoints::listRequest(const InvoiceQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/invoice/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    const QStringList types = query.invoiceTypes.isEmpty()
                                      ? QStringList{u"RECON"_s, u"CREDIT"_s, u"AUTO_PAY"_s}
                                      : query.invoiceTypes;
    request.addJsonQuery(u"invoice_types"_s, QJsonArray::fromStringList(types));
    if (!query.invoiceId.isEmpty())
        request.addQuery(u"invoice_id"_s, query.invoiceId);
    if (!query.invoiceTitle.isEmpty())
        request.addQuery(u"invoice_title"_s, query.invoiceTitle);
    if (!query.payStatuses.isEmpty())
        request.addJsonQuery(u"pay_statuses"_s, QJsonArray::fromStringList(query.payStatuses));
    if (query.startTime.isValid())
        request.addQuery(u"start_time"_s, timeText(query.startTime));
    if (query.endTime.isValid())
        request.addQuery(u"end_time"_s, timeText(query.endTime));
    return request;
}

ApiRequest InvoiceEndpoints::unpaidRequest(const UnpaidInvoiceQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/invoice/unpaid/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"invoice_type"_s,
                     query.invoiceType.isEmpty() ? u"RECON"_s : query.invoiceType);
    return request;
}

ApiRequest InvoiceEndpoints::downloadRequest(const InvoiceDownload &download)
{
    ApiRequest request = ApiRequest::get(u"bc/invoice/download/"_s);
    request.addQuery(u"bc_id"_s, download.bcId);
    request.addQuery(u"invoice_id"_s, download.invoiceId);
    request.downloadPath = download.path;
    return request;
}

ApiRequest InvoiceEndpoints::createTaskRequest(const InvoiceTaskCreation &creation)
{
    QJsonObject body{{u"bc_id"_s, creation.bcId}, {u"download_type"_s, creation.downloadType}};
    putIfSet(body, u"invoice_id"_s, creation.invoiceId);
    const InvoiceTaskFilter &filter = creation.filtering;
    QJsonObject filtering;
    putIfSet(filtering, u"invoice_title"_s, filter.invoiceTitle);
    putIfSet(filtering, u"serial_number"_s, filter.serialNumber);
    putIfSet(filtering, u"billing_group_id"_s, filter.billingGroupId);
    putIfSet(filtering, u"pay_statuses"_s, filter.payStatuses);
    putTime(filtering, u"start_time"_s, filter.startTime);
    putTime(filtering, u"end_time"_s, filter.endTime);
    putIfSet(filtering, u"campaign_id"_s, filter.campaignId);
    if (!filtering.isEmpty())
        body.insert(u"filtering"_s, filtering);
    return ApiRequest::post(u"bc/invoice/task/create/"_s, body);
}

ApiRequest InvoiceEndpoints::taskRequest(const InvoiceTaskQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/invoice/task/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"task_id"_s, query.taskId);
    return request;
}

ApiRequest InvoiceEndpoints::taskListRequest(const QString &bcId)
{
    ApiRequest request = ApiRequest::get(u"bc/invoice/task/list/"_s);
    request.addQuery(u"bc_id"_s, bcId);
    return request;
}

ApiRequest InvoiceEndpoints::billingReportRequest(const BillingReportQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/invoice/billing_report/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"start_date"_s, query.startDate.toString(Qt::ISODate));
    request.addQuery(u"end_date"_s, query.endDate.toString(Qt::ISODate));
    if (!query.billingGroupId.isEmpty())
        request.addQuery(u"billing_group_id"_s, query.billingGroupId);
    return request;
}

std::optional<ApiRequest> InvoiceEndpoints::taskFileRequest(const Environment &environment,
                                                            const InvoiceTaskFileDownload &download)
{
    // The client resolves paths below <base>/v1.3/ only, so a link elsewhere cannot be sent (and
    // must not get the Access-Token header the client adds).
    const QUrl url(download.downloadUrl, QUrl::StrictMode);
    const QUrl root = environment.endpointUrl({});
    if (!url.isValid() || url.scheme() != root.scheme() || url.host() != root.host()
        || url.port(url.scheme() == "https"_L1 ? 443 : 80)
                   != root.port(root.scheme() == "https"_L1 ? 443 : 80)
        || !url.path().startsWith(root.path()) || !url.fragment().isEmpty())
        return std::nullopt;
    ApiRequest request = ApiRequest::get(url.path().mid(root.path().size()));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        request.addQuery(key, value);
    request.downloadPath = download.path;
    return request;
}

ListFetch *InvoiceEndpoints::list(const InvoiceQuery &query, QObject *context,
                                  ResultHandler<QList<domain::Invoice>> done,
                                  RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    return fetchAllTyped<InvoiceDecoder>(m_client, request, listSpec(), context, std::move(done));
}

ApiCall *InvoiceEndpoints::unpaid(const UnpaidInvoiceQuery &query, QObject *context,
                                  ResultHandler<domain::UnpaidInvoiceSummary> done)
{
    return sendTyped<domain::UnpaidInvoiceSummary>(m_client, unpaidRequest(query), context,
                                                   &UnpaidInvoiceSummaryDecoder::decode,
                                                   std::move(done));
}

ApiCall *InvoiceEndpoints::download(const InvoiceDownload &download, QObject *context,
                                    ResultHandler<DownloadedFile> done, RequestPriority priority)
{
    ApiRequest request = downloadRequest(download);
    request.priority = priority;
    ApiCall *call = m_client.send(request);
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done)] {
        if (!call->result().ok()) {
            done(call->result().error());
            return;
        }
        const Envelope &envelope = call->result().value();
        const DownloadedFile file = DownloadedFileDecoder::decode(envelope.data);
        // A gateway may answer 200 with something else than JSON or HTML: never keep that as
        // the invoice.
        if (!startsWithPdfMagic(file.path)) {
            QFile::remove(file.path);
            done(ApiError{ApiError::Kind::Parse, 0,
                          tr("The invoice download is not a PDF (%1).").arg(file.contentType),
                          envelope.requestId, envelope.httpStatus});
            return;
        }
        done(file);
    });
    QObject::connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    return call;
}

ApiCall *InvoiceEndpoints::createTask(const InvoiceTaskCreation &creation, QObject *context,
                                      ResultHandler<domain::InvoiceTask> done)
{
    return sendTyped<domain::InvoiceTask>(
            m_client, createTaskRequest(creation), context,
            [creation](const QJsonObject &data) {
                domain::InvoiceTask task = InvoiceTaskDecoder::decode(data);
                if (task.bcId.isEmpty())
                    task.bcId = creation.bcId;
                if (task.downloadType.isEmpty())
                    task.downloadType = creation.downloadType;
                return task;
            },
            std::move(done));
}

ApiCall *InvoiceEndpoints::task(const InvoiceTaskQuery &query, QObject *context,
                                ResultHandler<domain::InvoiceTask> done)
{
    return sendTyped<domain::InvoiceTask>(
            m_client, taskRequest(query), context,
            [query](const QJsonObject &data) {
                // The answer has no ids: they are the ones asked for.
                domain::InvoiceTask task = InvoiceTaskDecoder::decode(data);
                if (task.taskId.isEmpty())
                    task.taskId = query.taskId;
                if (task.bcId.isEmpty())
                    task.bcId = query.bcId;
                return task;
            },
            std::move(done));
}

ListFetch *InvoiceEndpoints::tasks(const QString &bcId, QObject *context,
                                   ResultHandler<QList<domain::InvoiceTask>> done,
                                   RequestPriority priority)
{
    ApiRequest request = taskListRequest(bcId);
    request.priority = priority;
    return fetchAllTyped<InvoiceTaskDecoder>(m_client, request, listSpec(), context,
                                             std::move(done));
}

ApiCall *InvoiceEndpoints::billingReport(const BillingReportQuery &query, QObject *context,
                                         ResultHandler<domain::BillingReport> done,
                                         RequestPriority priority)
{
    ApiRequest first = billingReportRequest(query);
    first.priority = priority;
    first.setQuery(u"page"_s, u"1"_s);
    first.setQuery(u"page_size"_s, QString::number(maxPageSize));
    ApiClient *client = &m_client;
    QPointer<QObject> guard(context);
    return sendTyped<domain::BillingReport>(
            m_client, first, context, &BillingReportDecoder::decode,
            [client, guard, query, priority,
             done = std::move(done)](const Result<domain::BillingReport> &firstPage) {
                if (!firstPage.ok()) {
                    done(firstPage);
                    return;
                }
                const std::optional<PageInfo> pages = readPageInfo(firstPage.value().raw);
                if (!pages || pages->totalPage <= 1 || !guard) {
                    done(firstPage);
                    return;
                }
                // More lines than one page: read them all, keep the first page's totals.
                ApiRequest rest = billingReportRequest(query);
                rest.priority = priority;
                fetchAllTyped<BillingReportLineDecoder>(
                        *client, rest, listSpec(), guard,
                        [report = firstPage.value(),
                         done](const Result<QList<domain::BillingReportLine>> &lines) mutable {
                            if (!lines.ok()) {
                                done(lines.error());
                                return;
                            }
                            report.lines = lines.value();
                            done(report);
                        });
            });
}

ApiCall *InvoiceEndpoints::downloadTaskFile(const InvoiceTaskFileDownload &download,
                                            QObject *context, ResultHandler<DownloadedFile> done)
{
    const std::optional<ApiRequest> request = taskFileRequest(m_client.environment(), download);
    if (!request) {
        const ApiError error{ApiError::Kind::Validation,
                             0,
                             tr("The task's download link is not on this environment's API host."),
                             {},
                             0};
        QMetaObject::invokeMethod(
                context, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
        return nullptr;
    }
    return sendTyped<DownloadedFile>(m_client, *request, context, &DownloadedFileDecoder::decode,
                                     std::move(done));
}

} // namespace bc::api
