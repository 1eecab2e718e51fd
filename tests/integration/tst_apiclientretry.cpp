// The client's retry policy and downloads at work, against a scripted server that answers each
// request with the next scripted response: what is retried, how often, what never is, and what a
// cancelled or failed request leaves behind (in the activity log and on disk).
#include "core/api/activitylog.h"
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "tests/support/calloutcome.h"
#include "tests/support/scriptedhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ApiCall;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::Environment;
using bc::api::RequestScheduler;
using bc::api::RetryPolicy;
using bc::testing::outcomeOf;
using bc::testing::ScriptedHttpServer;
using Behaviour = ScriptedHttpServer::Behaviour;

namespace {

QByteArray json(const QByteArray &body)
{
    return ScriptedHttpServer::response(200, "application/json", body);
}

QByteArray okAnswer()
{
    return json(R"({"code":0,"message":"OK","request_id":"fake-req-ok","data":{"value":1}})");
}

QByteArray codeAnswer(int code)
{
    return json(R"({"code":)" + QByteArray::number(code)
                + R"(,"message":"scripted","request_id":"fake-req-)" + QByteArray::number(code)
                + R"(","data":{}})");
}

const QByteArray pdfBytes = QByteArrayLiteral("%PDF-1.4\n% fake invoice\n") + QByteArray(4000, 'x')
                            + QByteArrayLiteral("\n%%EOF\n");

QByteArray pdfAnswer()
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: "
           + QByteArray::number(pdfBytes.size())
           + "\r\nContent-Disposition: attachment; filename=\"INV-0001.pdf\"\r\n"
             "Connection: close\r\n\r\n"
           + pdfBytes;
}

// Short delays so tests finish quickly; the counts are the policy's defaults.
RetryPolicy quickPolicy(int maxAttempts = 5)
{
    RetryPolicy::Settings settings;
    settings.maxAttempts = maxAttempts;
    settings.maxThrottleAttempts = maxAttempts;
    settings.baseDelay = std::chrono::milliseconds(10);
    settings.maxDelay = std::chrono::milliseconds(40);
    settings.throttleBaseDelay = std::chrono::milliseconds(20);
    settings.throttleMaxDelay = std::chrono::milliseconds(40);
    return RetryPolicy(settings);
}

} // namespace

class TestApiClientRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transientFailuresAreRetried_data();
    void transientFailuresAreRetried();
    void throttlingSlowsTheBudget();
    void finalErrorsAreNotRetried_data();
    void finalErrorsAreNotRetried();
    void writesAreNotRetried();
    void writesWithAnIdempotencyKeyAreRetried();
    void retriesAreBounded();
    void cancelDuringBackoffStopsForGood();
    void activityLogIsRedacted();
    void downloadStreamsToFile();
    void downloadErrorEnvelopeLeavesNoFile();
    void downloadCutShortLeavesNoFile();
    void uploadIsMultipart();
    void clientGoesAwayWhileCallsRun();

private:
    static std::unique_ptr<ApiClient> clientFor(const ScriptedHttpServer &server,
                                                const RetryPolicy &policy = quickPolicy());
    static ApiCall *sendAndWait(ApiClient &client, const ApiRequest &request);
};

std::unique_ptr<ApiClient> TestApiClientRetry::clientFor(const ScriptedHttpServer &server,
                                                         const RetryPolicy &policy)
{
    auto client = std::make_unique<ApiClient>(Environment::custom(server.baseUrl()));
    client->setAccessToken(u"fake-token-retry"_s);
    client->setRetryPolicy(policy);
    client->setJitterSeed(7);
    client->setTransferTimeout(std::chrono::milliseconds(400));
    return client;
}

ApiCall *TestApiClientRetry::sendAndWait(ApiClient &client, const ApiRequest &request)
{
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!call->isFinished())
        finished.wait(20000);
    return call;
}

