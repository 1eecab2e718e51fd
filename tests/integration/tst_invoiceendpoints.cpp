// The invoice endpoints (reference §3.19, plus the emulator's invented billing report) against the
// in-process emulator: each request's encoding, each answer's decoding, one success and one
// documented error per endpoint, paging past one page, tasks moving through their states on the
// emulator's clock, and the files they produce. QTEST_MAIN: the emulator renders invoice PDFs
// with QPdfWriter, which needs a QGuiApplication.
#include "core/api/endpoints/invoiceendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::DownloadedFile;
using bc::api::InvoiceEndpoints;
using bc::domain::BillingReport;
using bc::domain::Invoice;
using bc::domain::InvoiceTask;
using bc::domain::UnpaidInvoiceSummary;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-invoice-token"_s;
const QString kFirstBc = u"7093123456789012345"_s; // ADMIN and finance MANAGER there

bc::api::InvoiceQuery invoicesOf(const QString &bcId)
{
    bc::api::InvoiceQuery query;
    query.bcId = bcId;
    return query;
}

QByteArray fileStart(const QString &path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

} // namespace

class TestInvoiceEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void requestsAreEncodedAsDocumented();
    void taskFileRequestKeepsTheSignedLink();
    void listReturnsEveryInvoiceAcrossPages();
    void listFiltersByPayStatusAndType();
    void listWithoutFinanceRoleIsRefused();
    void listWithEndBeforeStartIsRejected();
    void unpaidMatchesTheWorld();
    void unpaidOfAnotherTypeIsRejected();
    void downloadSavesThePdf();
    void downloadOfADeletedInvoiceLeavesNoFile();
    void billingReportTaskRunsToItsFile();
    void taskOfUnknownIdIsNotFound();
    void taskReadsOnlyBillingReportTasks();
    void createTaskWithUnknownBillingGroupIsNotFound();
    void createTaskWithoutFinanceRoleIsRefused();
    void taskListReturnsEveryTaskAcrossPages();
    void taskListWithoutFinanceRoleIsRefused();
    void taskFileWithABadSignatureLeavesNoFile();
    void taskFileOnAnotherHostIsNotSent();
    void billingReportCoversEveryAccount();
    void billingReportOfTooLongARangeIsRejected();
    void billingReportOfUnknownBillingGroupIsNotFound();

private:
    [[nodiscard]] QList<Invoice> listInvoices(const bc::api::InvoiceQuery &query);
    [[nodiscard]] InvoiceTask readTask(const QString &taskId);
    [[nodiscard]] QString createTask(const bc::api::InvoiceTaskCreation &creation);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InvoiceEndpoints> m_invoices;
    QString m_noFinanceBcId; // a BC where the user has no finance role
    std::unique_ptr<QTemporaryDir> m_dir;
    QObject m_context;
};

void TestInvoiceEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 33);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    // Frozen: task states move only when a test moves the clock.
    m_server->mutableWorld().setNow(m_server->world().now());
    m_client = emulatorClient(*m_server, kToken);
    m_invoices = std::make_unique<InvoiceEndpoints>(*m_client);

    const auto *first = m_server->world().findBusinessCenter(kFirstBc);
    QVERIFY(first);
    QCOMPARE(first->financeRole, u"MANAGER"_s);
    QVERIFY2(first->invoices.size() > InvoiceEndpoints::maxPageSize,
             "the demo BC has more than one page of invoices");
    for (const auto &center : m_server->world().businessCenters()) {
        if (center.financeRole.isEmpty()) {
            m_noFinanceBcId = center.bcId;
            break;
        }
    }
    QVERIFY2(!m_noFinanceBcId.isEmpty(), "the demo world has a BC without a finance role");
}

void TestInvoiceEndpoints::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<Invoice> TestInvoiceEndpoints::listInvoices(const bc::api::InvoiceQuery &query)
{
    AwaitedResult<QList<Invoice>> invoices;
    m_invoices->list(query, &m_context, invoices.handler());
    if (!invoices.wait() || !invoices.ok())
        return {};
    return invoices.value();
}

