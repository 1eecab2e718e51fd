// BillingReportDownloader against the in-process emulator (task created with the order's
// parameters, polled until SUCCEED, file byte-identical to what the emulator serves) and against
// scripted servers for what the emulator does not do: a FAILED task, a task that never finishes,
// and a download link on another host, which must never see the Access-Token.
#include "core/api/apiclient.h"
#include "core/downloads/billingreportdownloader.h"
#include "emulator/emulatorserver.h"
#include "emulator/handlers/invoicefiles.h"
#include "emulator/world/generatedbusinesscenter.h"
#include "emulator/world/invoicetask.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/scriptedhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using bc::downloads::BillingReportDownloader;
using bc::downloads::BillingReportOrder;
using bc::downloads::BillingReportResult;
using bc::testing::ScriptedHttpServer;

Q_DECLARE_METATYPE(bc::downloads::BillingReportResult)

namespace {

const QString token = u"billing-report-fake-token-5d81"_s;
const QString kBc = u"7093123456789012345"_s; // finance MANAGER there

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray envelope(const QJsonObject &data, int code = 0, const QString &message = u"OK"_s)
{
    const QJsonObject body{{u"code"_s, code},
                           {u"message"_s, message},
                           {u"request_id"_s, u"20261125000000REQ"_s},
                           {u"data"_s, data}};
    return ScriptedHttpServer::response(200, "application/json",
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

class TestBillingReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emulatorReportIsByteIdentical();
    void billingGroupIsSent();
    void failedTaskIsAnError();
    void taskThatNeverFinishesTimesOut();
    void otherHostNeverGetsTheToken();
    void otherHostEnvelopeLeavesNoFile();
    void incompleteOrderDoesNotStart();

private:
    // Runs `downloader` on `order` to its end.
    BillingReportResult runToEnd(BillingReportDownloader &downloader,
                                 const BillingReportOrder &order);
    BillingReportOrder order(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBillingReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<BillingReportResult>();
}

void TestBillingReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBillingReport::cleanup()
{
    m_dir.reset();
}

BillingReportOrder TestBillingReport::order(const QString &name) const
{
    BillingReportOrder order;
    order.bcId = kBc;
    order.startDate = QDate(2026, 10, 1);
    order.endDate = QDate(2026, 10, 31);
    order.path = m_dir->filePath(name);
    return order;
}

BillingReportResult TestBillingReport::runToEnd(BillingReportDownloader &downloader,
                                                const BillingReportOrder &order)
{
    QSignalSpy finished(&downloader, &BillingReportDownloader::finished);
    if (!downloader.start(order))
        return {};
    if (!finished.wait(30000))
        return {};
    return finished.constFirst().constFirst().value<BillingReportResult>();
}

void TestBillingReport::emulatorReportIsByteIdentical()
{
    bc::emulator::EmulatorServer server(bc::testing::unlimitedEmulatorConfig(token));
    QVERIFY(server.listenOnLoopback() != 0);
    server.mutableWorld().setNow(server.world().now()); // frozen: the test moves it
    auto client = bc::testing::emulatorClient(server, token);
    BillingReportDownloader downloader(client.get());
    downloader.setPollDelays(20ms, 50ms);
    QStringList statuses;
    connect(&downloader, &BillingReportDownloader::statusChanged, this,
            [&](const QString &status) { statuses.append(status); });
    // One emulated second per 30 ms: the task is CREATED, RUNNING, then SUCCEED.
    QTimer clock;
    connect(&clock, &QTimer::timeout, this, [&] { server.mutableWorld().advanceClock(1); });
    clock.start(30);

    BillingReportOrder report = order(u"report.csv"_s);
    report.startDate = server.world().now().date().addDays(-30);
    report.endDate = server.world().now().date();
    const BillingReportResult result = runToEnd(downloader, report);
    clock.stop();
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(statuses.constLast(), u"SUCCEED"_s);
    QVERIFY2(statuses.size() >= 2, qPrintable(statuses.join(u',')));
    QVERIFY(result.polls >= 2);

    const bc::emulator::InvoiceTask *task = server.world().findInvoiceTask(kBc, result.taskId);
    QVERIFY(task);
    QCOMPARE(task->downloadType, u"BILLING_REPORT"_s);
    QCOMPARE(task->filtering.value(u"start_time"_s).toString(),
             report.startDate.toString(Qt::ISODate) + u" 00:00:00"_s);
    QCOMPARE(task->filtering.value(u"end_time"_s).toString(),
             report.endDate.toString(Qt::ISODate) + u" 23:59:59"_s);
    const QByteArray expected = bc::emulator::InvoiceFiles::billingReportCsv(
            server.world(), *server.world().findBusinessCenter(kBc), *task);
    QVERIFY(expected.size() > 100);
    const QByteArray saved = readAll(report.path);
    QCOMPARE(saved.size(), expected.size());
    QCOMPARE(saved, expected);
    QCOMPARE(result.bytes, qint64(expected.size()));
    QVERIFY(result.contentType.startsWith(u"text/csv"_s));
}

void TestBillingReport::billingGroupIsSent()
{
    bc::emulator::EmulatorServer server(bc::testing::unlimitedEmulatorConfig(token));
    QVERIFY(server.listenOnLoopback() != 0);
    server.mutableWorld().setNow(server.world().now());
    auto client = bc::testing::emulatorClient(server, token);
    const auto &groups = server.world().findBusinessCenter(kBc)->billingGroups;
    QVERIFY(!groups.isEmpty());
    BillingReportDownloader downloader(client.get());
    downloader.setPollDelays(10ms, 10ms);
    QTimer clock;
    connect(&clock, &QTimer::timeout, this, [&] { server.mutableWorld().advanceClock(3); });
    clock.start(20);
    BillingReportOrder report = order(u"group.csv"_s);
    report.billingGroupId = groups.constLast().billingGroupId;
    const BillingReportResult result = runToEnd(downloader, report);
    QVERIFY(result.ok());
    const bc::emulator::InvoiceTask *task = server.world().findInvoiceTask(kBc, result.taskId);
    QVERIFY(task);
    QCOMPARE(task->filtering.value(u"billing_group_id"_s).toString(), report.billingGroupId);
    QCOMPARE(readAll(report.path),
             bc::emulator::InvoiceFiles::billingReportCsv(
                     server.world(), *server.world().findBusinessCenter(kBc), *task));

    // An unknown billing group: the API's 40007-style error, no file.
    BillingReportOrder unknown = order(u"unknown.csv"_s);
    unknown.billingGroupId = u"1"_s;
    const BillingReportResult failed = runToEnd(downloader, unknown);
    QVERIFY(failed.error);
    QVERIFY(failed.error->code != 0);
    QVERIFY(!failed.error->requestId.isEmpty());
    QVERIFY(!QFile::exists(unknown.path));
}

void TestBillingReport::failedTaskIsAnError()
{
    ScriptedHttpServer api;
    QVERIFY(api.listen());
    api.enqueue(envelope({{u"task_id"_s, u"7300000000000000001"_s}}));
    api.enqueue(envelope({{u"status"_s, u"RUNNING"_s}}));
    api.enqueue(envelope({{u"status"_s, u"FAILED"_s},
                          {u"error_msg"_s, u"No invoices match the filter."_s},
                          {u"download_url"_s, QJsonValue::Null}}));
    bc::api::ApiClient client(bc::api::Environment::custom(api.baseUrl()));
    client.setAccessToken(token);
    BillingReportDownloader downloader(&client);
    downloader.setPollDelays(10ms, 10ms);
    const BillingReportOrder report = order(u"failed.csv"_s);
    const BillingReportResult result = runToEnd(downloader, report);
    QVERIFY(result.error);
    QCOMPARE(result.taskId, u"7300000000000000001"_s);
    QVERIFY2(result.error->message.contains(u"No invoices match the filter."_s),
             qPrintable(result.error->message));
    QCOMPARE(result.polls, 2);
    QCOMPARE(api.requestCount(), 3);
    QVERIFY(!QFile::exists(report.path));
}

void TestBillingReport::taskThatNeverFinishesTimesOut()
{
    ScriptedHttpServer api;
    QVERIFY(api.listen());
    api.enqueue(envelope({{u"task_id"_s, u"7300000000000000002"_s}}));
    for (int i = 0; i < 200; ++i)
        api.enqueue(envelope({{u"status"_s, u"POLLING"_s}}));
    bc::api::ApiClient client(bc::api::Environment::custom(api.baseUrl()));
    client.setAccessToken(token);
    BillingReportDownloader downloader(&client);
    downloader.setPollDelays(10ms, 40ms);
    downloader.setTimeout(300ms);
    const BillingReportResult result = runToEnd(downloader, order(u"slow.csv"_s));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, bc::api::ApiError::Kind::Timeout);
    QVERIFY(result.polls >= 2);
    // The delay grew: far fewer polls than 300 ms / 10 ms.
    QVERIFY2(result.polls < 25, qPrintable(QString::number(result.polls)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"slow.csv"_s)));
}

void TestBillingReport::otherHostNeverGetsTheToken()
{
    ScriptedHttpServer api;
    ScriptedHttpServer cdn; // another port on loopback: another origin
    QVERIFY(api.listen());
    QVERIFY(cdn.listen());
    const QString link = cdn.baseUrl().resolved(QUrl(u"files/report.csv?sign=abc123"_s)).toString();
    api.enqueue(envelope({{u"task_id"_s, u"7300000000000000003"_s}}));
    api.enqueue(envelope({{u"status"_s, u"SUCCEED"_s}, {u"download_url"_s, link}}));
    QByteArray body("\xEF\xBB\xBFstart_date,end_date,total_amount\r\n");
    for (int i = 0; i < 5000; ++i)
        body += "2026-10-01,2026-10-31," + QByteArray::number(i) + ".25\r\n";
    cdn.enqueue(ScriptedHttpServer::response(200, "text/csv; charset=utf-8", body));

    bc::api::ApiClient client(bc::api::Environment::custom(api.baseUrl()));
    client.setAccessToken(token);
    BillingReportDownloader downloader(&client);
    downloader.setPollDelays(10ms, 10ms);
    const BillingReportOrder report = order(u"cdn.csv"_s);
    const BillingReportResult result = runToEnd(downloader, report);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(readAll(report.path), body);
    QCOMPARE(result.bytes, qint64(body.size()));
    QCOMPARE(cdn.requestCount(), 1);
    const QByteArray head = cdn.lastRequestHead();
    QVERIFY(head.startsWith("GET /open_api/files/report.csv?sign=abc123 "));
    QVERIFY2(!head.toLower().contains("access-token"), head.constData());
    QVERIFY(!head.contains(token.toUtf8()));
    // The API host itself did get it.
    QVERIFY(api.lastRequestHead().toLower().contains(
            QByteArray("access-token: " + token.toUtf8().toLower())));
}

void TestBillingReport::otherHostEnvelopeLeavesNoFile()
{
    ScriptedHttpServer api;
    ScriptedHttpServer cdn;
    QVERIFY(api.listen());
    QVERIFY(cdn.listen());
    const QString link = cdn.baseUrl().resolved(QUrl(u"files/expired.csv?sign=old"_s)).toString();
    api.enqueue(envelope({{u"task_id"_s, u"7300000000000000004"_s}}));
    api.enqueue(envelope({{u"status"_s, u"SUCCEED"_s}, {u"download_url"_s, link}}));
    cdn.enqueue(envelope({}, 40001, u"The download link is invalid"_s));
    bc::api::ApiClient client(bc::api::Environment::custom(api.baseUrl()));
    client.setAccessToken(token);
    BillingReportDownloader downloader(&client);
    downloader.setPollDelays(10ms, 10ms);
    // An earlier report at the path stays as it was.
    const BillingReportOrder report = order(u"kept.csv"_s);
    {
        QFile earlier(report.path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    const BillingReportResult result = runToEnd(downloader, report);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, 40001);
    QCOMPARE(result.error->requestId, u"20261125000000REQ"_s);
    QCOMPARE(readAll(report.path), QByteArray("earlier"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"kept.csv"_s});
}

void TestBillingReport::incompleteOrderDoesNotStart()
{
    bc::api::ApiClient client(
            bc::api::Environment::custom(QUrl(u"http://127.0.0.1:9/open_api/"_s)));
    BillingReportDownloader downloader(&client);
    BillingReportOrder report = order(u"x.csv"_s);
    report.bcId.clear();
    QVERIFY(!downloader.start(report));
    report = order(u"x.csv"_s);
    report.endDate = {};
    QVERIFY(!downloader.start(report));
    QVERIFY(!downloader.isRunning());
}

QTEST_GUILESS_MAIN(TestBillingReport)
#include "tst_billingreport.moc"
