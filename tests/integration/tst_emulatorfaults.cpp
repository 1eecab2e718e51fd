// The emulator's faults and latency, for tests and benchmarks of clients: every FaultKind through
// the control API, what exactly goes over the wire for each, random faults from the seed,
// latency that delays without blocking, the statistics and GET /__emulator/stats.
#include <emulator/emulatorhost.h>
#include <emulator/emulatorserver.h>
#include <emulator/faultinjector.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorHost;
using bc::emulator::EmulatorReply;
using bc::emulator::EmulatorRequest;
using bc::emulator::EmulatorServer;
using bc::emulator::Endpoint;
using bc::emulator::FaultInjector;
using bc::emulator::FaultKind;
using bc::emulator::World;

Q_DECLARE_METATYPE(FaultKind)

namespace {

const QByteArray validToken = QByteArrayLiteral("fake-test-token");
const QString bcGetPath = u"/open_api/v1.3/bc/get/"_s;

struct Answer
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QString contentType;
    qint64 contentLength = -1;
    QByteArray body;
    QJsonObject json;
    bool bodyIsJson = false;

    [[nodiscard]] int code() const { return json.value(u"code"_s).toInt(-1); }
    // An error, or a body shorter than announced: QNetworkAccessManager 6.4 takes a connection
    // closed while it reads the body as the body's end, Content-Length notwithstanding, and
    // reports no error.
    [[nodiscard]] bool broken() const
    {
        return error != QNetworkReply::NoError
               || (contentLength >= 0 && body.size() < contentLength);
    }
    // A short fingerprint, to compare what two servers answered.
    [[nodiscard]] QString signature() const
    {
        return QString::number(httpStatus) + u'/' + (bodyIsJson ? QString::number(code()) : u"-"_s)
               + u'/' + (broken() ? u"broken"_s : u"ok"_s);
    }
};

// What arrived on a raw connection: the header block and whatever body came before EOF.
struct RawAnswer
{
    QByteArray head;
    QByteArray body;
    bool closedByServer = false;

    [[nodiscard]] bool complete() const
    {
        return contentLength() >= 0 && body.size() >= contentLength();
    }
    // "status/code/how": how is complete, cut (closed early) or none (no answer).
    [[nodiscard]] QString signature() const
    {
        const QList<QByteArray> statusLine = head.left(head.indexOf('\r')).split(' ');
        const int status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
        const QString code = parseError.error == QJsonParseError::NoError
                                     ? QString::number(json.object().value(u"code"_s).toInt(-1))
                                     : u"-"_s;
        const QString how = complete() ? u"complete"_s : head.isEmpty() ? u"none"_s : u"cut"_s;
        return QString::number(status) + u'/' + code + u'/' + how;
    }
    [[nodiscard]] qint64 contentLength() const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        }
        return -1;
    }
};

EmulatorConfig unlimitedConfig()
{
    EmulatorConfig config;
    config.accessToken = QString::fromLatin1(validToken);
    config.businessCenterCount = 12;
    config.qps = 0; // these tests are about faults, not throttling
    config.qpm = 0;
    return config;
}

} // namespace

class TestEmulatorFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void envelopeFaults_data();
    void envelopeFaults();
    void gatewayHtmlFaults_data();
    void gatewayHtmlFaults();
    void truncatedJson();
    void closeMidBody();
    void closeMidBodyOverQNetworkAccessManager();
    void hangNeverAnswersAndIsDroppedWithTheConnection();
    void hangIsReleasedWithTheServer();
    void timesCountsDown();
    void unlimitedUntilCleared();
    void faultsQueueInOrderPerPath();
    void faultsOnlyHitValidRequests();
    void fullPathWorksToo();
    void randomFaultsFollowTheSeed();
    void randomFaultsEndToEnd();
    void latencyDelaysEveryAnswer();
    void latencyJitterStaysInRange();
    void latencyDoesNotBlockTheServer();
    void delayedAnswersKeepTheirOrder();
    void statsCountFaults();
    void statsEndpointNeedsNoToken();
    void hostForwardsFaultControl();

