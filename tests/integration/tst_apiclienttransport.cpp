#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "tests/support/scriptedhttpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ApiCall;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::Environment;
using bc::testing::ScriptedHttpServer;

// What the client makes of answers no well-behaved server gives: each must become a typed error,
// never a crash or a hang.
class TestApiClientTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badAnswers_data();
    void badAnswers();
    void hungRequestTimesOut();
    void connectionRefused();
    void abortIsCancelled();
    void sendsTokenHeaderAndEncodedQuery();
    void listChangingWhilePagingIsReadAgain();
    void cancelStopsPaging();

private:
    static ApiCall *sendAndWait(ApiClient &client, const ApiRequest &request);
    // Each case here is about one answer; retries are tested in tst_apiclientretry.
    static void triesOnce(ApiClient &client);
};

void TestApiClientTransport::triesOnce(ApiClient &client)
{
    bc::api::RetryPolicy::Settings settings;
    settings.maxAttempts = 1;
    settings.maxThrottleAttempts = 1;
    client.setRetryPolicy(bc::api::RetryPolicy(settings));
}

ApiCall *TestApiClientTransport::sendAndWait(ApiClient &client, const ApiRequest &request)
{
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    finished.wait(15000);
    return call;
}

void TestApiClientTransport::badAnswers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("502 HTML page")
            << ScriptedHttpServer::response(502, "text/html", "<html>Bad Gateway</html>")
            << int(ScriptedHttpServer::Behaviour::Respond) << ApiError::Kind::Server << 502;
    QTest::newRow("504 empty") << ScriptedHttpServer::response(504, "text/plain", "")
                               << int(ScriptedHttpServer::Behaviour::Respond)
                               << ApiError::Kind::Server << 504;
    QTest::newRow("truncated JSON with a correct length")
            << ScriptedHttpServer::response(200, "application/json",
                                            R"({"code":0,"message":"OK","da)")
            << int(ScriptedHttpServer::Behaviour::Respond) << ApiError::Kind::Parse << 200;
    QTest::newRow("connection closed mid-body") << ScriptedHttpServer::response(
            200, "application/json",
            R"({"code":0,"message":"OK","request_id":"r","data":{"list":[1,2,3,4,5,6,7,8,9]}})")
                                                << int(ScriptedHttpServer::Behaviour::CloseMidBody)
                                                << ApiError::Kind::Network << 200;
    QTest::newRow("JSON error on HTTP 500")
            << ScriptedHttpServer::response(
                       500, "application/json",
                       R"({"code":50000,"message":"System error.","request_id":"r5"})")
            << int(ScriptedHttpServer::Behaviour::Respond) << ApiError::Kind::Server << 500;
}

void TestApiClientTransport::badAnswers()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, behaviour);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, httpStatus);

    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(raw, static_cast<ScriptedHttpServer::Behaviour>(behaviour));
    ApiClient client(Environment::custom(server.baseUrl()));
    triesOnce(client);
    client.setAccessToken(u"fake-token"_s);
    ApiCall *call = sendAndWait(client, ApiRequest::get(u"bc/get/"_s));
    QVERIFY(call->isFinished());
    QVERIFY(!call->result().ok());
    QCOMPARE(call->result().error().kind, kind);
    QCOMPARE(call->result().error().httpStatus, httpStatus);
    QVERIFY(!call->result().error().details().isEmpty());
}

void TestApiClientTransport::hungRequestTimesOut()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue({}, ScriptedHttpServer::Behaviour::Hang);
    ApiClient client(Environment::custom(server.baseUrl()));
    triesOnce(client);
    client.setTransferTimeout(std::chrono::milliseconds(300));
    ApiCall *call = sendAndWait(client, ApiRequest::get(u"bc/get/"_s));
    QVERIFY(call->isFinished());
    QCOMPARE(call->result().error().kind, ApiError::Kind::Timeout);
}

