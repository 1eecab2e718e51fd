// EmulatorHost: the emulator on its own thread, as the app's demo environment runs it.
#include <emulator/emulatorhost.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorHost;

namespace {

EmulatorConfig testConfig()
{
    EmulatorConfig config;
    config.accessToken = u"fake-test-token"_s;
    config.seed = 3;
    config.businessCenterCount = 4;
    return config;
}

} // namespace

class TestEmulatorHost final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startServesAndStops();
    void servesWhileCallerThreadBlocks();
    void startFailsOnPortInUse();
    void stopIsIdempotentAndRestartWorks();
    void destructorStopsServer();

private:
    // The decoded envelope of GET /bc/get/, or an empty object on a network error.
    QJsonObject bcGet(const QUrl &baseUrl, QNetworkReply::NetworkError *error = nullptr);

    QNetworkAccessManager m_network;
};

void TestEmulatorHost::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QJsonObject TestEmulatorHost::bcGet(const QUrl &baseUrl, QNetworkReply::NetworkError *error)
{
    m_network.clearConnectionCache();
    QNetworkRequest request(baseUrl.resolved(QUrl(u"v1.3/bc/get/"_s)));
    request.setRawHeader(QByteArrayLiteral("Access-Token"), QByteArrayLiteral("fake-test-token"));
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    if (error)
        *error = reply->error();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestEmulatorHost::startServesAndStops()
{
    EmulatorHost host(testConfig());
    QVERIFY(!host.isRunning());
    QVERIFY(host.baseUrl().isEmpty());
    QVERIFY(host.start());
    QVERIFY(host.isRunning());

    static const QRegularExpression shape(u"^http://127\\.0\\.0\\.1:([0-9]+)/open_api/$"_s);
    const QUrl baseUrl = host.baseUrl();
    QVERIFY2(shape.match(baseUrl.toString()).hasMatch(), qPrintable(baseUrl.toString()));

    QCOMPARE(host.stats().totalRequests, 0);
    const QJsonObject answer = bcGet(baseUrl);
    QCOMPARE(answer.value(u"code"_s).toInt(-1), 0);
    QCOMPARE(answer.value(u"data"_s).toObject().value(u"list"_s).toArray().size(), 4);
    QCOMPARE(host.stats().totalRequests, 1);
    QCOMPARE(host.stats().requestsByPath.value(u"/open_api/v1.3/bc/get/"_s), 1);

    host.stop();
    QVERIFY(!host.isRunning());
    QVERIFY(host.baseUrl().isEmpty());
    QCOMPARE(host.stats().totalRequests, 0);
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bcGet(baseUrl, &error);
    QCOMPARE(error, QNetworkReply::ConnectionRefusedError);
}

void TestEmulatorHost::servesWhileCallerThreadBlocks()
{
    // Blocking socket calls on this thread only get an answer if the server runs elsewhere.
    EmulatorHost host(testConfig());
    QVERIFY(host.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(host.baseUrl().port()));
    QVERIFY(socket.waitForConnected(10000));
    socket.write(QByteArrayLiteral("GET /open_api/v1.3/bc/get/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Access-Token: fake-test-token\r\n\r\n"));
    QByteArray received;
    while (!received.contains("\"request_id\"") && socket.waitForReadyRead(10000))
        received += socket.readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.constData());
    QVERIFY(received.contains("\"code\":0"));
}

void TestEmulatorHost::startFailsOnPortInUse()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));

    EmulatorHost host(testConfig());
    QVERIFY(!host.start(occupier.serverPort()));
    QVERIFY(!host.isRunning());
    QVERIFY(host.baseUrl().isEmpty());
    QVERIFY(!host.errorString().isEmpty());
}

void TestEmulatorHost::stopIsIdempotentAndRestartWorks()
{
    EmulatorHost host(testConfig());
    host.stop(); // never started
    QVERIFY(host.start());
    QVERIFY(host.start()); // already running: a no-op
    host.stop();
    host.stop();
    QVERIFY(host.start());
    QCOMPARE(bcGet(host.baseUrl()).value(u"code"_s).toInt(-1), 0);
}

void TestEmulatorHost::destructorStopsServer()
{
    QUrl baseUrl;
    {
        EmulatorHost host(testConfig());
        QVERIFY(host.start());
        baseUrl = host.baseUrl();
        QCOMPARE(bcGet(baseUrl).value(u"code"_s).toInt(-1), 0);
    }
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bcGet(baseUrl, &error);
    QCOMPARE(error, QNetworkReply::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestEmulatorHost)
#include "tst_emulatorhost.moc"
