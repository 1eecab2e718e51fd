// The transport rules of the API client: https only for sandbox and production, plain http only
// for a custom or demo root on the loopback interface (refused before anything is sent), TLS
// errors never ignored, and credentials never following a redirect: a loopback server that
// answers 302/307 towards another loopback port must not see that second port receive the
// Access-Token (or anything at all). Everything stays on 127.0.0.1: where a rule is tested by a
// request that must NOT leave, an application proxy on loopback catches it if it ever did.
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "tests/support/scriptedhttpserver.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ApiCall;
using bc::api::ApiClient;
using bc::api::ApiRequest;
using bc::api::Environment;
using bc::api::EnvironmentKind;
using bc::testing::ScriptedHttpServer;

namespace {

const QString fakeToken = u"fake-transport-token-5d1e"_s;

QByteArray redirectResponse(int status, const QByteArray &location)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + location
           + "\r\nContent-Type: text/plain\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

} // namespace

class TestTransportRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void transportProblem_data();
    void transportProblem();
    void plainHttpIsFlagged_data();
    void plainHttpIsFlagged();
    void refusedRootSendsNothing_data();
    void refusedRootSendsNothing();
    void redirectDoesNotCarryTheToken_data();
    void redirectDoesNotCarryTheToken();
    void nothingIgnoresTlsErrors();
};

void TestTransportRules::init()
{
    // No proxy from the environment: the loopback servers below are talked to directly.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestTransportRules::cleanup()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestTransportRules::transportProblem_data()
{
    QTest::addColumn<EnvironmentKind>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("production") << EnvironmentKind::Production << QString() << true;
    QTest::newRow("sandbox") << EnvironmentKind::Sandbox << QString() << true;
    QTest::newRow("custom https") << EnvironmentKind::Custom
                                  << u"https://api.example.test/open_api/"_s << true;
    QTest::newRow("custom http 127.0.0.1")
            << EnvironmentKind::Custom << u"http://127.0.0.1:8080/open_api/"_s << true;
    QTest::newRow("custom http 127.1.2.3")
            << EnvironmentKind::Custom << u"http://127.1.2.3:8080/open_api/"_s << true;
    QTest::newRow("custom http localhost")
            << EnvironmentKind::Custom << u"http://localhost:8080/open_api/"_s << true;
    QTest::newRow("custom http LOCALHOST")
            << EnvironmentKind::Custom << u"http://LOCALHOST:8080/open_api/"_s << true;
    QTest::newRow("custom http ::1")
            << EnvironmentKind::Custom << u"http://[::1]:8080/open_api/"_s << true;
    QTest::newRow("demo http loopback")
            << EnvironmentKind::Demo << u"http://127.0.0.1:9/open_api/"_s << true;
    QTest::newRow("custom http LAN")
            << EnvironmentKind::Custom << u"http://192.168.1.20/open_api/"_s << false;
    QTest::newRow("custom http name")
            << EnvironmentKind::Custom << u"http://api.example.test/open_api/"_s << false;
    QTest::newRow("custom http localhost lookalike")
            << EnvironmentKind::Custom << u"http://localhost.example.test/open_api/"_s << false;
    QTest::newRow("custom ftp") << EnvironmentKind::Custom << u"ftp://127.0.0.1/open_api/"_s
                                << false;
    QTest::newRow("demo http LAN")
            << EnvironmentKind::Demo << u"http://10.0.0.7:9/open_api/"_s << false;
}

void TestTransportRules::transportProblem()
{
    QFETCH(EnvironmentKind, kind);
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const Environment environment = kind == EnvironmentKind::Production ? Environment::production()
                                    : kind == EnvironmentKind::Sandbox  ? Environment::sandbox()
                                    : kind == EnvironmentKind::Demo
                                            ? Environment::demo(QUrl(url))
                                            : Environment::custom(QUrl(url));
    const QString problem = environment.transportProblem();
    QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
    if (kind == EnvironmentKind::Production || kind == EnvironmentKind::Sandbox)
        QCOMPARE(environment.baseUrl().scheme(), u"https"_s);
}

void TestTransportRules::plainHttpIsFlagged_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("plain");
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080/open_api/"_s << true;
    QTest::newRow("https") << u"https://api.example.test/open_api/"_s << false;
}