void TestApiClientRetry::transientFailuresAreRetried_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<ApiError::Kind>("firstKind");

    const int respond = int(Behaviour::Respond);
    QTest::newRow("HTTP 502 HTML page")
            << ScriptedHttpServer::response(502, "text/html", "<html>Bad Gateway</html>") << respond
            << ApiError::Kind::Server;
    QTest::newRow("HTTP 504 empty") << ScriptedHttpServer::response(504, "text/plain", "")
                                    << respond << ApiError::Kind::Server;
    QTest::newRow("50000 system error") << codeAnswer(50000) << respond << ApiError::Kind::Server;
    QTest::newRow("50002 system timeout") << codeAnswer(50002) << respond << ApiError::Kind::Server;
    QTest::newRow("51060 BC service") << codeAnswer(51060) << respond << ApiError::Kind::Server;
    QTest::newRow("52103 storage") << codeAnswer(52103) << respond << ApiError::Kind::Server;
    QTest::newRow("truncated JSON")
            << json(R"({"code":0,"message":"OK","da)") << respond << ApiError::Kind::Parse;
    QTest::newRow("connection closed mid-body")
            << okAnswer() << int(Behaviour::CloseMidBody) << ApiError::Kind::Network;
    QTest::newRow("hung connection")
            << QByteArray() << int(Behaviour::Hang) << ApiError::Kind::Timeout;
}

void TestApiClientRetry::transientFailuresAreRetried()
{
    QFETCH(QByteArray, first);
    QFETCH(int, behaviour);
    QFETCH(ApiError::Kind, firstKind);

    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(first, static_cast<Behaviour>(behaviour));
    server.enqueue(okAnswer());
    const auto client = clientFor(server);
    ApiCall *call = client->send(ApiRequest::get(u"bc/get/"_s));
    QSignalSpy retrying(call, &ApiCall::retrying);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(call->result().ok(), outcomeOf(call).constData());
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.first().at(0).toInt(), 1);
    QCOMPARE(retrying.first().at(2).value<ApiError>().kind, firstKind);
    QCOMPARE(client->activityLog()->size(), 1); // one entry per call, retries counted in it
    QCOMPARE(client->activityLog()->at(0).retries, 1);
}

void TestApiClientRetry::throttlingSlowsTheBudget()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(codeAnswer(40100));
    server.enqueue(okAnswer());
    const auto client = clientFor(server);
    const int fullRate = client->scheduler()->currentPerSecond();
    QSignalSpy slowed(client->scheduler(), &bc::api::RequestScheduler::slowedDown);
    ApiCall *call = sendAndWait(*client, ApiRequest::get(u"bc/get/"_s));
    QVERIFY(call->result().ok());
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(slowed.count(), 1);
    QCOMPARE(client->scheduler()->throttleCount(), 1);
    QCOMPARE(client->scheduler()->currentPerSecond(), fullRate / 2);
    QVERIFY(call->elapsedMs() >= 900); // the whole budget paused about a second
}

void TestApiClientRetry::finalErrorsAreNotRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("40001 permission") << 40001 << ApiError::Kind::Permission;
    QTest::newRow("40002 parameter") << 40002 << ApiError::Kind::Validation;
    QTest::newRow("40007 not found") << 40007 << ApiError::Kind::NotFound;
    QTest::newRow("40102 token expired") << 40102 << ApiError::Kind::Auth;
    QTest::newRow("40105 token invalid") << 40105 << ApiError::Kind::Auth;
    QTest::newRow("40110 auth code") << 40110 << ApiError::Kind::Auth;
    QTest::newRow("40130 scope") << 40130 << ApiError::Kind::Auth;
    QTest::newRow("40118 allowlist") << 40118 << ApiError::Kind::Permission;
}

void TestApiClientRetry::finalErrorsAreNotRetried()
{
    QFETCH(int, code);
    QFETCH(ApiError::Kind, kind);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(codeAnswer(code));
    server.enqueue(okAnswer()); // would turn a wrong retry into a success
    const auto client = clientFor(server);
    ApiCall *call = sendAndWait(*client, ApiRequest::get(u"bc/get/"_s));
    QVERIFY(!call->result().ok());
    QCOMPARE(call->result().error().code, code);
    QCOMPARE(call->result().error().kind, kind);
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(server.requestCount(), 1);
}

void TestApiClientRetry::writesAreNotRetried()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(okAnswer(), Behaviour::CloseMidBody); // did it happen? Nobody knows.
    server.enqueue(okAnswer());
    const auto client = clientFor(server);
    ApiCall *call =
            sendAndWait(*client, ApiRequest::post(u"bc/member/invite/"_s,
                                                  {{u"bc_id"_s, u"7000000000000000001"_s}}));
    QVERIFY(!call->result().ok());
    QCOMPARE(call->result().error().kind, ApiError::Kind::Network);
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(server.requestCount(), 1);
}

