// The client against the in-process emulator: "fetch all" concurrency with pages delivered in
// order, paging edges, a throttle storm, faults, the sandbox's per-endpoint budget, priorities,
// a multipart upload and an invoice download. QTEST_MAIN: the emulator draws invoice PDFs, which
// needs a QGuiApplication (run with QT_QPA_PLATFORM=offscreen).
#include "core/api/activitylog.h"
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "emulator/emulatorserver.h"
#include "tests/support/calloutcome.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiCall;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::Environment;
using bc::api::ListFetch;
using bc::api::RequestScheduler;
using bc::api::RetryPolicy;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::emulator::FaultKind;
using bc::testing::outcomeOf;

namespace {

const QString kToken = u"fake-paging-token"_s;
const QString assetPath = u"/open_api/v1.3/bc/asset/get/"_s;

RetryPolicy quickPolicy(int maxAttempts = 5)
{
    RetryPolicy::Settings settings;
    settings.maxAttempts = maxAttempts;
    settings.baseDelay = std::chrono::milliseconds(10);
    settings.maxDelay = std::chrono::milliseconds(50);
    settings.throttleBaseDelay = std::chrono::milliseconds(50);
    settings.throttleMaxDelay = std::chrono::milliseconds(200);
    return RetryPolicy(settings);
}

std::unique_ptr<EmulatorServer> startEmulator(EmulatorConfig config)
{
    config.accessToken = kToken;
    config.seed = 5;
    auto server = std::make_unique<EmulatorServer>(config);
    if (server->listenOnLoopback() == 0)
        return nullptr;
    return server;
}

EmulatorConfig unlimited()
{
    EmulatorConfig config;
    config.qps = 0;
    config.qpm = 0;
    return config;
}

std::unique_ptr<ApiClient> clientFor(const EmulatorServer &server, int perSecond)
{
    auto client = std::make_unique<ApiClient>(Environment::custom(server.baseUrl()));
    client->setAccessToken(kToken);
    client->setRetryPolicy(quickPolicy());
    client->setJitterSeed(3);
    RequestScheduler::Limits limits;
    limits.perSecond = perSecond;
    limits.perMinute = perSecond * 60;
    client->scheduler()->setLimits(limits);
    return client;
}

// The BC (seen as ADMIN) with the most ad accounts, and how many it has.
std::pair<QString, int> biggestAdminBc(const EmulatorServer &server)
{
    std::pair<QString, int> best{QString(), -1};
    for (const auto &center : server.world().businessCenters()) {
        if (center.userRole == u"ADMIN"_s && center.adAccounts.size() > best.second)
            best = {center.bcId, static_cast<int>(center.adAccounts.size())};
    }
    return best;
}

ApiRequest advertisersOf(const QString &bcId)
{
    ApiRequest request = ApiRequest::get(u"bc/asset/get/"_s);
    request.addQuery(u"bc_id"_s, bcId);
    request.addQuery(u"asset_type"_s, u"ADVERTISER"_s);
    return request;
}

struct FetchRun
{
    QList<int> pagesInOrder;
    QList<QJsonObject> items;
    std::optional<ApiError> error;
    int requests = 0;
    bool finished = false;
};

FetchRun runFetch(ApiClient &client, const ApiRequest &request, int pageSize)
{
    FetchRun run;
    ListFetch *fetch = client.fetchAll(request, u"list"_s, pageSize);
    QObject::connect(fetch, &ListFetch::pageReceived, fetch,
                     [&run](int page, const QList<QJsonObject> &) { run.pagesInOrder << page; });
    QSignalSpy finished(fetch, &ListFetch::finished);
    fetch->start();
    run.finished = finished.wait(60000);
    run.items = fetch->items();
    run.error = fetch->error();
    run.requests = fetch->requestCount();
    fetch->deleteLater();
    return run;
}

QList<int> oneTo(int count)
{
    QList<int> pages;
    for (int page = 1; page <= count; ++page)
        pages << page;
    return pages;
}

int uniqueAssetIds(const QList<QJsonObject> &items)
{
    QSet<QString> ids;
    for (const QJsonObject &item : items)
        ids.insert(item.value("asset_id"_L1).toVariant().toString());
    return static_cast<int>(ids.size());
}

} // namespace

class TestApiClientPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchAllDeliversPagesInOrder_data();
    void fetchAllDeliversPagesInOrder();
    void emptyListIsOneRequest();
    void throttleStormEndsWithEveryRowOnce();
    void faultsAreSurvived();
    void sandboxKeepsEachEndpointToOnePerSecond();
    void interactiveOvertakesBackground();
    void imageUploadIsMultipart();
    void invoiceDownload();
};

void TestApiClientPaging::fetchAllDeliversPagesInOrder_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("largest page size") << 50;
    QTest::newRow("many small pages, last one partial") << 7;
}

