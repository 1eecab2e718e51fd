#include "invoicehandlers.h"

#include "invoicecontract.h"
#include "invoicedata.h"
#include "invoicefiles.h"
#include "invoiceinput.h"
#include "worldreplies.h"

#include "emulator/bodyreader.h"
#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/paramreader.h"
#include "emulator/returncode.h"
#include "emulator/world.h"
#include "emulator/world/worldtime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

EmulatorReply fileReply(QByteArray body, QByteArray contentType, const QString &fileName)
{
    EmulatorReply reply = EmulatorReply::raw(std::move(body), std::move(contentType));
    reply.extraHeaders.append({QByteArrayLiteral("Content-Disposition"),
                               "attachment; filename=\"" + fileName.toUtf8() + '"'});
    return reply;
}

EmulatorReply noPdfRenderer()
{
    return EmulatorReply::error(
            ReturnCode::SystemError,
            u"System error: PDF rendering needs a QGuiApplication, and this process has none."_s);
}

// The download link is signed like TikTok's CDN links, so it works without an Access-Token.
QString taskSignature(const World &world, const InvoiceTask &task)
{
    const QByteArray material =
            (world.app().secret + u'|' + task.bcId + u'|' + task.taskId).toUtf8();
    return QString::fromLatin1(
            QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(32));
}

// On the emulator itself, at the host the client used to reach it.
QJsonValue taskDownloadUrl(const World &world, const EmulatorRequest &request,
                           const InvoiceTask &task, const TaskState &state)
{
    if (state.status != u"SUCCEED"_s)
        return QJsonValue::Null;
    QByteArray host = request.header(QByteArrayLiteral("host"));
    if (host.isEmpty())
        host = QByteArrayLiteral("127.0.0.1");
    QUrlQuery query;
    query.addQueryItem(u"bc_id"_s, task.bcId);
    query.addQueryItem(u"task_id"_s, task.taskId);
    query.addQueryItem(u"sign"_s, taskSignature(world, task));
    return QString(u"http://"_s + QString::fromLatin1(host) + u"/open_api/v1.3/"_s
                   + QLatin1StringView(InvoiceContract::taskFileEndpoint) + u'?'
                   + query.toString(QUrl::FullyEncoded));
}

QJsonValue errorOrNull(const TaskState &state)
{
    return state.status == u"FAILED"_s ? QJsonValue(state.errorMessage)
                                       : QJsonValue(QJsonValue::Null);
}

// Rows at index % 5 == 2 carry task_id as a JSON number (deterministic per row).
QJsonValue idJson(const QString &id, bool asNumber)
{
    return asNumber ? QJsonValue(id.toLongLong()) : QJsonValue(id);
}

} // namespace

EmulatorReply handleBcInvoiceGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    InvoiceFilter filter;
    if (InvoiceContract::invoiceTypesRequired && !request.hasQueryValue(u"invoice_types"_s))
        params.fail(u"invoice_types: is required."_s);
    filter.invoiceTypes = InvoiceInput::stringArray(params, request, u"invoice_types"_s,
                                                    InvoiceContract::invoiceTypes);
    filter.payStatuses = InvoiceInput::stringArray(params, request, u"pay_statuses"_s,
                                                   InvoiceContract::payStatuses);
    filter.invoiceId = params.id(u"invoice_id"_s);
    filter.invoiceTitle = params.string(u"invoice_title"_s);
    filter.startSecs = InvoiceInput::time(params, request, u"start_time"_s);
    filter.endSecs = InvoiceInput::time(params, request, u"end_time"_s);
    if (filter.startSecs >= 0 && filter.endSecs >= 0 && filter.endSecs < filter.startSecs)
        params.fail(u"end_time: must not be before start_time."_s);
    const qint64 page = params.page();
    const qint64 pageSize =
            params.pageSize(InvoiceContract::maxPageSize, InvoiceContract::defaultPageSize);
    if (params.hasError())
        return params.errorReply();

    EmulatorReply refusal;
    const GeneratedBusinessCenter *bc =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!bc)
        return refusal;

    const QList<const Invoice *> matches = selectInvoices(*bc, filter);
    return EmulatorReply::success(pagedList(matches, page, pageSize, [&](const Invoice *invoice) {
        return invoiceJson(*invoice, invoice - bc->invoices.constData());
    }));
}