void TestApiClientRetry::writesWithAnIdempotencyKeyAreRetried()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(codeAnswer(50002));
    server.enqueue(okAnswer());
    const auto client = clientFor(server);
    ApiRequest request =
            ApiRequest::post(u"bc/transfer/"_s, {{u"bc_id"_s, u"7000000000000000001"_s},
                                                 {u"request_id"_s, u"fake-idempotency-1"_s}});
    request.carriesIdempotencyKey = true;
    ApiCall *call = sendAndWait(*client, request);
    QVERIFY(call->result().ok());
    QCOMPARE(call->attempts(), 2);
}

void TestApiClientRetry::retriesAreBounded()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 6; ++i)
        server.enqueue(codeAnswer(50000));
    const auto client = clientFor(server, quickPolicy(3));
    ApiCall *call = sendAndWait(*client, ApiRequest::get(u"bc/get/"_s));
    QVERIFY(!call->result().ok());
    QCOMPARE(call->result().error().code, 50000);
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(server.requestCount(), 3);
}

void TestApiClientRetry::cancelDuringBackoffStopsForGood()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(codeAnswer(50000));
    server.enqueue(okAnswer());
    RetryPolicy::Settings slow;
    slow.baseDelay = std::chrono::milliseconds(300);
    const auto client = clientFor(server, RetryPolicy(slow));
    ApiCall *call = client->send(ApiRequest::get(u"bc/get/"_s));
    QSignalSpy retrying(call, &ApiCall::retrying);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(retrying.wait(10000));
    call->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->result().error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(400); // longer than the backoff: a retry would have gone out by now
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(client->scheduler()->waitingCount(), 0);
    QCOMPARE(client->scheduler()->runningCount(), 0);
}

void TestApiClientRetry::activityLogIsRedacted()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(okAnswer());
    server.enqueue(codeAnswer(40001));
    const auto client = clientFor(server);

    ApiRequest exchange = ApiRequest::post(u"oauth2/access_token/"_s,
                                           {{u"app_id"_s, u"7000000000000000009"_s},
                                            {u"secret"_s, u"fake-app-secret-123"_s},
                                            {u"auth_code"_s, u"fake-auth-code-456"_s}});
    QVERIFY(sendAndWait(*client, exchange)->result().ok());
    ApiRequest search = ApiRequest::get(u"bc/asset/get/"_s);
    search.addQuery(u"bc_id"_s, u"7000000000000000001"_s);
    search.addJsonQuery(u"filtering"_s, QJsonObject{{u"user_email"_s, u"someone@example.com"_s}});
    QVERIFY(!sendAndWait(*client, search)->result().ok());

    QCOMPARE(client->activityLog()->size(), 2);
    const bc::api::ActivityEntry first = client->activityLog()->at(0);
    QCOMPARE(first.method, u"POST"_s);
    QCOMPARE(first.path, u"oauth2/access_token/"_s);
    QVERIFY(first.succeeded());
    QCOMPARE(first.requestId, u"fake-req-ok"_s);
    QVERIFY(first.parameters.contains(u"7000000000000000009"_s)); // the app id is not secret
    const bc::api::ActivityEntry second = client->activityLog()->at(1);
    QCOMPARE(second.code, 40001);
    QCOMPARE(second.errorKind, ApiError::Kind::Permission);
    QVERIFY(second.parameters.contains(u"7000000000000000001"_s));
    for (const bc::api::ActivityEntry &entry : client->activityLog()->entries()) {
        const QString text = entry.parameters + entry.message;
        QVERIFY2(!text.contains(u"fake-app-secret"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"fake-auth-code"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"someone"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"fake-token-retry"_s), qPrintable(text));
    }
}

