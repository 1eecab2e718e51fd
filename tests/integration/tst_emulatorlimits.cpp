// The emulator's rate limits (reference §1.7) and sandbox mode (§1.8): the app's QPS and QPM
// windows, per-endpoint buckets in the sandbox, 40009 for endpoints the sandbox lacks, and the
// order of those checks against routing and auth. Time comes from a clock the test drives, so no
// test waits for a window to pass (one checks the real clock with a short window).
#include <emulator/emulatorserver.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorReply;
using bc::emulator::EmulatorRequest;
using bc::emulator::EmulatorServer;
using bc::emulator::Endpoint;
using bc::emulator::World;

namespace {

const QByteArray validToken = QByteArrayLiteral("fake-test-token");
constexpr int ok = 0;
constexpr int tooManyRequests = 40100;
constexpr int unsupportedInSandbox = 40009;

struct Answer
{
    bool finished = false;
    int httpStatus = 0;
    QJsonObject json;

    [[nodiscard]] int code() const { return json.value(u"code"_s).toInt(-1); }
};

EmulatorConfig limits(int qps, int qpm, bool sandbox = false)
{
    EmulatorConfig config;
    config.qps = qps;
    config.qpm = qpm;
    config.sandbox = sandbox;
    return config;
}

// A second endpoint besides /bc/get/, so tests can tell per-app from per-endpoint counting.
Endpoint echoEndpoint()
{
    return {QHttpServerRequest::Method::Get, true, [](World &, const EmulatorRequest &request) {
                return EmulatorReply::success({{u"endpoint"_s, request.endpoint}});
            }};
}

} // namespace

class TestEmulatorLimits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void underTheLimitAllPass();
    void overQpsAnswers40100InTheEnvelope();
    void secondWindowSlides();
    void minuteWindow();
    void rejectedRequestsDoNotCount();
    void appBucketCountsEveryPath();
    void rateLimitComesBeforeAuthAfterRouting();
    void zeroTurnsLimitsOff();
    void statsCountRateLimitedAnswers();
    void realClockWindowPasses();

    void sandboxLimitsEachEndpoint();
    void sandboxMinuteWindow();
    void sandboxUnsupportedEndpoints_data();
    void sandboxUnsupportedEndpoints();

private:
    std::unique_ptr<EmulatorServer> startServer(EmulatorConfig config);
    Answer get(const QString &endpointPath, const QByteArray &token = validToken);

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
    qint64 m_nowMs = 0; // the servers' clock
};

void TestEmulatorLimits::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestEmulatorLimits::init()
{
    m_server.reset();
    m_nowMs = 1000000;
}

std::unique_ptr<EmulatorServer> TestEmulatorLimits::startServer(EmulatorConfig config)
{
    config.accessToken = QString::fromLatin1(validToken);
    config.businessCenterCount = 3;
    auto server = std::make_unique<EmulatorServer>(config);
    server->setClock([this] { return m_nowMs; });
    server->addEndpoint(u"test/echo/"_s, echoEndpoint());
    if (server->listenOnLoopback(0) == 0)
        return nullptr;
    return server;
}

Answer TestEmulatorLimits::get(const QString &endpointPath, const QByteArray &token)
{
    Answer answer;
    if (!m_server)
        return answer;
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(u"v1.3/"_s + endpointPath)));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Access-Token"), token);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return answer;
    answer.finished = true;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

void TestEmulatorLimits::underTheLimitAllPass()
{
    m_server = startServer(limits(5, 100));
    QVERIFY(m_server);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(u"bc/get/"_s).code(), ok);
    // The next second has room again.
    m_nowMs += 1000;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(u"bc/get/"_s).code(), ok);
}

void TestEmulatorLimits::overQpsAnswers40100InTheEnvelope()
{
    m_server = startServer(limits(3, 100));
    QVERIFY(m_server);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(u"bc/get/"_s).code(), ok);

    const Answer limited = get(u"bc/get/"_s);
    QVERIFY(limited.finished);
    QCOMPARE(limited.httpStatus, 200);
    QCOMPARE(limited.code(), tooManyRequests);
    QCOMPARE(limited.json.value(u"message"_s).toString(), u"Too many requests"_s);
    QVERIFY(!limited.json.value(u"request_id"_s).toString().isEmpty());
    QVERIFY(limited.json.value(u"data"_s).isObject());
    QVERIFY(limited.json.value(u"data"_s).toObject().isEmpty());
    QCOMPARE(limited.json.keys().size(), 4);

    m_nowMs += 999;
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
    m_nowMs += 1;
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
}