InvoiceTask TestInvoiceEndpoints::readTask(const QString &taskId)
{
    AwaitedResult<InvoiceTask> task;
    m_invoices->task({kFirstBc, taskId}, &m_context, task.handler());
    if (!task.wait() || !task.ok())
        return {};
    return task.value();
}

QString TestInvoiceEndpoints::createTask(const bc::api::InvoiceTaskCreation &creation)
{
    AwaitedResult<InvoiceTask> created;
    m_invoices->createTask(creation, &m_context, created.handler());
    if (!created.wait() || !created.ok())
        return {};
    return created.value().taskId;
}

void TestInvoiceEndpoints::requestsAreEncodedAsDocumented()
{
    bc::api::InvoiceQuery query;
    query.bcId = kFirstBc;
    query.payStatuses = {u"UNPAID"_s, u"PARTIAL_PAID"_s};
    query.startTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    query.invoiceTitle = u"Acme & Co+"_s;
    const ApiRequest list = InvoiceEndpoints::listRequest(query);
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/invoice/get/"_s);
    QCOMPARE(queryValue(list, u"bc_id"_s), kFirstBc);
    // invoice_types is required (TS): no types asked for means all three.
    QCOMPARE(QJsonDocument::fromJson(queryValue(list, u"invoice_types"_s).toUtf8()).array(),
             (QJsonArray{u"RECON"_s, u"CREDIT"_s, u"AUTO_PAY"_s}));
    QCOMPARE(QJsonDocument::fromJson(queryValue(list, u"pay_statuses"_s).toUtf8()).array(),
             (QJsonArray{u"UNPAID"_s, u"PARTIAL_PAID"_s}));
    QCOMPARE(queryValue(list, u"start_time"_s), u"2026-01-02 03:04:05"_s);
    QCOMPARE(queryValue(list, u"invoice_title"_s), u"Acme & Co+"_s);
    QVERIFY(list.encodedQuery().contains("invoice_title=Acme%20%26%20Co%2B"));
    QVERIFY(queryValue(list, u"end_time"_s).isEmpty());
    QVERIFY(queryValue(list, u"invoice_id"_s).isEmpty());

    const ApiRequest unpaid = InvoiceEndpoints::unpaidRequest({kFirstBc, {}});
    QCOMPARE(unpaid.path, u"bc/invoice/unpaid/get/"_s);
    QCOMPARE(queryValue(unpaid, u"invoice_type"_s), u"RECON"_s);

    const ApiRequest download =
            InvoiceEndpoints::downloadRequest({kFirstBc, u"7000000000000000042"_s, u"/x/a.pdf"_s});
    QCOMPARE(download.method, QByteArray("GET"));
    QCOMPARE(download.path, u"bc/invoice/download/"_s);
    QCOMPARE(queryValue(download, u"invoice_id"_s), u"7000000000000000042"_s);
    QCOMPARE(download.downloadPath, u"/x/a.pdf"_s);

    bc::api::InvoiceTaskCreation creation;
    creation.bcId = kFirstBc;
    creation.downloadType = u"BILLING_REPORT"_s;
    creation.filtering.billingGroupId = u"7000000000000000007"_s;
    creation.filtering.endTime = QDateTime(QDate(2026, 10, 31), QTime(23, 59, 59), Qt::UTC);
    const ApiRequest create = InvoiceEndpoints::createTaskRequest(creation);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, u"bc/invoice/task/create/"_s);
    QCOMPARE(create.body,
             (QJsonObject{
                     {u"bc_id"_s, kFirstBc},
                     {u"download_type"_s, u"BILLING_REPORT"_s},
                     {u"filtering"_s, QJsonObject{{u"billing_group_id"_s, u"7000000000000000007"_s},
                                                  {u"end_time"_s, u"2026-10-31 23:59:59"_s}}}}));
    QVERIFY(!create.isIdempotent());
    creation.filtering = {};
    QVERIFY(!InvoiceEndpoints::createTaskRequest(creation).body.contains("filtering"_L1));

    const ApiRequest task = InvoiceEndpoints::taskRequest({kFirstBc, u"7000000000000000005"_s});
    QCOMPARE(task.path, u"bc/invoice/task/get/"_s);
    QCOMPARE(queryValue(task, u"task_id"_s), u"7000000000000000005"_s);
    const ApiRequest tasks = InvoiceEndpoints::taskListRequest(kFirstBc);
    QCOMPARE(tasks.path, u"bc/invoice/task/list/"_s);
    QCOMPARE(tasks.query.size(), 1);

    const ApiRequest report = InvoiceEndpoints::billingReportRequest(
            {kFirstBc, QDate(2026, 9, 1), QDate(2026, 9, 30), {}});
    QCOMPARE(report.path, u"bc/invoice/billing_report/get/"_s);
    QCOMPARE(queryValue(report, u"start_date"_s), u"2026-09-01"_s);
    QCOMPARE(queryValue(report, u"end_date"_s), u"2026-09-30"_s);
    QVERIFY(queryValue(report, u"billing_group_id"_s).isEmpty());
}