private:
    std::unique_ptr<EmulatorServer> startServer(const EmulatorConfig &config = unlimitedConfig());
    Answer get(const QUrl &baseUrl, const QString &endpointPath = u"bc/get/"_s,
               const QByteArray &token = validToken, int transferTimeoutMs = 10000);
    Answer get(const QString &endpointPath = u"bc/get/"_s, const QByteArray &token = validToken)
    {
        return get(m_server->baseUrl(), endpointPath, token);
    }
    // Sends raw HTTP requests on a new connection and reads until the server closes it, nothing
    // comes for quietMs, or (completeOne) the first answer is complete.
    RawAnswer rawExchange(quint16 port, const QByteArray &requests, int quietMs = 2000,
                          bool completeOne = false);

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestEmulatorFaults::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestEmulatorFaults::cleanup()
{
    m_network.clearConnectionCache();
    m_server.reset();
}

std::unique_ptr<EmulatorServer> TestEmulatorFaults::startServer(const EmulatorConfig &config)
{
    auto server = std::make_unique<EmulatorServer>(config);
    server->addEndpoint(u"test/echo/"_s, {QHttpServerRequest::Method::Get, true,
                                          [](World &, const EmulatorRequest &) {
                                              return EmulatorReply::success({{u"echo"_s, true}});
                                          }});
    if (server->listenOnLoopback(0) == 0)
        return nullptr;
    return server;
}

Answer TestEmulatorFaults::get(const QUrl &baseUrl, const QString &endpointPath,
                               const QByteArray &token, int transferTimeoutMs)
{
    Answer answer;
    QNetworkRequest request(baseUrl.resolved(
            QUrl(endpointPath.startsWith(u'/') ? endpointPath : u"v1.3/"_s + endpointPath)));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Access-Token"), token);
    request.setTransferTimeout(transferTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(transferTimeoutMs + 5000))
        return answer;
    answer.finished = true;
    answer.error = reply->error();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    answer.contentLength = length.isValid() ? length.toLongLong() : -1;
    if (reply->isOpen()) // closed after a timeout
        answer.body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    answer.bodyIsJson = parseError.error == QJsonParseError::NoError && document.isObject();
    answer.json = document.object();
    return answer;
}

RawAnswer TestEmulatorFaults::rawExchange(quint16 port, const QByteArray &requests, int quietMs,
                                          bool completeOne)
{
    RawAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    if (socket.state() != QAbstractSocket::ConnectedState && !connected.wait(5000))
        return answer;
    socket.write(requests);
    QByteArray received;
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    const auto split = [&answer, &received] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        answer.head = end < 0 ? received : received.left(end);
        answer.body = end < 0 ? QByteArray() : received.mid(end + 4);
    };
    while (socket.state() == QAbstractSocket::ConnectedState) {
        if (!readyRead.wait(quietMs))
            break;
        received += socket.readAll();
        split();
        if (completeOne && answer.complete())
            return answer;
    }
    received += socket.readAll();
    split();
    answer.closedByServer =
            socket.state() == QAbstractSocket::UnconnectedState || !disconnected.isEmpty();
    return answer;
}

void TestEmulatorFaults::envelopeFaults_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("50000") << FaultKind::SystemError50000 << 50000 << u"System error."_s;
    QTest::newRow("50002") << FaultKind::SystemTimeout50002 << 50002 << u"System timeout."_s;
}

void TestEmulatorFaults::envelopeFaults()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedMessage);

    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, kind);
    const Answer answer = get();
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.httpStatus, 200);
    QCOMPARE(answer.contentType, u"application/json"_s);
    QVERIFY(answer.bodyIsJson);
    QCOMPARE(answer.code(), expectedCode);
    QCOMPARE(answer.json.value(u"message"_s).toString(), expectedMessage);
    QVERIFY(!answer.json.value(u"request_id"_s).toString().isEmpty());
    QVERIFY(answer.json.value(u"data"_s).isObject());
    QVERIFY(answer.json.value(u"data"_s).toObject().isEmpty());
    // Once only.
    QCOMPARE(get().code(), 0);
}

void TestEmulatorFaults::gatewayHtmlFaults_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("502") << FaultKind::Http502Html << 502;
    QTest::newRow("504") << FaultKind::Http504Html << 504;
}

void TestEmulatorFaults::gatewayHtmlFaults()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, expectedStatus);

    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, kind);
    const Answer answer = get();
    QVERIFY(answer.finished);
    QCOMPARE(answer.httpStatus, expectedStatus);
    QVERIFY(answer.error != QNetworkReply::NoError); // an HTTP error status
    QCOMPARE(answer.contentType, u"text/html"_s);
    QVERIFY2(answer.body.startsWith("<html>"), answer.body.constData());
    QVERIFY(answer.body.contains(QByteArray::number(expectedStatus)));
    QVERIFY(!answer.bodyIsJson);
    QCOMPARE(answer.contentLength, answer.body.size());
    QCOMPARE(get().code(), 0);
}

