// The bc-emulator executable as scripts and the CLI tests use it: flags, the first stdout line,
// serving, and a clean exit on SIGTERM / SIGINT.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

QString emulatorPath()
{
    return QString::fromUtf8(BC_EMULATOR_EXE);
}

} // namespace

class TestEmulatorExecutable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesAndExitsCleanlyOnSignal_data();
    void servesAndExitsCleanlyOnSignal();
    void flagsShapeTheWorld();
    void missingTokenIsUsageError();
    void badNumberIsUsageError_data();
    void badNumberIsUsageError();
    void portInUseFails();
    void qpsFlagLimitsAndExitPrintsStats();
    void sandboxFlag();
    void sizeFlag();
    void latencyFlag_data();
    void latencyFlag();
    void faultsFlagAndStatsEndpoint();
    void appIdAndSecretFlags();

private:
    // Starts bc-emulator and reads its first line; returns the port, or 0 when the line is not
    // the expected "listening on http://127.0.0.1:PORT/open_api/".
    quint16 startEmulator(QProcess &process, const QStringList &arguments);
    QJsonObject bcGet(quint16 port, const QString &query = {});
    // GET of an absolute path; the body, or empty after a network error or the timeout.
    QByteArray fetch(quint16 port, const QString &path, int timeoutMs = 10000);
    // SIGTERM, then everything the process wrote to stderr; empty if it did not exit cleanly.
    QByteArray terminate(QProcess &process);

    QNetworkAccessManager m_network;
};

void TestEmulatorExecutable::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(QFile::exists(emulatorPath()), qPrintable(emulatorPath()));
}

quint16 TestEmulatorExecutable::startEmulator(QProcess &process, const QStringList &arguments)
{
    process.start(emulatorPath(), arguments);
    if (!process.waitForStarted(10000))
        return 0;
    // qWaitFor spins the event loop, so QProcess gets to read the pipe.
    if (!QTest::qWaitFor([&process] { return process.canReadLine(); }, 10000))
        return 0;
    const QByteArray line = process.readLine();
    if (!line.endsWith('\n'))
        return 0;
    static const QRegularExpression shape(
            u"^listening on http://127\\.0\\.0\\.1:(\\d+)/open_api/$"_s);
    const QRegularExpressionMatch match = shape.match(QString::fromUtf8(line.chopped(1)));
    if (!match.hasMatch())
        return 0;
    return static_cast<quint16>(match.captured(1).toUInt());
}

QJsonObject TestEmulatorExecutable::bcGet(quint16 port, const QString &query)
{
    QUrl url(u"http://127.0.0.1/open_api/v1.3/bc/get/"_s);
    url.setPort(port);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Access-Token"), QByteArrayLiteral("fake-test-token"));
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QByteArray TestEmulatorExecutable::fetch(quint16 port, const QString &path, int timeoutMs)
{
    QUrl url(u"http://127.0.0.1"_s + path);
    url.setPort(port);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Access-Token"), QByteArrayLiteral("fake-test-token"));
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs + 5000))
        return {};
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

QByteArray TestEmulatorExecutable::terminate(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return {};
    }
    return process.readAllStandardError();
}

void TestEmulatorExecutable::servesAndExitsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestEmulatorExecutable::servesAndExitsCleanlyOnSignal()
{
    QFETCH(int, signalNumber);

    QProcess process;
    const quint16 port =
            startEmulator(process, {u"--port"_s, u"0"_s, u"--token"_s, u"fake-test-token"_s});
    QVERIFY2(port != 0, process.readAllStandardError().constData());

    const QJsonObject answer = bcGet(port);
    QCOMPARE(answer.value(u"code"_s).toInt(-1), 0);
    QCOMPARE(answer.value(u"message"_s).toString(), u"OK"_s);
    // Defaults: 12 BCs, page 1 of 10.
    const QJsonObject data = answer.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"list"_s).toArray().size(), 10);
    QCOMPARE(data.value(u"page_info"_s).toObject().value(u"total_number"_s).toInteger(), 12);

    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, errors.constData());
    QVERIFY2(errors.contains("served 1 request"), errors.constData());
    QVERIFY2(errors.contains("/open_api/v1.3/bc/get/"), errors.constData());
    QVERIFY(!errors.contains("fake-test-token"));
}