void TestApiClientTransport::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // find a port that nobody listens on once the probe is gone
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ApiClient client(Environment::custom(QUrl(u"http://127.0.0.1:%1/open_api/"_s.arg(port))));
    triesOnce(client);
    ApiCall *call = sendAndWait(client, ApiRequest::get(u"bc/get/"_s));
    QVERIFY(call->isFinished());
    QCOMPARE(call->result().error().kind, ApiError::Kind::Network);
    QVERIFY(!call->result().error().message.isEmpty());
}

void TestApiClientTransport::abortIsCancelled()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue({}, ScriptedHttpServer::Behaviour::Hang);
    ApiClient client(Environment::custom(server.baseUrl()));
    ApiCall *call = client.send(ApiRequest::get(u"bc/get/"_s));
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE(server.requestCount(), 1);
    call->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->result().error().kind, ApiError::Kind::Cancelled);
    call->abort(); // a second abort changes nothing
    QCOMPARE(finished.count(), 1);
}

void TestApiClientTransport::sendsTokenHeaderAndEncodedQuery()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptedHttpServer::response(200, "application/json",
                                                R"({"code":0,"message":"OK","data":{}})"));
    ApiClient client(Environment::custom(server.baseUrl()));
    client.setAccessToken(u"fake-header-token"_s);
    ApiRequest request = ApiRequest::get(u"bc/get/"_s);
    request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, u"a+b"_s}});
    ApiCall *call = sendAndWait(client, request);
    QVERIFY(call->result().ok());
    const QByteArray head = server.lastRequestHead();
    QVERIFY2(head.startsWith(
                     "GET /open_api/v1.3/bc/get/?filtering=%7B%22keyword%22%3A%22a%2Bb%22%7D "
                     "HTTP/1.1"),
             head.constData());
    QVERIFY2(head.contains("\r\nAccess-Token: fake-header-token"), head.constData());
    QVERIFY(!head.contains("Authorization"));
}

void TestApiClientTransport::listChangingWhilePagingIsReadAgain()
{
    auto page = [](int number, int total, const QByteArray &items) {
        const int pages = (total + 1) / 2;
        return ScriptedHttpServer::response(
                200, "application/json",
                R"({"code":0,"message":"OK","request_id":"r","data":{"list":[)" + items
                        + R"(],"page_info":{"page":)" + QByteArray::number(number)
                        + R"(,"page_size":2,"total_number":)" + QByteArray::number(total)
                        + R"(,"total_page":)" + QByteArray::number(pages) + "}}}");
    };
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(page(1, 3, R"({"id":"a"},{"id":"b"})"));
    server.enqueue(page(2, 4, R"({"id":"c"},{"id":"x"})")); // one was added meanwhile
    server.enqueue(page(1, 4, R"({"id":"a"},{"id":"b"})"));
    server.enqueue(page(2, 4, R"({"id":"c"},{"id":"x"})"));

    ApiClient client(Environment::custom(server.baseUrl()));
    bc::api::ListFetch *fetch = client.fetchAll(ApiRequest::get(u"bc/get/"_s), u"list"_s, 2);
    QSignalSpy finished(fetch, &bc::api::ListFetch::finished);
    QSignalSpy restarted(fetch, &bc::api::ListFetch::restarted);
    fetch->start();
    QVERIFY(finished.wait(15000));
    QVERIFY(!fetch->error());
    QCOMPARE(restarted.count(), 1);
    QCOMPARE(fetch->items().size(), 4);
    QCOMPARE(server.requestCount(), 4);
    QStringList ids;
    for (const QJsonObject &item : fetch->items())
        ids << item.value("id"_L1).toString();
    QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"x"_s}));
}

void TestApiClientTransport::cancelStopsPaging()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue({}, ScriptedHttpServer::Behaviour::Hang);
    ApiClient client(Environment::custom(server.baseUrl()));
    bc::api::ListFetch *fetch = client.fetchAll(ApiRequest::get(u"bc/get/"_s), u"list"_s, 50);
    QSignalSpy finished(fetch, &bc::api::ListFetch::finished);
    fetch->start();
    QTRY_COMPARE(server.requestCount(), 1);
    fetch->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(fetch->error());
    QCOMPARE(fetch->error()->kind, ApiError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(server.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestApiClientTransport)
#include "tst_apiclienttransport.moc"