void TestEmulatorFaults::truncatedJson()
{
    m_server = startServer();
    QVERIFY(m_server);
    const QByteArray whole = get().body;
    QVERIFY(whole.startsWith("{\"code\":0"));

    m_server->injectFault(u"bc/get/"_s, FaultKind::TruncatedJson);
    const Answer answer = get();
    QVERIFY(answer.finished);
    // The HTTP framing is correct; only the JSON inside is cut.
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.httpStatus, 200);
    QCOMPARE(answer.contentType, u"application/json"_s);
    QCOMPARE(answer.contentLength, answer.body.size());
    QVERIFY(!answer.body.isEmpty());
    QVERIFY(answer.body.size() < whole.size());
    QVERIFY(answer.body.startsWith("{\"code\":0"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(answer.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QCOMPARE(get().code(), 0);
}

void TestEmulatorFaults::closeMidBody()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::CloseMidBody);
    const RawAnswer answer = rawExchange(
            m_server->port(), "GET /open_api/v1.3/bc/get/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Access-Token: fake-test-token\r\n\r\n");
    QVERIFY2(answer.head.startsWith("HTTP/1.1 200 OK"), answer.head.constData());
    QVERIFY(answer.closedByServer);
    const qint64 announced = answer.contentLength();
    QVERIFY(announced > 0);
    QVERIFY(!answer.body.isEmpty());
    QVERIFY2(answer.body.size() < announced,
             qPrintable(u"%1 of %2 bytes"_s.arg(answer.body.size()).arg(announced)));
    QVERIFY(answer.body.startsWith("{\"code\":0"));
}

void TestEmulatorFaults::closeMidBodyOverQNetworkAccessManager()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::CloseMidBody);
    const Answer answer = get();
    QVERIFY(answer.finished);
    // What this client makes of it: fewer bytes than Content-Length (and no error; see broken()).
    QVERIFY2(answer.broken(), qPrintable(answer.signature()));
    QCOMPARE(answer.httpStatus, 200);
    QVERIFY(answer.contentLength > answer.body.size());
    QVERIFY(!answer.bodyIsJson);
    // One request: the client did not silently re-send it.
    QCOMPARE(m_server->stats().totalRequests, 1);
    // The next request gets a new connection and a whole answer.
    QCOMPARE(get().code(), 0);
}

void TestEmulatorFaults::hangNeverAnswersAndIsDroppedWithTheConnection()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::Hang);

    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    QSignalSpy connected(socket.get(), &QTcpSocket::connected);
    QVERIFY(connected.wait(5000));
    socket->write("GET /open_api/v1.3/bc/get/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Access-Token: fake-test-token\r\n\r\n");
    QSignalSpy readyRead(socket.get(), &QTcpSocket::readyRead);
    QVERIFY(!readyRead.wait(400)); // a client timeout of 400 ms runs out
    QCOMPARE(socket->bytesAvailable(), 0);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->pendingAnswerCount(), 1);
    QCOMPARE(m_server->stats().faultsByKind.value(FaultKind::Hang), 1);

    // The client gives up: the server drops what it kept for that connection.
    socket->abort();
    QTRY_COMPARE(m_server->pendingAnswerCount(), 0);

    // A client with a transfer timeout sees the timeout, and the server still serves others.
    m_server->injectFault(u"bc/get/"_s, FaultKind::Hang);
    QElapsedTimer clock;
    clock.start();
    const Answer timedOut = get(m_server->baseUrl(), u"bc/get/"_s, validToken, 300);
    QVERIFY(timedOut.finished);
    QVERIFY(timedOut.error != QNetworkReply::NoError);
    QVERIFY(clock.elapsed() >= 250);
    QCOMPARE(get().code(), 0);
    m_network.clearConnectionCache();
    QTRY_COMPARE(m_server->pendingAnswerCount(), 0);
}

