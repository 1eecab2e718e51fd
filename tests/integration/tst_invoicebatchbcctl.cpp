// bcctl invoices download --all through an INVOICE_BATCH task, as a process against the
// in-process emulator (whose task clock jumps ahead when a task is created, so nothing waits 5 s):
// from --batch-threshold on, every invoice arrives byte-identical to the --no-batch run with no
// per-invoice request, the same rows and progress lines; a FAILED task falls back to one request
// per invoice with a note; bad --batch-threshold values and --no-batch with it are usage errors.
#include "core/downloads/invoicefilenamer.h"
#include "emulator/emulatorserver.h"
#include "emulator/endpointregistry.h"
#include "emulator/handlers/invoicefiles.h"
#include "emulator/world.h"
#include "tests/support/emulatorfixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::emulator::EmulatorReply;
using bc::emulator::EmulatorRequest;
using bc::emulator::EmulatorServer;
using bc::emulator::Endpoint;
using bc::emulator::EndpointRegistry;
using bc::emulator::World;

namespace {

const QString token = u"bcctl-batch-fake-token-51ad"_s;
const QString tokenVariable = u"BCCTL_BATCH_TEST_TOKEN"_s;
const QString kBc = u"7093123456789012345"_s; // ADMIN and finance MANAGER there
const QString kStatsDownload = u"/open_api/v1.3/bc/invoice/download/"_s;
const QString kStatsCreate = u"/open_api/v1.3/bc/invoice/task/create/"_s;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Relative path -> SHA-256 of every file below `root`.
QMap<QString, QString> hashesBelow(const QString &root)
{
    QMap<QString, QString> hashes;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hashes.insert(QDir(root).relativeFilePath(path), sha256(readAll(path)));
    }
    return hashes;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestInvoiceBatchBcctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void allThroughTaskMatchesNoBatch();
    void failedTaskFallsBackToSingleRequests();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments);
    [[nodiscard]] int requests(const QString &path) const
    {
        return m_server->stats().requestsByPath.value(path);
    }
    [[nodiscard]] int downloadableCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestInvoiceBatchBcctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<EmulatorServer>(bc::testing::unlimitedEmulatorConfig(token));
    QVERIFY2(m_server->listenOnLoopback() != 0, qPrintable(m_server->errorString()));
    QVERIFY(m_server->world().findBusinessCenter(kBc));
    QVERIFY(downloadableCount() >= 5);
    // Tasks finish 5 s after creation by the emulator's clock: move it on at once.
    const QString createPath = u"bc/invoice/task/create/"_s;
    Endpoint create = *EndpointRegistry::withAllEndpoints().find(createPath);
    const Endpoint::Handler original = create.handler;
    create.handler = [original](World &world, const EmulatorRequest &request) {
        EmulatorReply reply = original(world, request);
        world.advanceClock(10);
        return reply;
    };
    m_server->addEndpoint(createPath, create);
}

void TestInvoiceBatchBcctl::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

int TestInvoiceBatchBcctl::downloadableCount() const
{
    int count = 0;
    for (const auto &invoice : m_server->world().findBusinessCenter(kBc)->invoices)
        count += invoice.status != u"DELETED"_s ? 1 : 0;
    return count;
}