void TestInvoiceEndpoints::taskFileRequestKeepsTheSignedLink()
{
    const auto environment =
            bc::api::Environment::custom(QUrl(u"http://127.0.0.1:8123/open_api/"_s));
    const auto request = InvoiceEndpoints::taskFileRequest(
            environment,
            {u"http://127.0.0.1:8123/open_api/v1.3/bc/invoice/task/file/?bc_id=1&task_id=2&sign=ab"_s,
             u"/x/f.csv"_s});
    QVERIFY(request);
    QCOMPARE(request->method, QByteArray("GET"));
    QCOMPARE(request->path, u"bc/invoice/task/file/"_s);
    QCOMPARE(request->query,
             (QList<QPair<QString, QString>>{
                     {u"bc_id"_s, u"1"_s}, {u"task_id"_s, u"2"_s}, {u"sign"_s, u"ab"_s}}));
    QCOMPARE(request->downloadPath, u"/x/f.csv"_s);
    QCOMPARE(environment.endpointUrl(request->path).toString(),
             u"http://127.0.0.1:8123/open_api/v1.3/bc/invoice/task/file/"_s);
    // Another host, port or API root would get the Access-Token header: refused.
    for (const QString &url :
         {u"http://example.com/open_api/v1.3/bc/invoice/task/file/?a=1"_s,
          u"http://127.0.0.1:9/open_api/v1.3/x/"_s, u"https://127.0.0.1:8123/open_api/v1.3/x/"_s,
          u"http://127.0.0.1:8123/other/v1.3/x/"_s, u"not a url"_s})
        QVERIFY2(!InvoiceEndpoints::taskFileRequest(environment, {url, {}}), qPrintable(url));
}

void TestInvoiceEndpoints::listReturnsEveryInvoiceAcrossPages()
{
    const auto &center = *m_server->world().findBusinessCenter(kFirstBc);
    AwaitedResult<QList<Invoice>> result;
    bc::api::ListFetch *fetch =
            m_invoices->list(invoicesOf(kFirstBc), &m_context, result.handler());
    QVERIFY(fetch);
    QVERIFY(result.wait());
    QVERIFY2(result.ok(), result.describe().constData());
    const QList<Invoice> &invoices = result.value();
    QCOMPARE(invoices.size(), center.invoices.size());

    QSet<QString> expected;
    for (const auto &invoice : center.invoices)
        expected.insert(invoice.invoiceId);
    QSet<QString> received;
    for (const Invoice &invoice : invoices)
        received.insert(invoice.invoiceId);
    QCOMPARE(received, expected); // digit-exact, also those sent as JSON numbers

    for (const Invoice &invoice : invoices) {
        const auto *world = m_server->world().findInvoice(kFirstBc, invoice.invoiceId);
        QVERIFY(world);
        QCOMPARE(invoice.serialNumber, world->serialNumber);
        QCOMPARE(invoice.subjectId, world->subjectId);
        QCOMPARE(invoice.payStatus, world->payStatus);
        QCOMPARE(invoice.invoiceType, world->invoiceType);
        QCOMPARE(invoice.currencyCode, world->currencyCode);
        QCOMPARE(invoice.amount.minorUnits(), world->amount);
        QCOMPARE(invoice.unpaidAmount.minorUnits(), world->unpaidAmount);
        QCOMPARE(invoice.amount.minorUnits(),
                 invoice.amountExcludingTax.minorUnits() + invoice.totalTaxAmount.minorUnits());
        QCOMPARE(invoice.sendDate.toSecsSinceEpoch(), world->sendDate);
        QCOMPARE(invoice.billingGroupId, world->billingGroupId);
    }
}