void TestEmulatorLimits::secondWindowSlides()
{
    // A fixed window starting at a whole second would let 3 + 3 through around its edge.
    m_server = startServer(limits(3, 100));
    QVERIFY(m_server);
    QCOMPARE(get(u"bc/get/"_s).code(), ok); // t = 0
    m_nowMs += 600;
    QCOMPARE(get(u"bc/get/"_s).code(), ok); // t = 600
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    m_nowMs += 300;
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests); // t = 900: 3 in the last second
    m_nowMs += 100;
    QCOMPARE(get(u"bc/get/"_s).code(), ok); // t = 1000: the first one has left the window
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
    m_nowMs += 600;
    QCOMPARE(get(u"bc/get/"_s).code(), ok); // t = 1600: both from t = 600 left
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
}

void TestEmulatorLimits::minuteWindow()
{
    m_server = startServer(limits(5, 8));
    QVERIFY(m_server);
    for (int i = 0; i < 5; ++i) // t = 0
        QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests); // QPS
    m_nowMs += 1000;
    for (int i = 0; i < 3; ++i) // t = 1 s: 8 in the minute
        QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests); // QPM, though this second has room
    m_nowMs += 30000;
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests); // t = 31 s
    m_nowMs += 28999;
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests); // t = 59.999 s
    m_nowMs += 1;
    // t = 60 s: the five from t = 0 have left the minute; the three from t = 1 s have not.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
}

void TestEmulatorLimits::rejectedRequestsDoNotCount()
{
    m_server = startServer(limits(2, 3));
    QVERIFY(m_server);
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
    m_nowMs += 1000;
    // Ten throttled calls used up nothing: one call of the minute's three is left.
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
}

void TestEmulatorLimits::appBucketCountsEveryPath()
{
    m_server = startServer(limits(4, 100));
    QVERIFY(m_server);
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"test/echo/"_s).code(), ok);
    QCOMPARE(get(u"test/echo/"_s).code(), ok);
    // A call that fails auth still counts: the bucket is the app's, whatever the token.
    QCOMPARE(get(u"bc/get/"_s, "wrong-token").code(), 40105);
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
    QCOMPARE(get(u"test/echo/"_s).code(), tooManyRequests);
}

void TestEmulatorLimits::rateLimitComesBeforeAuthAfterRouting()
{
    m_server = startServer(limits(1, 100));
    QVERIFY(m_server);
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    // Unknown routes have no bucket: 40400, and they use up nothing.
    QCOMPARE(get(u"no/such/endpoint/"_s).code(), 40400);
    // Over the limit, the token is not even looked at.
    QCOMPARE(get(u"bc/get/"_s, "wrong-token").code(), tooManyRequests);
    QCOMPARE(get(u"bc/get/"_s, QByteArray()).code(), tooManyRequests);
    m_nowMs += 1000;
    QCOMPARE(get(u"no/such/endpoint/"_s).code(), 40400);
    QCOMPARE(get(u"bc/get/"_s, QByteArray()).code(), 40104);
}

void TestEmulatorLimits::zeroTurnsLimitsOff()
{
    m_server = startServer(limits(0, 0));
    QVERIFY(m_server);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(get(u"bc/get/"_s).code(), ok);
}

void TestEmulatorLimits::statsCountRateLimitedAnswers()
{
    m_server = startServer(limits(1, 100));
    QVERIFY(m_server);
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
    QCOMPARE(get(u"test/echo/"_s).code(), tooManyRequests);
    QCOMPARE(get(u"test/echo/"_s).code(), tooManyRequests);

    const bc::emulator::EmulatorStats stats = m_server->stats();
    QCOMPARE(stats.totalRequests, 4);
    QCOMPARE(stats.rateLimitedRequests, 3);
    QCOMPARE(stats.rateLimitedByPath.value(u"/open_api/v1.3/bc/get/"_s), 1);
    QCOMPARE(stats.rateLimitedByPath.value(u"/open_api/v1.3/test/echo/"_s), 2);
    QCOMPARE(stats.faultsServed, 0);
}