Run TestInvoiceBatchBcctl::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->path() + u"/xdg"_s);
    environment.insert(tokenVariable, token);
    environment.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(BCCTL_EXE),
                  QStringList{u"--data-dir"_s, m_dir->path() + u"/data"_s, u"--base-url"_s,
                              m_server->baseUrl().toString(), u"--access-token-env"_s,
                              tokenVariable}
                          + arguments);
    QElapsedTimer clock;
    clock.start();
    // The emulator answers from this thread's event loop while bcctl runs.
    while (finished.isEmpty() && process.state() != QProcess::NotRunning && clock.elapsed() < 90000)
        finished.wait(1000);
    Run result;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestInvoiceBatchBcctl::allThroughTaskMatchesNoBatch()
{
    const QString batchOut = m_dir->filePath(u"batch"_s);
    const int count = downloadableCount();
    const Run batch = run({u"--format"_s, u"json"_s, u"invoices"_s, u"download"_s, u"--bc"_s, kBc,
                           u"--all"_s, u"--out"_s, batchOut, u"--batch-threshold"_s, u"5"_s});
    QVERIFY2(batch.exitCode == 0, batch.err.constData());
    QCOMPARE(requests(kStatsCreate), 1);
    QCOMPARE(requests(kStatsDownload), 0);
    const QJsonArray rows = QJsonDocument::fromJson(batch.out).array();
    QCOMPARE(rows.size(), count);
    const auto *center = m_server->world().findBusinessCenter(kBc);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(u"outcome"_s).toString(), u"downloaded"_s);
        const QString path = row.value(u"path"_s).toString();
        QVERIFY2(path.startsWith(batchOut + u'/'), qPrintable(path));
        QCOMPARE(sha256(readAll(path)), row.value(u"sha256"_s).toString());
        const auto invoice = std::find_if(
                center->invoices.cbegin(), center->invoices.cend(), [&row](const auto &one) {
                    return one.invoiceId == row.value(u"invoice_id"_s).toString();
                });
        QVERIFY(invoice != center->invoices.cend());
        QCOMPARE(row.value(u"sha256"_s).toString(),
                 sha256(bc::emulator::InvoiceFiles::invoicePdf(*center, *invoice)));
    }
    QVERIFY2(batch.err.contains("through an invoice task"), batch.err.constData());
    const QByteArray last = "bcctl: " + QByteArray::number(count) + '/' + QByteArray::number(count)
                            + " downloaded ";
    QVERIFY2(batch.err.contains(last), batch.err.constData());
    QVERIFY(!batch.out.contains("bcctl:"));

    // The same invoices one by one: the same files, byte for byte.
    const QString singleOut = m_dir->filePath(u"single"_s);
    const Run single = run({u"--format"_s, u"json"_s, u"invoices"_s, u"download"_s, u"--bc"_s, kBc,
                            u"--all"_s, u"--out"_s, singleOut, u"--no-batch"_s});
    QVERIFY2(single.exitCode == 0, single.err.constData());
    QCOMPARE(requests(kStatsCreate), 1);
    QCOMPARE(requests(kStatsDownload), count);
    const QMap<QString, QString> batchFiles = hashesBelow(batchOut);
    QCOMPARE(batchFiles.size(), count);
    QCOMPARE(batchFiles, hashesBelow(singleOut));
}

void TestInvoiceBatchBcctl::failedTaskFallsBackToSingleRequests()
{
    const QString listPath = u"bc/invoice/task/list/"_s;
    Endpoint list = *EndpointRegistry::withAllEndpoints().find(listPath);
    const Endpoint::Handler original = list.handler;
    list.handler = [original](World &world, const EmulatorRequest &request) {
        EmulatorReply reply = original(world, request);
        QJsonArray tasks = reply.data.value(u"list"_s).toArray();
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            QJsonObject task = tasks.at(i).toObject();
            task.insert(u"status"_s, u"FAILED"_s);
            task.insert(u"download_url"_s, QJsonValue::Null);
            task.insert(u"error_msg"_s, u"Internal failure."_s);
            tasks[i] = task;
        }
        reply.data.insert(u"list"_s, tasks);
        return reply;
    };
    m_server->addEndpoint(listPath, list);
    const int count = downloadableCount();
    const QString out = m_dir->filePath(u"out"_s);
    const Run result = run({u"--format"_s, u"csv"_s, u"invoices"_s, u"download"_s, u"--bc"_s, kBc,
                            u"--all"_s, u"--out"_s, out, u"--batch-threshold"_s, u"1"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("did not deliver"), result.err.constData());
    QVERIFY2(result.err.contains("Internal failure."), result.err.constData());
    QCOMPARE(requests(kStatsDownload), count);
    QCOMPARE(hashesBelow(out).size(), count);
    const QStringList lines = QString::fromUtf8(result.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), count + 1);
    QCOMPARE(lines.first(), u"invoice_id,serial_number,outcome,path,sha256,bytes,error"_s);
}

void TestInvoiceBatchBcctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << QStringList{u"--batch-threshold"_s, u"0"_s} << u"--batch-threshold"_s;
    QTest::newRow("not a number") << QStringList{u"--batch-threshold"_s, u"many"_s}
                                  << u"--batch-threshold"_s;
    QTest::newRow("with --no-batch")
            << QStringList{u"--batch-threshold"_s, u"5"_s, u"--no-batch"_s} << u"--no-batch"_s;
}

void TestInvoiceBatchBcctl::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const Run result = run(QStringList{u"invoices"_s, u"download"_s, u"--bc"_s, kBc, u"--all"_s,
                                       u"--out"_s, m_dir->filePath(u"out"_s)}
                           + extra);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QCOMPARE(requests(kStatsCreate), 0);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"out"_s)));
}

QTEST_MAIN(TestInvoiceBatchBcctl)
#include "tst_invoicebatchbcctl.moc"