void TestInvoiceEndpoints::listFiltersByPayStatusAndType()
{
    const auto &center = *m_server->world().findBusinessCenter(kFirstBc);
    const auto expected = std::count_if(
            center.invoices.cbegin(), center.invoices.cend(), [](const auto &invoice) {
                return invoice.payStatus == u"PAID"_s && invoice.invoiceType == u"RECON"_s;
            });
    QVERIFY(expected > 0);
    bc::api::InvoiceQuery query = invoicesOf(kFirstBc);
    query.invoiceTypes = {u"RECON"_s};
    query.payStatuses = {u"PAID"_s};
    const QList<Invoice> paid = listInvoices(query);
    QCOMPARE(paid.size(), expected);
    for (const Invoice &invoice : paid) {
        QCOMPARE(invoice.payStatus, u"PAID"_s);
        QCOMPARE(invoice.invoiceType, u"RECON"_s);
        QCOMPARE(invoice.unpaidAmount.minorUnits(), 0);
    }
}

void TestInvoiceEndpoints::listWithoutFinanceRoleIsRefused()
{
    AwaitedResult<QList<Invoice>> invoices;
    m_invoices->list(invoicesOf(m_noFinanceBcId), &m_context, invoices.handler());
    QVERIFY(invoices.wait());
    QVERIFY(!invoices.ok());
    QCOMPARE(invoices.error().code, 40001);
    QCOMPARE(invoices.error().kind, ApiError::Kind::Permission);
    QVERIFY(!invoices.error().requestId.isEmpty());
}

void TestInvoiceEndpoints::listWithEndBeforeStartIsRejected()
{
    bc::api::InvoiceQuery query = invoicesOf(kFirstBc);
    query.startTime = QDateTime(QDate(2026, 5, 2), QTime(0, 0), Qt::UTC);
    query.endTime = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    AwaitedResult<QList<Invoice>> invoices;
    m_invoices->list(query, &m_context, invoices.handler());
    QVERIFY(invoices.wait());
    QVERIFY(!invoices.ok());
    QCOMPARE(invoices.error().code, 40002);
    QCOMPARE(invoices.error().kind, ApiError::Kind::Validation);
}

void TestInvoiceEndpoints::unpaidMatchesTheWorld()
{
    AwaitedResult<UnpaidInvoiceSummary> unpaid;
    m_invoices->unpaid({kFirstBc, u"RECON"_s}, &m_context, unpaid.handler());
    QVERIFY(unpaid.wait());
    QVERIFY2(unpaid.ok(), unpaid.describe().constData());
    QCOMPARE(unpaid.value().currencyCode, m_server->world().findBusinessCenter(kFirstBc)->currency);
    QVERIFY(unpaid.value().amount.isSet());
    QCOMPARE(unpaid.value().amount.minorUnits(),
             m_server->world().unpaidAmount(kFirstBc, u"RECON"_s));
}

void TestInvoiceEndpoints::unpaidOfAnotherTypeIsRejected()
{
    AwaitedResult<UnpaidInvoiceSummary> unpaid;
    m_invoices->unpaid({kFirstBc, u"CREDIT"_s}, &m_context, unpaid.handler());
    QVERIFY(unpaid.wait());
    QVERIFY(!unpaid.ok());
    QCOMPARE(unpaid.error().code, 40002);
}