void TestApiClientRetry::downloadStreamsToFile()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(pdfAnswer());
    const auto client = clientFor(server);
    QTemporaryDir dir;
    ApiRequest request = ApiRequest::get(u"bc/invoice/download/"_s);
    request.downloadPath = dir.filePath(u"sub/invoice.pdf"_s);
    ApiCall *call = client->send(request);
    QSignalSpy progress(call, &ApiCall::downloadProgress);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(call->result().ok(), outcomeOf(call).constData());
    const QJsonObject data = call->result().value().data;
    QCOMPARE(data.value("path"_L1).toString(), request.downloadPath);
    QCOMPARE(data.value("bytes"_L1).toInteger(), pdfBytes.size());
    QCOMPARE(data.value("file_name"_L1).toString(), u"INV-0001.pdf"_s);
    QCOMPARE(data.value("content_type"_L1).toString(), u"application/pdf"_s);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), pdfBytes.size());
    QFile file(request.downloadPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdfBytes);
}

void TestApiClientRetry::downloadErrorEnvelopeLeavesNoFile()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(codeAnswer(40001));
    const auto client = clientFor(server);
    QTemporaryDir dir;
    ApiRequest request = ApiRequest::get(u"bc/invoice/download/"_s);
    request.downloadPath = dir.filePath(u"invoice.pdf"_s);
    ApiCall *call = sendAndWait(*client, request);
    QVERIFY(!call->result().ok());
    QCOMPARE(call->result().error().code, 40001);
    QCOMPARE(call->result().error().requestId, u"fake-req-40001"_s);
    QVERIFY(!QFile::exists(request.downloadPath));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestApiClientRetry::downloadCutShortLeavesNoFile()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(pdfAnswer(), Behaviour::CloseMidBody);
    const auto client = clientFor(server, quickPolicy(1));
    QTemporaryDir dir;
    // A file from an earlier download stays as it was.
    const QString path = dir.filePath(u"invoice.pdf"_s);
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    ApiRequest request = ApiRequest::get(u"bc/invoice/download/"_s);
    request.downloadPath = path;
    ApiCall *call = sendAndWait(*client, request);
    QVERIFY(!call->result().ok());
    QCOMPARE(call->result().error().kind, ApiError::Kind::Network);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("earlier"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestApiClientRetry::uploadIsMultipart()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(json(R"({"code":0,"message":"OK","data":{"image_id":"img-1"}})"));
    const auto client = clientFor(server);
    ApiRequest request = ApiRequest::post(u"bc/image/upload/"_s);
    request.formParts = {{u"bc_id"_s, "7000000000000000001", {}, {}},
                         {u"image_file"_s, QByteArray(100, 'p'), u"licence.png"_s, "image/png"}};
    ApiCall *call = sendAndWait(*client, request);
    QVERIFY(call->result().ok());
    const QByteArray head = server.lastRequestHead();
    QVERIFY2(head.startsWith("POST /open_api/v1.3/bc/image/upload/ HTTP/1.1"), head.constData());
    QVERIFY2(head.contains("multipart/form-data; boundary="), head.constData());
    QCOMPARE(client->activityLog()->at(0).parameters,
             u"bc_id=7000000000000000001&image_file=<file 100 bytes>"_s);
}

// Deleting the client ends its calls (running, waiting and in backoff) before its network
// manager goes: no crash, no use after free (the sanitizer build checks), no late callbacks.
void TestApiClientRetry::clientGoesAwayWhileCallsRun()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue({}, Behaviour::Hang);
    server.enqueue(codeAnswer(50000));
    auto client = clientFor(server);
    RequestScheduler::Limits limits;
    limits.maxConcurrent = 2;
    client->scheduler()->setLimits(limits);
    QPointer<ApiCall> hanging = client->send(ApiRequest::get(u"bc/get/"_s));
    QPointer<ApiCall> retrying = client->send(ApiRequest::get(u"bc/balance/get/"_s));
    QPointer<ApiCall> waiting = client->send(ApiRequest::get(u"bc/member/get/"_s));
    QPointer<bc::api::ListFetch> fetch =
            client->fetchAll(ApiRequest::get(u"bc/partner/get/"_s), u"list"_s, 50);
    fetch->start();
    QTRY_VERIFY(server.requestCount() >= 2);
    client.reset();
    QVERIFY(!hanging && !retrying && !waiting && !fetch);
    QTest::qWait(100); // timers and queued deletions that could still fire
}

QTEST_GUILESS_MAIN(TestApiClientRetry)
#include "tst_apiclientretry.moc"