void TestTransportRules::plainHttpIsFlagged()
{
    QFETCH(QString, url);
    QFETCH(bool, plain);
    QCOMPARE(Environment::custom(QUrl(url)).usesPlainHttp(), plain);
    QVERIFY(!Environment::production().usesPlainHttp());
    QVERIFY(!Environment::sandbox().usesPlainHttp());
}

void TestTransportRules::refusedRootSendsNothing_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http LAN") << u"http://192.168.1.20/open_api/"_s;
    QTest::newRow("http name") << u"http://api.example.test/open_api/"_s;
}

void TestTransportRules::refusedRootSendsNothing()
{
    QFETCH(QString, url);
    // Were the rule broken, the request would go to this loopback proxy, never further.
    ScriptedHttpServer proxy;
    QVERIFY(proxy.listen());
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s,
                                                     quint16(proxy.baseUrl().port())));
    ApiClient client(Environment::custom(QUrl(url)));
    client.setAccessToken(fakeToken);
    QNetworkReply *reply = client.transmit(ApiRequest::get(u"bc/get/"_s));
    QVERIFY(reply == nullptr);

    // Through send(): a typed failure, no request anywhere.
    ApiCall *call = client.send(ApiRequest::get(u"bc/get/"_s));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(call->isFinished() || finished.wait(5000));
    QVERIFY(!call->result().ok());
    QTest::qWait(200); // time for a stray connection to show up at the proxy
    QCOMPARE(proxy.requestCount(), 0);
}

void TestTransportRules::redirectDoesNotCarryTheToken_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("302 GET") << 302 << QByteArray("GET");
    QTest::newRow("301 GET") << 301 << QByteArray("GET");
    QTest::newRow("307 POST") << 307 << QByteArray("POST");
    QTest::newRow("308 POST") << 308 << QByteArray("POST");
}

void TestTransportRules::redirectDoesNotCarryTheToken()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    ScriptedHttpServer api;
    ScriptedHttpServer elsewhere; // another "host": a different loopback port
    QVERIFY(api.listen());
    QVERIFY(elsewhere.listen());
    elsewhere.enqueue(ScriptedHttpServer::response(
            200, "application/json", R"({"code":0,"message":"OK","request_id":"r","data":{}})"));
    const QUrl target = elsewhere.baseUrl().resolved(QUrl(u"v1.3/bc/get/"_s));
    api.enqueue(redirectResponse(status, target.toEncoded()));

    ApiClient client(Environment::custom(api.baseUrl()));
    client.setAccessToken(fakeToken);
    bc::api::RetryPolicy::Settings once;
    once.maxAttempts = 1;
    once.maxThrottleAttempts = 1;
    client.setRetryPolicy(bc::api::RetryPolicy(once));
    ApiRequest request = method == "GET" ? ApiRequest::get(u"bc/get/"_s)
                                         : ApiRequest::post(u"bc/transfer/"_s, QJsonObject{});
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(call->isFinished() || finished.wait(10000));

    // The token did go to the API's own address (so this test can see it)...
    QCOMPARE(api.requestCount(), 1);
    QVERIFY(api.lastRequestHead().contains(
            QByteArray(QByteArray("Access-Token: ") + fakeToken.toUtf8())));
    // ...the redirect was not followed, and the call failed instead of succeeding elsewhere.
    QTest::qWait(200);
    QCOMPARE(elsewhere.requestCount(), 0);
    QVERIFY(!elsewhere.lastRequestHead().contains(fakeToken.toUtf8()));
    QVERIFY(!call->result().ok());
}

void TestTransportRules::nothingIgnoresTlsErrors()
{
    // No code of ours may switch off certificate checks: every folder that ships.
    int scanned = 0;
    for (const QString &folder : {u"core"_s, u"cli"_s, u"app"_s, u"ui"_s, u"models"_s}) {
        QDirIterator it(QStringLiteral(BC_SOURCE_DIR) + u'/' + folder, {u"*.cpp"_s, u"*.h"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            ++scanned;
            QVERIFY2(!text.contains("ignoreSslErrors"), qPrintable(file.fileName()));
            QVERIFY2(!text.contains("VerifyNone"), qPrintable(file.fileName()));
        }
    }
    QVERIFY(scanned > 50);
}

QTEST_GUILESS_MAIN(TestTransportRules)
#include "tst_transportrules.moc"