void TestApiClientPaging::fetchAllDeliversPagesInOrder()
{
    QFETCH(int, pageSize);
    EmulatorConfig config = unlimited();
    config.latencyMs = 20;
    config.latencyJitterMs = 15; // answers overtake each other
    const auto server = startEmulator(config);
    QVERIFY(server);
    const auto [bcId, accounts] = biggestAdminBc(*server);
    QVERIFY(accounts > 2 * pageSize);
    const auto client = clientFor(*server, 50);

    const FetchRun run = runFetch(*client, advertisersOf(bcId), pageSize);
    QVERIFY(run.finished);
    QVERIFY(!run.error);
    const int pages = (accounts + pageSize - 1) / pageSize;
    QCOMPARE(run.pagesInOrder, oneTo(pages));
    QCOMPARE(run.items.size(), accounts);
    QCOMPARE(uniqueAssetIds(run.items), accounts);
    QCOMPARE(run.requests, pages);
    QCOMPARE(server->stats().requestsByPath.value(assetPath), pages);
}

void TestApiClientPaging::emptyListIsOneRequest()
{
    const auto server = startEmulator(unlimited());
    QVERIFY(server);
    const auto client = clientFor(*server, 50);
    ApiRequest request = advertisersOf(biggestAdminBc(*server).first);
    request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, u"no-such-account-zz"_s}});
    const FetchRun run = runFetch(*client, request, 50);
    QVERIFY(run.finished);
    QVERIFY(!run.error);
    QVERIFY(run.items.isEmpty());
    QCOMPARE(run.pagesInOrder, QList<int>{1});
    QCOMPARE(run.requests, 1);
}

void TestApiClientPaging::throttleStormEndsWithEveryRowOnce()
{
    EmulatorConfig config;
    config.qps = 4; // less than half the client's budget
    config.qpm = 0;
    const auto server = startEmulator(config);
    QVERIFY(server);
    const auto [bcId, accounts] = biggestAdminBc(*server);
    const auto client = clientFor(*server, 10);

    const FetchRun run = runFetch(*client, advertisersOf(bcId), 5);
    QVERIFY(run.finished);
    QVERIFY2(!run.error, run.error ? qPrintable(run.error->details()) : "");
    QCOMPARE(run.items.size(), accounts);
    QCOMPARE(uniqueAssetIds(run.items), accounts);
    QVERIFY(server->stats().rateLimitedRequests > 0);
    QVERIFY(client->scheduler()->throttleCount() > 0);
    QVERIFY(client->scheduler()->currentPerSecond() < 10);
}

void TestApiClientPaging::faultsAreSurvived()
{
    const auto server = startEmulator(unlimited());
    QVERIFY(server);
    const auto [bcId, accounts] = biggestAdminBc(*server);
    const auto client = clientFor(*server, 50);
    client->setTransferTimeout(std::chrono::milliseconds(500));
    // Page 1 goes alone, so it may meet every injected fault in turn.
    client->setRetryPolicy(quickPolicy(8));
    for (FaultKind kind : {FaultKind::SystemError50000, FaultKind::SystemTimeout50002,
                           FaultKind::Http502Html, FaultKind::Http504Html, FaultKind::TruncatedJson,
                           FaultKind::CloseMidBody, FaultKind::Hang}) {
        server->injectFault(u"bc/asset/get/"_s, kind, 1);
    }
    const FetchRun run = runFetch(*client, advertisersOf(bcId), 10);
    QVERIFY(run.finished);
    QVERIFY2(!run.error, run.error ? qPrintable(run.error->details()) : "");
    QCOMPARE(run.items.size(), accounts);
    QCOMPARE(uniqueAssetIds(run.items), accounts);
    QCOMPARE(server->stats().faultsServed, 7);
}

void TestApiClientPaging::sandboxKeepsEachEndpointToOnePerSecond()
{
    EmulatorConfig config;
    config.sandbox = true;
    const auto server = startEmulator(config);
    QVERIFY(server);
    const auto client = clientFor(*server, 10);
    RequestScheduler::Limits limits = client->scheduler()->limits();
    limits.sandbox = true;
    client->scheduler()->setLimits(limits);
    const QString bcId = biggestAdminBc(*server).first;

    // Three pages of one endpoint and two calls to another, all at once.
    ListFetch *fetch = client->fetchAll(advertisersOf(bcId), u"list"_s, 50);
    QSignalSpy fetched(fetch, &ListFetch::finished);
    fetch->start();
    ApiCall *first = client->send(ApiRequest::get(u"bc/get/"_s));
    ApiCall *second = client->send(ApiRequest::get(u"bc/get/"_s));
    QSignalSpy secondDone(second, &ApiCall::finished);
    QVERIFY(fetched.count() == 1 || fetched.wait(20000));
    QVERIFY(secondDone.count() == 1 || secondDone.wait(20000));
    QVERIFY(!fetch->error());
    QVERIFY(first->result().ok());
    QVERIFY(second->result().ok());
    QCOMPARE(server->stats().rateLimitedRequests, 0);
}

