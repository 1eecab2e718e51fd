// The bc-emulator executable as scripts and the CLI tests use it: flags, the first stdout line,
// serving, and a clean exit on SIGTERM / SIGINT.
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

private:
    // Starts bc-emulator and reads its first line; returns the port, or 0 when the line is not
    // the expected "listening on http://127.0.0.1:PORT/open_api/".
    quint16 startEmulator(QProcess &process, const QStringList &arguments);
    QJsonObject bcGet(quint16 port, const QString &query = {});

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

QTEST_GUILESS_MAIN(TestEmulatorExecutable)
#include "tst_emulatorexecutable.moc"