void TestInvoiceEndpoints::downloadSavesThePdf()
{
    const auto &center = *m_server->world().findBusinessCenter(kFirstBc);
    const auto invoice = std::find_if(center.invoices.cbegin(), center.invoices.cend(),
                                      [](const auto &i) { return i.status != u"DELETED"_s; });
    QVERIFY(invoice != center.invoices.cend());
    const QString path = m_dir->filePath(u"invoices/one.pdf"_s);
    AwaitedResult<DownloadedFile> file;
    m_invoices->download({kFirstBc, invoice->invoiceId, path}, &m_context, file.handler());
    QVERIFY(file.wait());
    QVERIFY2(file.ok(), file.describe().constData());
    QCOMPARE(file.value().path, path);
    QCOMPARE(file.value().fileName, invoice->serialNumber + u".pdf"_s);
    QVERIFY(file.value().contentType.startsWith(u"application/pdf"_s));
    QCOMPARE(file.value().bytes, QFileInfo(path).size());
    QVERIFY(file.value().bytes > 100);
    QCOMPARE(fileStart(path, 5), QByteArray("%PDF-"));
}

void TestInvoiceEndpoints::downloadOfADeletedInvoiceLeavesNoFile()
{
    const auto &center = *m_server->world().findBusinessCenter(kFirstBc);
    const auto deleted = std::find_if(center.invoices.cbegin(), center.invoices.cend(),
                                      [](const auto &i) { return i.status == u"DELETED"_s; });
    // A deleted invoice if the world has one, else an id that is no invoice: both are 40007.
    const QString invoiceId =
            deleted != center.invoices.cend() ? deleted->invoiceId : u"7999999999999999990"_s;
    const QString path = m_dir->filePath(u"gone.pdf"_s);
    AwaitedResult<DownloadedFile> file;
    m_invoices->download({kFirstBc, invoiceId, path}, &m_context, file.handler());
    QVERIFY(file.wait());
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, 40007);
    QCOMPARE(file.error().kind, ApiError::Kind::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestInvoiceEndpoints::billingReportTaskRunsToItsFile()
{
    bc::api::InvoiceTaskCreation creation;
    creation.bcId = kFirstBc;
    creation.downloadType = u"BILLING_REPORT"_s;
    AwaitedResult<InvoiceTask> created;
    m_invoices->createTask(creation, &m_context, created.handler());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), created.describe().constData());
    const QString taskId = created.value().taskId;
    QVERIFY(taskId.size() >= 15);
    QCOMPARE(created.value().bcId, kFirstBc);
    QCOMPARE(created.value().downloadType, u"BILLING_REPORT"_s);
    const auto *stored = m_server->world().findInvoiceTask(kFirstBc, taskId);
    QVERIFY(stored);
    QCOMPARE(stored->downloadType, u"BILLING_REPORT"_s);

    InvoiceTask task = readTask(taskId);
    QCOMPARE(task.taskId, taskId);
    QCOMPARE(task.status, u"CREATED"_s);
    QVERIFY(task.downloadUrl.isEmpty());
    m_server->mutableWorld().advanceClock(3);
    QCOMPARE(readTask(taskId).status, u"RUNNING"_s);
    m_server->mutableWorld().advanceClock(3);
    task = readTask(taskId);
    QCOMPARE(task.status, u"SUCCEED"_s);
    QVERIFY(task.downloadUrl.startsWith(m_server->baseUrl().toString()));

    const QString path = m_dir->filePath(u"report.csv"_s);
    AwaitedResult<DownloadedFile> file;
    QVERIFY(m_invoices->downloadTaskFile({task.downloadUrl, path}, &m_context, file.handler()));
    QVERIFY(file.wait());
    QVERIFY2(file.ok(), file.describe().constData());
    QVERIFY(file.value().contentType.startsWith(u"text/csv"_s));
    QCOMPARE(file.value().bytes, QFileInfo(path).size());
    QCOMPARE(fileStart(path, 3), QByteArray("\xEF\xBB\xBF")); // UTF-8 with BOM
}

void TestInvoiceEndpoints::taskOfUnknownIdIsNotFound()
{
    AwaitedResult<InvoiceTask> task;
    m_invoices->task({kFirstBc, u"7999999999999999991"_s}, &m_context, task.handler());
    QVERIFY(task.wait());
    QVERIFY(!task.ok());
    QCOMPARE(task.error().code, 40007);
}