void TestEmulatorFaults::hangIsReleasedWithTheServer()
{
    EmulatorConfig config = unlimitedConfig();
    config.latencyMs = 5000; // a delayed answer still waiting, too
    m_server = startServer(config);
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::Hang);

    QTcpSocket hung;
    QTcpSocket delayed;
    for (QTcpSocket *socket : {&hung, &delayed}) {
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QSignalSpy connected(socket, &QTcpSocket::connected);
        QVERIFY(connected.wait(5000));
        socket->write("GET /open_api/v1.3/bc/get/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Access-Token: fake-test-token\r\n\r\n");
        QTRY_COMPARE(m_server->stats().totalRequests, socket == &hung ? 1 : 2);
    }
    QCOMPARE(m_server->pendingAnswerCount(), 2);

    // Destroying the server frees both (LeakSanitizer checks) and closes the connections.
    QSignalSpy hungClosed(&hung, &QTcpSocket::disconnected);
    QSignalSpy delayedClosed(&delayed, &QTcpSocket::disconnected);
    m_server.reset();
    QVERIFY(hungClosed.wait(5000));
    QTRY_COMPARE(delayedClosed.size(), 1);
    QCOMPARE(hung.bytesAvailable(), 0);
    QCOMPARE(delayed.bytesAvailable(), 0);
}

void TestEmulatorFaults::timesCountsDown()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::SystemError50000, 3);
    QCOMPARE(get().code(), 50000);
    QCOMPARE(get().code(), 50000);
    QCOMPARE(get().code(), 50000);
    QCOMPARE(get().code(), 0);
    QCOMPARE(get().code(), 0);
    m_server->injectFault(u"bc/get/"_s, FaultKind::SystemError50000, 0); // nothing
    QCOMPARE(get().code(), 0);
}

void TestEmulatorFaults::unlimitedUntilCleared()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::SystemTimeout50002, -1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get().code(), 50002);
    m_server->clearFaults();
    QCOMPARE(get().code(), 0);
}

void TestEmulatorFaults::faultsQueueInOrderPerPath()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::Http502Html);
    m_server->injectFault(u"bc/get/"_s, FaultKind::SystemError50000, 2);
    m_server->injectFault(u"bc/get/"_s, FaultKind::Http504Html);
    QCOMPARE(get().httpStatus, 502);
    QCOMPARE(get().code(), 50000);
    QCOMPARE(get().code(), 50000);
    QCOMPARE(get().httpStatus, 504);
    QCOMPARE(get().code(), 0);
}

void TestEmulatorFaults::faultsOnlyHitValidRequests()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"test/echo/"_s, FaultKind::SystemError50000);
    // Another path, a wrong token, a wrong method and an unknown path leave the fault in place.
    QCOMPARE(get(u"bc/get/"_s).code(), 0);
    QCOMPARE(get(u"test/echo/"_s, "wrong-token").code(), 40105);
    QCOMPARE(get(u"test/echo/"_s, QByteArray()).code(), 40104);
    {
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(u"v1.3/test/echo/"_s)));
        request.setRawHeader(QByteArrayLiteral("Access-Token"), validToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArray("{}")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"code"_s).toInt(-1),
                 40400);
    }
    QCOMPARE(m_server->stats().faultsServed, 0);
    QCOMPARE(get(u"test/echo/"_s).code(), 50000);
    QCOMPARE(get(u"test/echo/"_s).code(), 0);
}

void TestEmulatorFaults::fullPathWorksToo()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(bcGetPath, FaultKind::SystemError50000);
    QCOMPARE(get().code(), 50000);
}

void TestEmulatorFaults::randomFaultsFollowTheSeed()
{
    constexpr int draws = 2000;
    const auto sequence = [](quint32 seed, double rate) {
        FaultInjector injector(seed, rate);
        QList<int> result;
        for (int i = 0; i < draws; ++i) {
            const auto fault = injector.take(u"bc/get/"_s);
            result.append(fault ? static_cast<int>(*fault) : -1);
        }
        return result;
    };
    const QList<int> first = sequence(7, 0.2);
    QCOMPARE(sequence(7, 0.2), first);
    QVERIFY(sequence(8, 0.2) != first);

    const auto faults = std::count_if(first.cbegin(), first.cend(), [](int f) { return f >= 0; });
    QVERIFY2(faults > draws * 0.15 && faults < draws * 0.25, qPrintable(QString::number(faults)));
    // The mix has every kind.
    for (FaultKind kind : bc::emulator::allFaultKinds())
        QVERIFY2(first.contains(static_cast<int>(kind)),
                 qPrintable(bc::emulator::faultKindName(kind)));

    const QList<int> none = sequence(7, 0.0);
    QVERIFY(std::all_of(none.cbegin(), none.cend(), [](int f) { return f < 0; }));
    const QList<int> all = sequence(7, 1.0);
    QVERIFY(std::all_of(all.cbegin(), all.cend(), [](int f) { return f >= 0; }));
}