void TestEmulatorLimits::realClockWindowPasses()
{
    m_server = startServer(limits(2, 100));
    QVERIFY(m_server);
    m_server->setClock({}); // back to the real clock
    int limited = 0;
    for (int i = 0; i < 3; ++i)
        limited += get(u"bc/get/"_s).code() == tooManyRequests ? 1 : 0;
    QCOMPARE(limited, 1);
    // Within about a second the window has room again. (Not QTRY_COMPARE: it would send one
    // more request after the one that passed.)
    QElapsedTimer clock;
    clock.start();
    int code = tooManyRequests;
    while (code == tooManyRequests && clock.elapsed() < 3000) {
        QTest::qWait(50);
        code = get(u"bc/get/"_s).code();
    }
    QCOMPARE(code, ok);
}

void TestEmulatorLimits::sandboxLimitsEachEndpoint()
{
    // The sandbox ignores the app's tier: 1 request per second per endpoint.
    m_server = startServer(limits(100, 6000, true));
    QVERIFY(m_server);
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    const Answer limited = get(u"bc/get/"_s);
    QCOMPARE(limited.httpStatus, 200);
    QCOMPARE(limited.code(), tooManyRequests);
    // Another endpoint has its own bucket.
    QCOMPARE(get(u"test/echo/"_s).code(), ok);
    QCOMPARE(get(u"test/echo/"_s).code(), tooManyRequests);
    m_nowMs += 1000;
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(get(u"test/echo/"_s).code(), ok);
    QCOMPARE(m_server->stats().rateLimitedRequests, 2);
}

void TestEmulatorLimits::sandboxMinuteWindow()
{
    m_server = startServer(limits(10, 600, true));
    QVERIFY(m_server);
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(get(u"bc/get/"_s).code(), ok);
        m_nowMs += 1000;
    }
    // t = 30 s: 30 in the last minute.
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
    QCOMPARE(get(u"test/echo/"_s).code(), ok);
    m_nowMs += 29999;
    QCOMPARE(get(u"bc/get/"_s).code(), tooManyRequests);
    m_nowMs += 1; // t = 60 s: the first one has left the minute
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
}

void TestEmulatorLimits::sandboxUnsupportedEndpoints_data()
{
    QTest::addColumn<QString>("endpointPath");
    for (const QString &path : EmulatorServer::sandboxUnsupportedEndpoints())
        QTest::newRow(qPrintable(path)) << path;
}

void TestEmulatorLimits::sandboxUnsupportedEndpoints()
{
    QFETCH(QString, endpointPath);
    QVERIFY(EmulatorServer::sandboxUnsupportedEndpoints().contains(u"advertiser/info/"_s));
    QVERIFY(EmulatorServer::sandboxUnsupportedEndpoints().contains(u"oauth2/advertiser/get/"_s));

    // Registered here, whatever the emulator implements: the check is on the path.
    m_server = startServer(limits(10, 600, true));
    QVERIFY(m_server);
    m_server->addEndpoint(endpointPath, echoEndpoint());
    const Answer unsupported = get(endpointPath);
    QCOMPARE(unsupported.httpStatus, 200);
    QCOMPARE(unsupported.code(), unsupportedInSandbox);
    QVERIFY(unsupported.json.value(u"message"_s).toString().contains(endpointPath));
    QVERIFY(unsupported.json.value(u"data"_s).toObject().isEmpty());
    // The sandbox lacks it for everybody: no token needed to learn that, and no quota used.
    QCOMPARE(get(endpointPath, QByteArray()).code(), unsupportedInSandbox);
    QCOMPARE(get(u"bc/get/"_s).code(), ok);
    QCOMPARE(m_server->stats().rateLimitedRequests, 0);

    // Outside the sandbox the same endpoint answers.
    m_server = startServer(limits(10, 600));
    QVERIFY(m_server);
    m_server->addEndpoint(endpointPath, echoEndpoint());
    const Answer served = get(endpointPath);
    QCOMPARE(served.code(), ok);
    QCOMPARE(served.json.value(u"data"_s).toObject().value(u"endpoint"_s).toString(), endpointPath);
}

QTEST_GUILESS_MAIN(TestEmulatorLimits)
#include "tst_emulatorlimits.moc"