void TestInvoiceEndpoints::taskReadsOnlyBillingReportTasks()
{
    const QString taskId = createTask({kFirstBc, u"INVOICE_LIST"_s, {}, {}});
    QVERIFY(!taskId.isEmpty());
    AwaitedResult<InvoiceTask> task;
    m_invoices->task({kFirstBc, taskId}, &m_context, task.handler());
    QVERIFY(task.wait());
    QVERIFY(!task.ok());
    QCOMPARE(task.error().code, 40002); // task/list/ is where INVOICE_LIST tasks are read
}

void TestInvoiceEndpoints::createTaskWithUnknownBillingGroupIsNotFound()
{
    bc::api::InvoiceTaskCreation creation;
    creation.bcId = kFirstBc;
    creation.downloadType = u"INVOICE_LIST"_s;
    creation.filtering.billingGroupId = u"7999999999999999992"_s;
    AwaitedResult<InvoiceTask> created;
    m_invoices->createTask(creation, &m_context, created.handler());
    QVERIFY(created.wait());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 40007);
}

void TestInvoiceEndpoints::createTaskWithoutFinanceRoleIsRefused()
{
    AwaitedResult<InvoiceTask> created;
    m_invoices->createTask({m_noFinanceBcId, u"INVOICE_LIST"_s, {}, {}}, &m_context,
                           created.handler());
    QVERIFY(created.wait());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 40001);
}

void TestInvoiceEndpoints::taskListReturnsEveryTaskAcrossPages()
{
    // More than one page of list/batch tasks, made straight in the world; one through the client.
    const QString mine = createTask({kFirstBc, u"INVOICE_LIST"_s, {}, {}});
    QVERIFY(!mine.isEmpty());
    auto listed = [this] {
        const auto &tasks = m_server->world().findBusinessCenter(kFirstBc)->invoiceTasks;
        return std::count_if(tasks.cbegin(), tasks.cend(), [](const auto &task) {
            return task.downloadType != u"BILLING_REPORT"_s;
        });
    };
    while (listed() <= InvoiceEndpoints::maxPageSize) {
        const auto made = m_server->mutableWorld().createInvoiceTask(kToken, kFirstBc,
                                                                     u"INVOICE_BATCH"_s, {}, {});
        QVERIFY(made.ok());
    }
    m_server->mutableWorld().advanceClock(6);

    AwaitedResult<QList<InvoiceTask>> tasks;
    m_invoices->tasks(kFirstBc, &m_context, tasks.handler());
    QVERIFY(tasks.wait());
    QVERIFY2(tasks.ok(), tasks.describe().constData());
    QCOMPARE(tasks.value().size(), listed());
    QSet<QString> ids;
    for (const InvoiceTask &task : tasks.value()) {
        ids.insert(task.taskId);
        QCOMPARE(task.bcId, kFirstBc);
        QVERIFY(task.downloadType == u"INVOICE_LIST"_s || task.downloadType == u"INVOICE_BATCH"_s);
        QVERIFY(m_server->world().findInvoiceTask(kFirstBc, task.taskId));
        QVERIFY(task.createTime.isValid());
    }
    QCOMPARE(ids.size(), tasks.value().size()); // no row twice across pages
    const auto own = std::find_if(tasks.value().cbegin(), tasks.value().cend(),
                                  [&](const InvoiceTask &task) { return task.taskId == mine; });
    QVERIFY(own != tasks.value().cend());
    QCOMPARE(own->status, u"SUCCEED"_s);

    const QString path = m_dir->filePath(u"list.csv"_s);
    AwaitedResult<DownloadedFile> file;
    QVERIFY(m_invoices->downloadTaskFile({own->downloadUrl, path}, &m_context, file.handler()));
    QVERIFY(file.wait());
    QVERIFY2(file.ok(), file.describe().constData());
    QVERIFY(file.value().bytes > 3);
    QCOMPARE(fileStart(path, 3), QByteArray("\xEF\xBB\xBF"));
}

void TestInvoiceEndpoints::taskListWithoutFinanceRoleIsRefused()
{
    AwaitedResult<QList<InvoiceTask>> tasks;
    m_invoices->tasks(m_noFinanceBcId, &m_context, tasks.handler());
    QVERIFY(tasks.wait());
    QVERIFY(!tasks.ok());
    QCOMPARE(tasks.error().code, 40001);
}