void TestEmulatorFaults::randomFaultsEndToEnd()
{
    EmulatorConfig config = unlimitedConfig();
    config.seed = 11;
    config.faultRate = 0.5;
    const auto run = [this, &config] {
        m_network.clearConnectionCache();
        const std::unique_ptr<EmulatorServer> server = startServer(config);
        QStringList signatures;
        if (!server)
            return signatures;
        // One connection per request, read raw: QNetworkAccessManager's own retries after a cut
        // connection depend on timing, and would shift the sequence.
        for (int i = 0; i < 12; ++i) {
            signatures.append(
                    rawExchange(server->port(),
                                "GET /open_api/v1.3/bc/get/ HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\nAccess-Token: fake-test-token\r\n\r\n",
                                300, true)
                            .signature());
        }
        signatures.append(QString::number(server->stats().faultsServed));
        m_network.clearConnectionCache();
        return signatures;
    };
    const QStringList first = run();
    QCOMPARE(first.size(), 13);
    QCOMPARE(run(), first);
    const int faults = first.last().toInt();
    QVERIFY2(faults > 0 && faults < 12, qPrintable(first.join(u", "_s)));
}

void TestEmulatorFaults::latencyDelaysEveryAnswer()
{
    EmulatorConfig config = unlimitedConfig();
    config.latencyMs = 150;
    m_server = startServer(config);
    QVERIFY(m_server);
    for (const QString &path : {u"bc/get/"_s, u"no/such/path/"_s}) {
        QElapsedTimer clock;
        clock.start();
        const Answer answer = get(path);
        QVERIFY(answer.finished);
        QVERIFY(answer.bodyIsJson);
        QVERIFY2(clock.elapsed() >= 150, qPrintable(QString::number(clock.elapsed())));
    }
    // Faults are delayed as well.
    m_server->injectFault(u"bc/get/"_s, FaultKind::Http502Html);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(get().httpStatus, 502);
    QVERIFY(clock.elapsed() >= 150);
}

void TestEmulatorFaults::latencyJitterStaysInRange()
{
    EmulatorConfig config = unlimitedConfig();
    config.latencyMs = 120;
    config.latencyJitterMs = 60;
    m_server = startServer(config);
    QVERIFY(m_server);
    for (int i = 0; i < 4; ++i) {
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(get().code(), 0);
        QVERIFY2(clock.elapsed() >= 60, qPrintable(QString::number(clock.elapsed())));
    }
}

void TestEmulatorFaults::latencyDoesNotBlockTheServer()
{
    EmulatorConfig config = unlimitedConfig();
    config.latencyMs = 1000;
    m_server = startServer(config);
    QVERIFY(m_server);

    // Four requests at once on four connections: if each delay blocked the thread, the last
    // would come after 4 s.
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(u"v1.3/bc/get/"_s)));
        request.setRawHeader(QByteArrayLiteral("Access-Token"), validToken);
        replies.emplace_back(m_network.get(request));
    }
    // Meanwhile the stats endpoint, which has no latency, answers at once.
    QTRY_COMPARE(m_server->stats().totalRequests, 4);
    const Answer stats = get(m_server->baseUrl(), u"/__emulator/stats"_s, {});
    QVERIFY(stats.bodyIsJson);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

    QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(),
                            [](const auto &reply) { return reply->isFinished(); }));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 1000 && elapsed < 2500, qPrintable(QString::number(elapsed)));
    for (const auto &reply : replies)
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"code"_s).toInt(-1), 0);
}

void TestEmulatorFaults::delayedAnswersKeepTheirOrder()
{
    // Two pipelined requests on one connection: answers in request order, even though the
    // second needs no handler work.
    EmulatorConfig config = unlimitedConfig();
    config.latencyMs = 100;
    config.latencyJitterMs = 80;
    m_server = startServer(config);
    QVERIFY(m_server);
    const RawAnswer answer =
            rawExchange(m_server->port(),
                        "GET /open_api/v1.3/bc/get/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Access-Token: fake-test-token\r\n\r\n"
                        "GET /open_api/v1.3/nothing/here/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        "GET /open_api/v1.3/test/echo/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Access-Token: fake-test-token\r\n\r\n",
                        600);
    const QByteArray all = answer.head + "\r\n\r\n" + answer.body;
    const qsizetype first = all.indexOf("\"bc_info\"");
    const qsizetype second = all.indexOf("\"code\":40400");
    const qsizetype third = all.indexOf("{\"echo\":true}");
    QVERIFY2(first >= 0 && second > first && third > second, all.constData());
}