void TestEmulatorExecutable::flagsShapeTheWorld()
{
    QProcess first;
    QProcess second;
    const QStringList arguments = {u"--token"_s, u"fake-test-token"_s,    u"--seed"_s,
                                   u"99"_s,      u"--business-centers"_s, u"3"_s};
    const quint16 firstPort = startEmulator(first, arguments);
    const quint16 secondPort = startEmulator(second, arguments);
    QVERIFY(firstPort != 0 && secondPort != 0);
    QVERIFY(firstPort != secondPort);

    const QJsonObject a = bcGet(firstPort, u"page_size=50"_s);
    const QJsonObject b = bcGet(secondPort, u"page_size=50"_s);
    const QJsonObject data = a.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"page_info"_s).toObject().value(u"total_number"_s).toInteger(), 3);
    // Same seed in two processes: the same data.
    QCOMPARE(data, b.value(u"data"_s).toObject());

    first.terminate();
    second.terminate();
    QVERIFY(first.waitForFinished(10000));
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
}

void TestEmulatorExecutable::missingTokenIsUsageError()
{
    QProcess process;
    process.start(emulatorPath(), {u"--port"_s, u"0"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(errors.contains("--token"), errors.constData());
    QVERIFY(!process.readAllStandardOutput().contains("listening"));
}

void TestEmulatorExecutable::badNumberIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("flag");
    QTest::newRow("port not a number")
            << QStringList{u"--port"_s, u"http"_s} << QByteArray("--port");
    QTest::newRow("port too large") << QStringList{u"--port"_s, u"70000"_s} << QByteArray("--port");
    QTest::newRow("negative seed") << QStringList{u"--seed"_s, u"-1"_s} << QByteArray("--seed");
    QTest::newRow("business centers not a number")
            << QStringList{u"--business-centers"_s, u"many"_s} << QByteArray("--business-centers");
    QTest::newRow("qps negative") << QStringList{u"--qps"_s, u"-1"_s} << QByteArray("--qps");
    QTest::newRow("qps not a number") << QStringList{u"--qps"_s, u"fast"_s} << QByteArray("--qps");
    QTest::newRow("qpm not a number") << QStringList{u"--qpm"_s, u"x"_s} << QByteArray("--qpm");
    QTest::newRow("unknown size") << QStringList{u"--size"_s, u"huge"_s} << QByteArray("--size");
    QTest::newRow("latency not a number")
            << QStringList{u"--latency"_s, u"slow"_s} << QByteArray("--latency");
    QTest::newRow("latency negative")
            << QStringList{u"--latency"_s, u"-5"_s} << QByteArray("--latency");
    QTest::newRow("latency without jitter")
            << QStringList{u"--latency"_s, u"100+-"_s} << QByteArray("--latency");
    QTest::newRow("latency too long")
            << QStringList{u"--latency"_s, u"600001"_s} << QByteArray("--latency");
    QTest::newRow("fault rate above 1")
            << QStringList{u"--faults"_s, u"2"_s} << QByteArray("--faults");
    QTest::newRow("fault rate not a number")
            << QStringList{u"--faults"_s, u"often"_s} << QByteArray("--faults");
    QTest::newRow("empty app id") << QStringList{u"--app-id"_s, u""_s} << QByteArray("--app-id");
}

void TestEmulatorExecutable::badNumberIsUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, flag);

    QProcess process;
    process.start(emulatorPath(), QStringList{u"--token"_s, u"t"_s} + arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(errors.contains(flag), errors.constData());
}