void TestInvoiceEndpoints::taskFileWithABadSignatureLeavesNoFile()
{
    const QString taskId = createTask({kFirstBc, u"BILLING_REPORT"_s, {}, {}});
    QVERIFY(!taskId.isEmpty());
    m_server->mutableWorld().advanceClock(6);
    const InvoiceTask task = readTask(taskId);
    QCOMPARE(task.status, u"SUCCEED"_s);
    QUrl url(task.downloadUrl);
    QUrlQuery query(url);
    QVERIFY(query.hasQueryItem(u"sign"_s));
    query.removeQueryItem(u"sign"_s);
    query.addQueryItem(u"sign"_s, u"00000000000000000000000000000000"_s);
    url.setQuery(query);

    const QString path = m_dir->filePath(u"forged.csv"_s);
    AwaitedResult<DownloadedFile> file;
    QVERIFY(m_invoices->downloadTaskFile({url.toString(), path}, &m_context, file.handler()));
    QVERIFY(file.wait());
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, 40001);
    QVERIFY(!QFile::exists(path));
}

void TestInvoiceEndpoints::taskFileOnAnotherHostIsNotSent()
{
    const QString path = m_dir->filePath(u"elsewhere.csv"_s);
    AwaitedResult<DownloadedFile> file;
    QCOMPARE(m_invoices->downloadTaskFile(
                     {u"https://files.example.com/open_api/v1.3/bc/invoice/task/file/?sign=1"_s,
                      path},
                     &m_context, file.handler()),
             nullptr);
    QVERIFY(file.wait());
    QVERIFY(!file.ok());
    QCOMPARE(file.error().kind, ApiError::Kind::Validation);
    QVERIFY(!QFile::exists(path));
}

void TestInvoiceEndpoints::billingReportCoversEveryAccount()
{
    const QDate end = m_server->world().now().date().addDays(-1);
    const QDate start = end.addDays(-89);
    AwaitedResult<BillingReport> report;
    m_invoices->billingReport({kFirstBc, start, end, {}}, &m_context, report.handler());
    QVERIFY(report.wait(60000));
    QVERIFY2(report.ok(), report.describe().constData());
    const BillingReport &value = report.value();
    QCOMPARE(value.startDate.date(), start);
    QCOMPARE(value.endDate.date(), end);
    const auto pages = bc::api::readPageInfo(value.raw);
    QVERIFY(pages);
    QVERIFY2(pages->totalNumber > InvoiceEndpoints::maxPageSize,
             "the demo BC's report is longer than one page");
    QCOMPARE(value.lines.size(), pages->totalNumber);
    QSet<QString> accounts;
    QHash<QString, qint64> totals;
    for (const auto &line : value.lines) {
        QVERIFY(m_server->world().findAdAccount(kFirstBc, line.advertiserId));
        accounts.insert(line.advertiserId);
        totals[line.currency] += line.totalAmount.minorUnits();
    }
    QCOMPARE(accounts.size(), value.lines.size());
    QVERIFY(!value.totals.isEmpty());
    for (const auto &total : value.totals)
        QCOMPARE(total.totalAmount.minorUnits(), totals.value(total.currency));
}

void TestInvoiceEndpoints::billingReportOfTooLongARangeIsRejected()
{
    AwaitedResult<BillingReport> report;
    m_invoices->billingReport({kFirstBc, QDate(2026, 1, 1), QDate(2026, 6, 1), {}}, &m_context,
                              report.handler());
    QVERIFY(report.wait());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, 40002);
}

void TestInvoiceEndpoints::billingReportOfUnknownBillingGroupIsNotFound()
{
    AwaitedResult<BillingReport> report;
    m_invoices->billingReport(
            {kFirstBc, QDate(2026, 9, 1), QDate(2026, 9, 30), u"7999999999999999993"_s}, &m_context,
            report.handler());
    QVERIFY(report.wait());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, 40007);
}

QTEST_MAIN(TestInvoiceEndpoints)
#include "tst_invoiceendpoints.moc"