void TestApiClientPaging::interactiveOvertakesBackground()
{
    const auto server = startEmulator(unlimited());
    QVERIFY(server);
    const auto [bcId, accounts] = biggestAdminBc(*server);
    const auto client = clientFor(*server, 5);
    ApiRequest background = advertisersOf(bcId);
    background.priority = bc::api::RequestPriority::Background;
    ListFetch *fetch = client->fetchAll(background, u"list"_s, 5);
    QSignalSpy fetched(fetch, &ListFetch::finished);
    QSignalSpy pages(fetch, &ListFetch::pageReceived);
    fetch->start();
    QVERIFY(pages.wait(10000)); // page 1 told how many more there are; they all wait now
    QVERIFY(client->scheduler()->waitingCount() > 3);

    ApiRequest interactive = ApiRequest::get(u"bc/get/"_s);
    interactive.priority = bc::api::RequestPriority::Interactive;
    ApiCall *call = client->send(interactive);
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(call->result().ok());
    // It went out at the next free slot, ahead of the background pages that were waiting.
    QVERIFY2(client->scheduler()->waitingCount() > 0,
             "the background fetch should still have pages waiting");
    fetch->cancel();
    QCOMPARE(fetched.count(), 1);
    QCOMPARE(client->scheduler()->waitingCount(), 0);
}

void TestApiClientPaging::imageUploadIsMultipart()
{
    const auto server = startEmulator(unlimited());
    QVERIFY(server);
    const auto client = clientFor(*server, 50);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(image.save(&buffer, "PNG"));

    ApiRequest request = ApiRequest::post(u"bc/image/upload/"_s);
    request.formParts = {{u"bc_id"_s, biggestAdminBc(*server).first.toLatin1(), {}, {}},
                         {u"image_file"_s, png, u"licence.png"_s, "image/png"}};
    ApiCall *call = client->send(request);
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(10000));
    QVERIFY2(call->result().ok(), outcomeOf(call).constData());
    QVERIFY(!call->result().value().data.value("image_id"_L1).toString().isEmpty());

    // Without the file the emulator says which field is missing: the parts really are parsed.
    request.formParts.removeLast();
    ApiCall *missing = client->send(request);
    QSignalSpy missingDone(missing, &ApiCall::finished);
    QVERIFY(missingDone.wait(10000));
    QCOMPARE(missing->result().error().code, 40002);
    QVERIFY(missing->result().error().message.contains(u"image_file"_s));
}

void TestApiClientPaging::invoiceDownload()
{
    const auto server = startEmulator(unlimited());
    QVERIFY(server);
    const auto client = clientFor(*server, 50);
    QString bcId;
    QString invoiceId;
    for (const auto &center : server->world().businessCenters()) {
        if (center.financeRole == u"MANAGER"_s && !center.invoices.isEmpty()) {
            bcId = center.bcId;
            invoiceId = center.invoices.first().invoiceId;
            break;
        }
    }
    QVERIFY(!invoiceId.isEmpty());
    QTemporaryDir dir;

    ApiRequest request = ApiRequest::get(u"bc/invoice/download/"_s);
    request.addQuery(u"bc_id"_s, bcId);
    request.addQuery(u"invoice_id"_s, invoiceId);
    request.downloadPath = dir.filePath(u"invoice.pdf"_s);
    ApiCall *call = client->send(request);
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(call->result().ok(), outcomeOf(call).constData());
    QFile file(request.downloadPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(call->result().value().data.value("bytes"_L1).toInteger(), file.size());
    QVERIFY(call->result().value().data.value("file_name"_L1).toString().endsWith(u".pdf"_s));

    // An invoice that does not exist: the JSON envelope, and no file.
    ApiRequest unknown = ApiRequest::get(u"bc/invoice/download/"_s);
    unknown.addQuery(u"bc_id"_s, bcId);
    unknown.addQuery(u"invoice_id"_s, u"7999999999999999999"_s);
    unknown.downloadPath = dir.filePath(u"unknown.pdf"_s);
    ApiCall *failed = client->send(unknown);
    QSignalSpy failedDone(failed, &ApiCall::finished);
    QVERIFY(failedDone.wait(20000));
    QVERIFY(!failed->result().ok());
    QVERIFY(failed->result().error().code != 0);
    QVERIFY(!failed->result().error().requestId.isEmpty());
    QVERIFY(!QFile::exists(unknown.downloadPath));
}

QTEST_MAIN(TestApiClientPaging)
#include "tst_apiclientpaging.moc"