void TestEmulatorExecutable::portInUseFails()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupier.serverPort());

    QProcess process;
    process.start(emulatorPath(), {u"--port"_s, port, u"--token"_s, u"t"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray errors = process.readAllStandardError();
    const QByteArray expected = QByteArray("cannot listen on 127.0.0.1:" + port.toLatin1());
    QVERIFY2(errors.contains(expected), errors.constData());
    QVERIFY(!process.readAllStandardOutput().contains("listening"));
}

void TestEmulatorExecutable::qpsFlagLimitsAndExitPrintsStats()
{
    QProcess process;
    const quint16 port =
            startEmulator(process, {u"--token"_s, u"fake-test-token"_s, u"--qps"_s, u"2"_s});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    QList<int> codes;
    for (int i = 0; i < 3; ++i)
        codes.append(bcGet(port).value(u"code"_s).toInt(-1));
    QCOMPARE(codes.count(0), 2);
    QCOMPARE(codes.count(40100), 1);

    const QByteArray errors = terminate(process);
    QVERIFY2(errors.contains("served 3 request(s)"), errors.constData());
    QVERIFY2(errors.contains("1 rate-limited (40100)"), errors.constData());
    QVERIFY2(errors.contains("0 fault(s) served"), errors.constData());
}

void TestEmulatorExecutable::sandboxFlag()
{
    QProcess process;
    const quint16 port =
            startEmulator(process, {u"--token"_s, u"fake-test-token"_s, u"--sandbox"_s});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    // 1 request per second per endpoint.
    QCOMPARE(bcGet(port).value(u"code"_s).toInt(-1), 0);
    QCOMPARE(bcGet(port).value(u"code"_s).toInt(-1), 40100);
    QVERIFY(!terminate(process).isEmpty());
}

void TestEmulatorExecutable::sizeFlag()
{
    for (const QString &size : {u"small"_s, u"demo"_s}) {
        QProcess process;
        const quint16 port =
                startEmulator(process, {u"--token"_s, u"fake-test-token"_s, u"--size"_s, size});
        QVERIFY2(port != 0, process.readAllStandardError().constData());
        const QJsonObject answer = bcGet(port);
        QCOMPARE(answer.value(u"code"_s).toInt(-1), 0);
        // Without --business-centers the size decides how many there are.
        const QJsonObject pageInfo =
                answer.value(u"data"_s).toObject().value(u"page_info"_s).toObject();
        QVERIFY(pageInfo.value(u"total_number"_s).toInteger() > 0);
        QVERIFY(!terminate(process).isEmpty());
    }
}

void TestEmulatorExecutable::latencyFlag_data()
{
    QTest::addColumn<QString>("latency");
    QTest::addColumn<int>("atLeastMs");
    QTest::newRow("plain") << u"100"_s << 100;
    QTest::newRow("plus-minus sign") << u"100\u00B120"_s << 80;
    QTest::newRow("ascii plus-minus") << u"100+-20"_s << 80;
}

void TestEmulatorExecutable::latencyFlag()
{
    QFETCH(QString, latency);
    QFETCH(int, atLeastMs);

    QProcess process;
    const quint16 port =
            startEmulator(process, {u"--token"_s, u"fake-test-token"_s, u"--latency"_s, latency});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(bcGet(port).value(u"code"_s).toInt(-1), 0);
        QVERIFY2(clock.elapsed() >= atLeastMs, qPrintable(QString::number(clock.elapsed())));
    }
    QVERIFY(!terminate(process).isEmpty());
}

void TestEmulatorExecutable::faultsFlagAndStatsEndpoint()
{
    QProcess process;
    const quint16 port = startEmulator(process, {u"--token"_s, u"fake-test-token"_s, u"--faults"_s,
                                                 u"1"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    // Every request gets a fault (a hang included, hence the short timeout).
    for (int i = 0; i < 3; ++i)
        fetch(port, u"/open_api/v1.3/bc/get/"_s, 300);

    const QJsonObject stats = QJsonDocument::fromJson(fetch(port, u"/__emulator/stats"_s)).object();
    // At least the three (QNetworkAccessManager may re-send after a cut connection), and every
    // one of them a fault.
    const int total = stats.value(u"total_requests"_s).toInt();
    QVERIFY2(total >= 3, qPrintable(QString::number(total)));
    QCOMPARE(stats.value(u"faults_served"_s).toInt(), total);

    const QByteArray errors = terminate(process);
    const QByteArray served = "served " + QByteArray::number(total) + " request(s)";
    const QByteArray faults = QByteArray::number(total) + " fault(s) served";
    QVERIFY2(errors.contains(served), errors.constData());
    QVERIFY2(errors.contains(faults), errors.constData());
}

void TestEmulatorExecutable::appIdAndSecretFlags()
{
    QProcess process;
    const quint16 port = startEmulator(process, {u"--token"_s, u"fake-test-token"_s, u"--app-id"_s,
                                                 u"7000000000000000042"_s, u"--secret"_s,
                                                 u"another-fake-secret"_s});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    QCOMPARE(bcGet(port).value(u"code"_s).toInt(-1), 0);
    const QByteArray errors = terminate(process);
    QVERIFY(!errors.isEmpty());
    QVERIFY(!errors.contains("another-fake-secret"));
}

QTEST_GUILESS_MAIN(TestEmulatorExecutable)
#include "tst_emulatorexecutable.moc"