EmulatorReply handleBcInvoiceUnpaidGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString invoiceType = params.enumeration(
            u"invoice_type"_s, InvoiceContract::unpaidInvoiceTypes, {}, Need::Required);
    if (params.hasError())
        return params.errorReply();

    EmulatorReply refusal;
    const GeneratedBusinessCenter *bc =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!bc)
        return refusal;
    const QJsonObject result{{u"currency_code"_s, bc->currency},
                             {u"amount"_s, Money::toJson(world.unpaidAmount(bcId, invoiceType))}};
    return EmulatorReply::success({{u"result"_s, result}});
}

EmulatorReply handleBcInvoiceDownload(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString invoiceId = params.id(u"invoice_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();

    EmulatorReply refusal;
    const GeneratedBusinessCenter *bc =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!bc)
        return refusal;
    const Invoice *invoice = world.findInvoice(bcId, invoiceId);
    if (!invoice)
        return EmulatorReply::error(ReturnCode::ObjectNotFound,
                                    u"Invoice does not exist: "_s + invoiceId);
    // A deleted invoice is still listed, but it has no file any more.
    if (invoice->status == u"DELETED"_s)
        return EmulatorReply::error(ReturnCode::ObjectNotFound,
                                    u"Invoice has been deleted: "_s + invoiceId);
    if (!InvoiceFiles::canRenderPdf())
        return noPdfRenderer();
    return fileReply(InvoiceFiles::invoicePdf(*bc, *invoice), QByteArrayLiteral("application/pdf"),
                     InvoiceFiles::pdfFileName(*invoice));
}

EmulatorReply handleBcInvoiceTaskCreate(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString bcId = body.id(u"bc_id"_s, Need::Required);
    const QString downloadType =
            body.enumeration(u"download_type"_s, InvoiceContract::downloadTypes, Need::Required);
    const QString invoiceId = body.id(u"invoice_id"_s, Need::Optional);
    const QJsonObject filtering = body.object(u"filtering"_s, Need::Optional);
    const QString path = u"filtering"_s;
    // Text filters: when given, not empty.
    for (const QString &key : {u"invoice_title"_s, u"serial_number"_s}) {
        if (BodyReader::has(filtering, key))
            body.string(filtering, path, key, Need::Required);
    }
    const QString billingGroupId = body.id(filtering, path, u"billing_group_id"_s, Need::Optional);
    body.enumerationList(filtering, path, u"pay_statuses"_s, InvoiceContract::payStatuses,
                         Need::Optional, 1, BodyReader::noMaxCount);
    const qint64 start = body.time(filtering, path, u"start_time"_s);
    const qint64 end = body.time(filtering, path, u"end_time"_s);
    if (start >= 0 && end >= 0 && end < start)
        body.fail(u"filtering.end_time: must not be before filtering.start_time."_s);
    // Accepted, but the world has no campaigns: it selects nothing differently.
    body.id(filtering, path, u"campaign_id"_s, Need::Optional);
    if (body.hasError())
        return body.errorReply();

    EmulatorReply refusal;
    if (!financeReadableBusinessCenter(world, request, bcId, &refusal))
        return refusal;
    if (!billingGroupId.isEmpty() && !world.findBillingGroup(bcId, billingGroupId))
        return EmulatorReply::error(ReturnCode::ObjectNotFound,
                                    u"Billing group does not exist: "_s + billingGroupId);
    const WorldResult<QString> created = world.createInvoiceTask(
            request.accessToken(), bcId, downloadType, invoiceId, filtering);
    if (!created.ok())
        return worldErrorReply(created.error);
    return EmulatorReply::success({{u"task_id"_s, created.value}});
}

EmulatorReply handleBcInvoiceTaskGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString taskId = params.id(u"task_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();

    EmulatorReply refusal;
    if (!financeReadableBusinessCenter(world, request, bcId, &refusal))
        return refusal;
    const InvoiceTask *task = world.findInvoiceTask(bcId, taskId);
    if (!task)
        return EmulatorReply::error(ReturnCode::ObjectNotFound,
                                    u"Task does not exist: "_s + taskId);
    if (!InvoiceContract::taskGetTypes.contains(task->downloadType)) {
        return EmulatorReply::error(
                ReturnCode::ParameterError,
                u"task_id: not a BILLING_REPORT task; INVOICE_LIST and INVOICE_BATCH tasks are read with /bc/invoice/task/list/."_s);
    }
    const qint64 now = world.nowSecs();
    const TaskState state = taskState(world, *task, now);
    QJsonObject data{{u"status"_s, state.status},
                     {u"download_url"_s, taskDownloadUrl(world, request, *task, state)},
                     {u"error_msg"_s, errorOrNull(state)}};
    // Not in any source: clients must ignore fields they do not know.
    data.insert(u"progress"_s, state.status == u"CREATED"_s   ? 0
                               : state.status == u"RUNNING"_s ? 50
                                                              : 100);
    return EmulatorReply::success(data);
}

EmulatorReply handleBcInvoiceTaskList(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const qint64 page = params.page();
    const qint64 pageSize =
            params.pageSize(InvoiceContract::maxPageSize, InvoiceContract::defaultPageSize);
    if (params.hasError())
        return params.errorReply();

    EmulatorReply refusal;
    const GeneratedBusinessCenter *bc =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!bc)
        return refusal;
    QList<const InvoiceTask *> tasks;
    for (auto it = bc->invoiceTasks.crbegin(); it != bc->invoiceTasks.crend(); ++it) {
        if (InvoiceContract::taskListTypes.contains(it->downloadType))
            tasks.append(&*it);
    }
    // Newest first by create_time; among equal times the later-created one first.
    std::stable_sort(tasks.begin(), tasks.end(), [](const InvoiceTask *a, const InvoiceTask *b) {
        return a->createTime > b->createTime;
    });
    const qint64 now = world.nowSecs();
    return EmulatorReply::success(pagedList(tasks, page, pageSize, [&](const InvoiceTask *task) {
        const TaskState state = taskState(world, *task, now);
        const qsizetype index = task - bc->invoiceTasks.constData();
        return QJsonObject{
                {u"bc_id"_s, task->bcId},
                {u"task_id"_s, idJson(task->taskId, index % 5 == 2)},
                {u"status"_s, state.status},
                {u"create_time"_s, WorldTime::dateTime(task->createTime)},
                {u"update_time"_s, WorldTime::dateTime(task->updateTimeAt(now))},
                {u"download_url"_s, taskDownloadUrl(world, request, *task, state)},
                {u"download_type"_s, task->downloadType},
                // Not in any source: clients must ignore fields they do not know.
                {u"file_format"_s, task->downloadType == u"INVOICE_BATCH"_s ? u"ZIP"_s : u"CSV"_s},
        };
    }));
}