void TestEmulatorFaults::statsCountFaults()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::SystemError50000, 2);
    m_server->injectFault(u"test/echo/"_s, FaultKind::Http504Html);
    m_server->injectFault(u"test/echo/"_s, FaultKind::TruncatedJson);
    get();
    get();
    get();
    get(u"test/echo/"_s);
    get(u"test/echo/"_s);
    get(u"test/echo/"_s);

    const bc::emulator::EmulatorStats stats = m_server->stats();
    QCOMPARE(stats.totalRequests, 6);
    QCOMPARE(stats.faultsServed, 4);
    QCOMPARE(stats.faultsByKind.value(FaultKind::SystemError50000), 2);
    QCOMPARE(stats.faultsByKind.value(FaultKind::Http504Html), 1);
    QCOMPARE(stats.faultsByKind.value(FaultKind::TruncatedJson), 1);
    QCOMPARE(stats.faultsByKind.value(FaultKind::Hang), 0);
    QCOMPARE(stats.faultsByPath.value(bcGetPath), 2);
    QCOMPARE(stats.faultsByPath.value(u"/open_api/v1.3/test/echo/"_s), 2);
    QCOMPARE(stats.rateLimitedRequests, 0);
}

void TestEmulatorFaults::statsEndpointNeedsNoToken()
{
    EmulatorConfig config = unlimitedConfig();
    config.qps = 1; // one rate-limited answer below
    m_server = startServer(config);
    QVERIFY(m_server);
    m_server->injectFault(u"bc/get/"_s, FaultKind::Http502Html);
    QCOMPARE(get().httpStatus, 502);
    QCOMPARE(get().code(), 40100);

    const Answer stats = get(m_server->baseUrl(), u"/__emulator/stats"_s, {});
    QVERIFY(stats.finished);
    QCOMPARE(stats.httpStatus, 200);
    QCOMPARE(stats.contentType, u"application/json"_s);
    QVERIFY(stats.bodyIsJson);
    const QJsonObject json = stats.json;
    QCOMPARE(json.value(u"total_requests"_s).toInt(), 2);
    QCOMPARE(json.value(u"requests_by_path"_s).toObject().value(bcGetPath).toInt(), 2);
    QCOMPARE(json.value(u"rate_limited_requests"_s).toInt(), 1);
    QCOMPARE(json.value(u"rate_limited_by_path"_s).toObject().value(bcGetPath).toInt(), 1);
    QCOMPARE(json.value(u"faults_served"_s).toInt(), 1);
    QCOMPARE(json.value(u"faults_by_kind"_s).toObject().value(u"http_502_html"_s).toInt(), 1);
    QCOMPARE(json.value(u"faults_by_path"_s).toObject().value(bcGetPath).toInt(), 1);
    // Reading the stats is not counted, with or without a trailing slash, nor throttled.
    QCOMPARE(get(m_server->baseUrl(), u"/__emulator/stats/"_s, {}).json, json);
    QCOMPARE(m_server->stats().totalRequests, 2);
}

void TestEmulatorFaults::hostForwardsFaultControl()
{
    EmulatorHost host(unlimitedConfig());
    QVERIFY(host.start());
    host.injectFault(u"bc/get/"_s, FaultKind::Http504Html, 2);
    QCOMPARE(get(host.baseUrl()).httpStatus, 504);
    host.clearFaults();
    QCOMPARE(get(host.baseUrl()).code(), 0);
    host.injectFault(u"bc/get/"_s, FaultKind::SystemError50000);
    QCOMPARE(get(host.baseUrl()).code(), 50000);
    QCOMPARE(host.stats().faultsServed, 2);
    host.injectFault(u"bc/get/"_s, FaultKind::Hang);
    const Answer timedOut = get(host.baseUrl(), u"bc/get/"_s, validToken, 300);
    QVERIFY(timedOut.error != QNetworkReply::NoError);
    m_network.clearConnectionCache();
    host.stop();                                     // with a hung connection still open
    host.injectFault(u"bc/get/"_s, FaultKind::Hang); // stopped: a no-op
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