EmulatorReply handleBcInvoiceTaskFile(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString taskId = params.id(u"task_id"_s, Need::Required);
    const QString sign = params.string(u"sign"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();

    const InvoiceTask *task = world.findInvoiceTask(bcId, taskId);
    const GeneratedBusinessCenter *bc = world.findBusinessCenter(bcId);
    if (!task || !bc || sign != taskSignature(world, *task))
        return EmulatorReply::error(ReturnCode::NoPermission,
                                    u"The download link is invalid: "_s + taskId);
    const TaskState state = taskState(world, *task, world.nowSecs());
    if (state.status == u"FAILED"_s)
        return EmulatorReply::error(40200, u"Task failed: "_s + state.errorMessage);
    if (state.status != u"SUCCEED"_s)
        return EmulatorReply::error(ReturnCode::TaskNotReady, u"Task not ready: "_s + state.status);

    if (task->downloadType == u"BILLING_REPORT"_s) {
        return fileReply(InvoiceFiles::billingReportCsv(world, *bc, *task),
                         QByteArrayLiteral("text/csv; charset=utf-8"), taskId + u".csv"_s);
    }
    const QList<const Invoice *> invoices = selectInvoices(*bc, InvoiceFilter::fromTask(*task));
    if (task->downloadType == u"INVOICE_LIST"_s) {
        return fileReply(InvoiceFiles::invoiceListCsv(invoices),
                         QByteArrayLiteral("text/csv; charset=utf-8"), taskId + u".csv"_s);
    }
    if (!InvoiceFiles::canRenderPdf())
        return noPdfRenderer();
    QList<QPair<QString, QByteArray>> entries;
    for (const Invoice *invoice : invoices) {
        if (invoice->status != u"DELETED"_s)
            entries.append(
                    {InvoiceFiles::pdfFileName(*invoice), InvoiceFiles::invoicePdf(*bc, *invoice)});
    }
    const QByteArray archive = InvoiceFiles::zip(entries, task->updateTimeAt(world.nowSecs()));
    if (archive.isEmpty())
        return EmulatorReply::error(ReturnCode::SystemError,
                                    u"System error: cannot write the zip."_s);
    return fileReply(archive, QByteArrayLiteral("application/zip"), taskId + u".zip"_s);
}

EmulatorReply handleBcInvoiceBillingReportGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    qint64 dates[2] = {-1, -1};
    const QString names[2] = {u"start_date"_s, u"end_date"_s};
    for (int i = 0; i < 2; ++i) {
        const QString text = request.queryValue(names[i]);
        if (!request.hasQueryValue(names[i]))
            params.fail(names[i] + u": is required."_s);
        else if (text.size() != 10 || (dates[i] = WorldTime::parse(text)) < 0)
            params.fail(names[i] + u": must be a date \"YYYY-MM-DD\"."_s);
    }
    if (dates[0] >= 0 && dates[1] >= 0) {
        if (dates[1] < dates[0])
            params.fail(u"end_date: must not be before start_date."_s);
        else if ((dates[1] - dates[0]) / WorldTime::secondsPerDay + 1
                 > InvoiceContract::billingReportMaxDays)
            params.fail(u"end_date: the range must not be longer than "_s
                        + QString::number(InvoiceContract::billingReportMaxDays) + u" days."_s);
    }
    const QString billingGroupId = params.id(u"billing_group_id"_s);
    const qint64 page = params.page();
    const qint64 pageSize =
            params.pageSize(InvoiceContract::maxPageSize, InvoiceContract::defaultPageSize);
    if (params.hasError())
        return params.errorReply();

    EmulatorReply refusal;
    const GeneratedBusinessCenter *bc =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!bc)
        return refusal;
    if (!billingGroupId.isEmpty() && !world.findBillingGroup(bcId, billingGroupId))
        return EmulatorReply::error(ReturnCode::ObjectNotFound,
                                    u"Billing group does not exist: "_s + billingGroupId);

    const qint64 to = dates[1] + WorldTime::secondsPerDay - 1;
    const QList<BillingReportRow> rows = billingReport(world, *bc, billingGroupId, dates[0], to);
    // Totals per currency: ad accounts shared into the BC may bill in another currency.
    QMap<QString, DailyCost> totals;
    for (const BillingReportRow &row : rows)
        totals[row.currency] += row.cost;
    QJsonArray summary;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        summary.append(QJsonObject{{u"currency"_s, it.key()},
                                   {u"cash_amount"_s, Money::toJson(it->cashAmount)},
                                   {u"grant_amount"_s, Money::toJson(it->grantAmount)},
                                   {u"tax_amount"_s, Money::toJson(it->taxAmount)},
                                   {u"total_amount"_s, Money::toJson(it->amount())}});
    }
    QJsonObject data = pagedList(rows, page, pageSize, [](const BillingReportRow &row) {
        return QJsonObject{
                {u"advertiser_id"_s, row.advertiserId},
                {u"advertiser_name"_s, row.advertiserName},
                {u"billing_group_id"_s,
                 row.billingGroupId.isEmpty() ? QJsonValue() : QJsonValue(row.billingGroupId)},
                {u"currency"_s, row.currency},
                {u"cash_amount"_s, Money::toJson(row.cost.cashAmount)},
                {u"grant_amount"_s, Money::toJson(row.cost.grantAmount)},
                {u"tax_amount"_s, Money::toJson(row.cost.taxAmount)},
                {u"total_amount"_s, Money::toJson(row.cost.amount())},
        };
    });
    data.insert(u"start_date"_s, WorldTime::date(dates[0]));
    data.insert(u"end_date"_s, WorldTime::date(dates[1]));
    data.insert(u"summary"_s, summary);
    return EmulatorReply::success(data);
}

} // namespace bc::emulator
