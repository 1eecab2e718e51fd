// InvoiceDownloader against the in-process emulator (issue 9, single and bulk per-invoice
// downloads): a file byte-identical to the emulator's PDF, the error envelope leaving no file,
// bulk runs, a connection cut mid-download failing only that invoice (and being retried when the
// policy allows), resume from the store, a different existing file kept with the new one beside
// it, and the naming template's edge cases. Store-backed cases run on SQLite and, when
// BC_TEST_POSTGRES names a server, on PostgreSQL. QTEST_MAIN: the emulator renders PDFs with
// QPdfWriter, which needs a QGuiApplication.
#include "core/api/apiclient.h"
#include "core/downloads/invoicedownloader.h"
#include "core/downloads/invoicefilenamer.h"
#include "core/store/activityrecorder.h"
#include "core/store/activitystore.h"
#include "core/store/invoicefilestore.h"
#include "core/store/mirrorstore.h"
#include "emulator/emulatorserver.h"
#include "emulator/handlers/invoicefiles.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/postgresfixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::RetryPolicy;
using bc::downloads::InvoiceDownloader;
using bc::downloads::InvoiceDownloadItem;
using bc::downloads::InvoiceDownloadOptions;
using bc::downloads::InvoiceDownloadOutcome;
using bc::downloads::InvoiceDownloadResult;
using bc::downloads::InvoiceDownloadSummary;
using bc::downloads::InvoiceFileNamer;
using bc::emulator::EmulatorServer;
using bc::emulator::FaultKind;
using bc::store::MirrorStore;
using bc::store::StoreError;
using bc::store::StoreIdentity;
using bc::store::StoreLocation;
using bc::testsupport::PostgresFixture;

namespace {

const QString kToken = u"fake-downloader-token-5f1c"_s;
const QString kBc = u"7093123456789012345"_s; // ADMIN and finance MANAGER there
const QString kDownloadPath = u"bc/invoice/download/"_s;
const QString kDownloadUrlPath = u"/open_api/v1.3/bc/invoice/download/"_s; // the emulator's stats

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    if (!qEnvironmentVariableIsEmpty("BC_TEST_POSTGRES"))
        QTest::newRow("postgres") << u"postgres"_s;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every file below `root`, hidden ones included, relative and sorted.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

struct Run
{
    InvoiceDownloadSummary summary;
    QList<InvoiceDownloadResult> results; // by item index
    int started = 0;
    qint64 progressBytes = 0;
};

} // namespace

Q_DECLARE_METATYPE(InvoiceDownloadItem)

class TestInvoiceDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void singleInvoiceIsByteIdentical_data();
    void singleInvoiceIsByteIdentical();
    void errorEnvelopeLeavesNoFile();
    void bulkDownloadsEveryInvoice();
    void cutMidDownloadFailsOnlyThatInvoice();
    void cutMidDownloadIsRetried();
    void resumeSkipsCompletedFiles_data();
    void resumeSkipsCompletedFiles();
    void differentExistingFileIsKept();
    void templateEdgeCases_data();
    void templateEdgeCases();
    void unsafeTemplateStaysInTheFolder();
    void badTemplateDoesNotStart();

private:
    std::unique_ptr<MirrorStore> openStore();
    // Runs `items` to the end with `options` (folder defaulted to the test's), on `store`.
    Run run(const QList<InvoiceDownloadItem> &items, InvoiceDownloadOptions options = {},
            MirrorStore *store = nullptr);
    [[nodiscard]] QList<InvoiceDownloadItem> items(int count) const;
    [[nodiscard]] QByteArray emulatorPdf(const InvoiceDownloadItem &item) const;
    [[nodiscard]] QString folder() const { return m_dir->filePath(u"invoices"_s); }

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
};

void TestInvoiceDownloader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<EmulatorServer>(bc::testing::unlimitedEmulatorConfig(kToken, 33));
    QVERIFY(m_server->listenOnLoopback() != 0);
    QVERIFY(bc::emulator::InvoiceFiles::canRenderPdf());
    QVERIFY(items(6).size() == 6);
}

void TestInvoiceDownloader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_postgres = std::make_unique<PostgresFixture>();
    m_server->clearFaults();
    m_client = bc::testing::emulatorClient(*m_server, kToken);
    // Failed attempts are retried at once: the tests never wait on a backoff.
    RetryPolicy::Settings fast;
    fast.baseDelay = std::chrono::milliseconds(1);
    fast.maxDelay = std::chrono::milliseconds(1);
    m_client->setRetryPolicy(RetryPolicy(fast));
}

void TestInvoiceDownloader::cleanup()
{
    m_client.reset();
    m_postgres.reset();
    m_dir.reset();
}

std::unique_ptr<MirrorStore> TestInvoiceDownloader::openStore()
{
    QFETCH(QString, backend);
    const StoreLocation location =
            backend == u"sqlite"
                    ? StoreLocation::sqliteFile(m_dir->filePath(u"store/mirror.sqlite"_s))
                    : StoreLocation::postgres(m_postgres->createDatabase());
    StoreError error;
    auto store = MirrorStore::open(
            location, StoreIdentity{u"Finance"_s, u"custom"_s, m_server->baseUrl().toString()},
            &error);
    if (!store)
        qWarning("MirrorStore::open: %s", qPrintable(error.describe()));
    return store;
}

QList<InvoiceDownloadItem> TestInvoiceDownloader::items(int count) const
{
    const auto *center = m_server->world().findBusinessCenter(kBc);
    QList<InvoiceDownloadItem> result;
    if (!center)
        return result;
    for (const auto &invoice : center->invoices) {
        if (invoice.status == u"DELETED"_s || result.size() == count)
            continue;
        result.append({kBc, center->name, invoice.invoiceId, invoice.serialNumber,
                       QDateTime::fromSecsSinceEpoch(invoice.sendDate, Qt::UTC)});
    }
    return result;
}

QByteArray TestInvoiceDownloader::emulatorPdf(const InvoiceDownloadItem &item) const
{
    const auto *center = m_server->world().findBusinessCenter(item.bcId);
    if (!center)
        return {};
    for (const auto &invoice : center->invoices) {
        if (invoice.invoiceId == item.invoiceId)
            return bc::emulator::InvoiceFiles::invoicePdf(*center, invoice);
    }
    return {};
}

Run TestInvoiceDownloader::run(const QList<InvoiceDownloadItem> &items,
                               InvoiceDownloadOptions options, MirrorStore *store)
{
    if (options.folder.isEmpty())
        options.folder = folder();
    InvoiceDownloader downloader(*m_client);
    downloader.setOptions(options);
    if (store)
        downloader.setStore(&store->connection(), store->identity().profile);
    Run run;
    run.results.resize(items.size());
    connect(&downloader, &InvoiceDownloader::itemStarted, this, [&run] { ++run.started; });
    connect(&downloader, &InvoiceDownloader::itemProgress, this,
            [&run](int, qint64 received, qint64) { run.progressBytes = received; });
    connect(&downloader, &InvoiceDownloader::itemFinished, this,
            [&run](int index, const InvoiceDownloadResult &result) {
                run.results[index] = result;
            });
    QSignalSpy finished(&downloader, &InvoiceDownloader::finished);
    const bool started =
            items.size() == 1 ? downloader.download(items.first()) : downloader.downloadAll(items);
    if (!started) {
        qWarning("not started: %s", qPrintable(downloader.errorString()));
        return run;
    }
    if (!finished.wait(60000) && finished.isEmpty()) {
        qWarning("the run did not finish");
        return run;
    }
    run.summary = finished.first().first().value<InvoiceDownloadSummary>();
    return run;
}

void TestInvoiceDownloader::singleInvoiceIsByteIdentical_data()
{
    addBackendRows();
}

void TestInvoiceDownloader::singleInvoiceIsByteIdentical()
{
    auto store = openStore();
    QVERIFY(store);
    const InvoiceDownloadItem item = items(1).first();
    const Run result = run({item}, {}, store.get());
    QCOMPARE(result.summary.downloaded, 1);
    QCOMPARE(result.summary.total(), 1);
    QCOMPARE(result.started, 1);
    const InvoiceDownloadResult &one = result.results.first();
    QCOMPARE(one.outcome, InvoiceDownloadOutcome::Downloaded);
    // The default template: {bc_name}/{yyyy}-{mm}/{serial_number}.pdf
    const QString expectedPath = folder() + u'/' + InvoiceFileNamer::safeComponent(item.bcName)
                                 + u'/' + item.sendDate.toString(u"yyyy-MM"_s) + u'/'
                                 + item.serialNumber + u".pdf"_s;
    QCOMPARE(one.path, expectedPath);
    const QByteArray bytes = readAll(one.path);
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(one.bytes, bytes.size());
    QCOMPARE(result.progressBytes, bytes.size());
    QCOMPARE(one.sha256, sha256(bytes));
    QCOMPARE(sha256(bytes), sha256(emulatorPdf(item)));
    QCOMPARE(filesBelow(folder()), QStringList{QDir(folder()).relativeFilePath(expectedPath)});

    const QList<bc::store::InvoiceFileRecord> records =
            bc::store::InvoiceFileStore(store->connection()).files(kBc, item.invoiceId);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().path, one.path);
    QCOMPARE(records.first().sha256, one.sha256);
    QCOMPARE(records.first().bytes, bytes.size());
    QCOMPARE(records.first().profile, u"Finance"_s);
    QVERIFY(records.first().downloadedAt.isValid());
}

void TestInvoiceDownloader::errorEnvelopeLeavesNoFile()
{
    InvoiceDownloadItem gone = items(1).first();
    gone.invoiceId = u"7999999999999999990"_s; // no such invoice: 40007
    const Run result = run({gone});
    QCOMPARE(result.summary.failed, 1);
    QCOMPARE(result.summary.downloaded, 0);
    QCOMPARE(result.summary.failures.size(), 1);
    const InvoiceDownloadResult &failure = result.summary.failures.first();
    QCOMPARE(failure.item, gone);
    QCOMPARE(failure.outcome, InvoiceDownloadOutcome::Failed);
    QVERIFY(failure.error);
    QCOMPARE(failure.error->code, 40007);
    QVERIFY(!failure.error->requestId.isEmpty());
    QVERIFY(failure.path.isEmpty());
    QCOMPARE(filesBelow(folder()), QStringList());
    QVERIFY(!QFileInfo::exists(folder() + u'/' + InvoiceDownloader::stagingFolderName()));
}

void TestInvoiceDownloader::bulkDownloadsEveryInvoice()
{
    // The client's request log kept in a store: nothing of the token reaches the database.
    const StoreLocation location =
            StoreLocation::sqliteFile(m_dir->filePath(u"store/mirror.sqlite"_s));
    StoreError error;
    auto store = MirrorStore::open(
            location, StoreIdentity{u"Finance"_s, u"custom"_s, m_server->baseUrl().toString()},
            &error);
    QVERIFY2(store, qPrintable(error.describe()));
    bc::store::ActivityStore activity(store->connection(), u"Finance"_s);
    bc::store::ActivityRecorder recorder(m_client->activityLog(), &activity);

    const QList<InvoiceDownloadItem> all = items(6);
    InvoiceDownloadOptions options;
    options.maxConcurrent = 3;
    const Run result = run(all, options, store.get());
    QCOMPARE(result.summary.downloaded, all.size());
    QCOMPARE(result.summary.failed, 0);
    QCOMPARE(result.started, all.size());
    QSet<QString> paths;
    for (int i = 0; i < all.size(); ++i) {
        const InvoiceDownloadResult &one = result.results.at(i);
        QCOMPARE(one.item, all.at(i));
        QCOMPARE(one.outcome, InvoiceDownloadOutcome::Downloaded);
        QVERIFY2(one.path.endsWith(u'/' + all.at(i).serialNumber + u".pdf"_s),
                 qPrintable(one.path));
        QCOMPARE(sha256(readAll(one.path)), sha256(emulatorPdf(all.at(i))));
        paths.insert(one.path);
    }
    QCOMPARE(paths.size(), all.size());
    QCOMPARE(filesBelow(folder()).size(), all.size());

    QCOMPARE(recorder.recordedCount(), all.size());
    const QList<bc::api::ActivityEntry> kept = activity.entries();
    QCOMPARE(kept.size(), all.size());
    for (const auto &entry : kept)
        QCOMPARE(entry.path, kDownloadPath);
    store.reset();
    const QByteArray bytes = readAll(location.path()) + readAll(location.path() + u"-wal"_s);
    QVERIFY(bytes.contains(all.first().invoiceId.toUtf8()));
    QVERIFY(!bytes.contains(kToken.toUtf8()));
}

void TestInvoiceDownloader::cutMidDownloadFailsOnlyThatInvoice()
{
    RetryPolicy::Settings once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(RetryPolicy(once));
    // The first download request gets half its body, then the connection is closed.
    m_server->injectFault(kDownloadPath, FaultKind::CloseMidBody, 1);
    const QList<InvoiceDownloadItem> all = items(4);
    InvoiceDownloadOptions options;
    options.maxConcurrent = 1; // the first item is the first request
    const Run result = run(all, options);
    QCOMPARE(result.summary.failed, 1);
    QCOMPARE(result.summary.downloaded, all.size() - 1);
    QCOMPARE(result.summary.failures.first().item, all.first());
    QCOMPARE(result.summary.failures.first().error->kind, ApiError::Kind::Network);
    QVERIFY(result.results.first().path.isEmpty());
    // The others are whole; nothing of the cut one anywhere, nor a staging leftover.
    QStringList expected;
    for (int i = 1; i < all.size(); ++i) {
        QCOMPARE(sha256(readAll(result.results.at(i).path)), sha256(emulatorPdf(all.at(i))));
        expected.append(QDir(folder()).relativeFilePath(result.results.at(i).path));
    }
    expected.sort();
    QCOMPARE(filesBelow(folder()), expected);
}

void TestInvoiceDownloader::cutMidDownloadIsRetried()
{
    m_server->injectFault(kDownloadPath, FaultKind::CloseMidBody, 1);
    const int before = m_server->stats().requestsByPath.value(kDownloadUrlPath);
    const InvoiceDownloadItem item = items(1).first();
    const Run result = run({item});
    QCOMPARE(result.summary.downloaded, 1);
    QCOMPARE(m_server->stats().requestsByPath.value(kDownloadUrlPath) - before, 2);
    QCOMPARE(sha256(readAll(result.results.first().path)), sha256(emulatorPdf(item)));
    QCOMPARE(filesBelow(folder()).size(), 1);
}

void TestInvoiceDownloader::resumeSkipsCompletedFiles_data()
{
    addBackendRows();
}

void TestInvoiceDownloader::resumeSkipsCompletedFiles()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<InvoiceDownloadItem> all = items(3);
    const Run first = run(all, {}, store.get());
    QCOMPARE(first.summary.downloaded, 3);

    // Everything is there: nothing is asked of the API.
    const int before = m_server->stats().requestsByPath.value(kDownloadUrlPath);
    const Run second = run(all, {}, store.get());
    QCOMPARE(second.summary.skipped, 3);
    QCOMPARE(second.summary.downloaded, 0);
    for (const InvoiceDownloadResult &one : second.results) {
        QCOMPARE(one.outcome, InvoiceDownloadOutcome::Resumed);
        QVERIFY(QFileInfo::exists(one.path));
    }
    QCOMPARE(m_server->stats().requestsByPath.value(kDownloadUrlPath), before);

    // One file deleted, one changed on disk: both requested again; the changed one is kept and
    // the invoice goes beside it.
    QVERIFY(QFile::remove(first.results.at(0).path));
    QVERIFY(writeFile(first.results.at(1).path, "%PDF-1.4 edited by hand"));
    const Run third = run(all, {}, store.get());
    QCOMPARE(m_server->stats().requestsByPath.value(kDownloadUrlPath), before + 2);
    QCOMPARE(third.results.at(0).outcome, InvoiceDownloadOutcome::Downloaded);
    QCOMPARE(third.results.at(0).path, first.results.at(0).path);
    QCOMPARE(third.results.at(1).outcome, InvoiceDownloadOutcome::SavedBeside);
    QCOMPARE(readAll(first.results.at(1).path), QByteArray("%PDF-1.4 edited by hand"));
    QCOMPARE(third.results.at(2).outcome, InvoiceDownloadOutcome::Resumed);

    // Without resume each invoice is downloaded and found identical to what is there.
    InvoiceDownloadOptions noResume;
    noResume.resume = false;
    const Run fourth = run(all, noResume, store.get());
    QCOMPARE(fourth.summary.skipped, 3);
    for (const InvoiceDownloadResult &one : fourth.results)
        QCOMPARE(one.outcome, InvoiceDownloadOutcome::AlreadyPresent);
    QCOMPARE(m_server->stats().requestsByPath.value(kDownloadUrlPath), before + 5);
}

void TestInvoiceDownloader::differentExistingFileIsKept()
{
    const InvoiceDownloadItem item = items(1).first();
    const QString target = folder() + u'/' + InvoiceFileNamer::safeComponent(item.bcName) + u'/'
                           + item.sendDate.toString(u"yyyy-MM"_s) + u'/' + item.serialNumber
                           + u".pdf"_s;
    QVERIFY(writeFile(target, "someone else's file"));
    const Run first = run({item});
    QCOMPARE(first.summary.downloaded, 1);
    const InvoiceDownloadResult &one = first.results.first();
    QCOMPARE(one.outcome, InvoiceDownloadOutcome::SavedBeside);
    QCOMPARE(one.path, QFileInfo(target).absolutePath() + u'/' + item.serialNumber + u" (2).pdf"_s);
    QCOMPARE(readAll(target), QByteArray("someone else's file"));
    QCOMPARE(sha256(readAll(one.path)), sha256(emulatorPdf(item)));

    // Again (no store, so no resume): the same bytes are found beside it, nothing is added.
    const Run second = run({item});
    QCOMPARE(second.summary.skipped, 1);
    QCOMPARE(second.results.first().outcome, InvoiceDownloadOutcome::AlreadyPresent);
    QCOMPARE(second.results.first().path, one.path);
    QCOMPARE(filesBelow(QFileInfo(target).absolutePath()).size(), 2);
}

void TestInvoiceDownloader::templateEdgeCases_data()
{
    QTest::addColumn<QString>("nameTemplate");
    QTest::addColumn<InvoiceDownloadItem>("item");
    QTest::addColumn<QString>("expected");
    const QDateTime march5(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    const InvoiceDownloadItem plain{u"7001"_s, u"Acme"_s, u"9001"_s, u"INV-1"_s, march5};
    const QString standard = InvoiceDownloadOptions::defaultNameTemplate;

    QTest::newRow("default") << standard << plain << u"Acme/2024-03/INV-1.pdf"_s;
    InvoiceDownloadItem unsafe = plain;
    unsafe.bcName = u"Acme/Shop: EU <1>"_s;
    unsafe.serialNumber = u"INV\\2024*01?\t"_s;
    QTest::newRow("unsafe characters")
            << standard << unsafe << u"Acme_Shop_ EU _1_/2024-03/INV_2024_01__.pdf"_s;
    InvoiceDownloadItem dots = plain;
    dots.bcName = u".."_s;
    dots.serialNumber = u"../../etc/passwd"_s;
    QTest::newRow("dot-dot values") << standard << dots << u"__/2024-03/.._.._etc_passwd.pdf"_s;
    QTest::newRow("dot-dot in the template")
            << u"../../{bc_id}/./{serial_number}.pdf"_s << plain << u"_/_/7001/INV-1.pdf"_s;
    QTest::newRow("absolute template")
            << u"/etc/{serial_number}.pdf"_s << plain << u"etc/INV-1.pdf"_s;
    QTest::newRow("backslashes") << u"{bc_id}\\{dd}\\{invoice_id}.pdf"_s << plain
                                 << u"7001/05/9001.pdf"_s;
    InvoiceDownloadItem empty = plain;
    empty.serialNumber = u""_s;
    empty.bcName = u"  "_s;
    QTest::newRow("empty serial and name") << standard << empty << u"7001/2024-03/9001.pdf"_s;
    InvoiceDownloadItem onlySerial = plain;
    onlySerial.serialNumber = u".."_s;
    QTest::newRow("serial of dots") << u"{serial_number}"_s << onlySerial << u"__"_s;
    InvoiceDownloadItem noDate = plain;
    noDate.sendDate = {};
    QTest::newRow("no send date") << standard << noDate << u"Acme/0000-00/INV-1.pdf"_s;
    InvoiceDownloadItem device = plain;
    device.serialNumber = u"CON"_s;
    QTest::newRow("device name") << u"{serial_number}.pdf"_s << device << u"_CON.pdf"_s;
    InvoiceDownloadItem trailing = plain;
    trailing.bcName = u" Acme Ltd. "_s;
    QTest::newRow("trailing dot and spaces")
            << standard << trailing << u"Acme Ltd/2024-03/INV-1.pdf"_s;
    InvoiceDownloadItem longName = plain;
    longName.serialNumber = QString(400, u'x');
    QTest::newRow("long serial") << u"{serial_number}.pdf"_s << longName
                                 << QString(QString(InvoiceFileNamer::maxComponentLength - 4, u'x')
                                            + u".pdf"_s);
}

void TestInvoiceDownloader::templateEdgeCases()
{
    QFETCH(QString, nameTemplate);
    QFETCH(InvoiceDownloadItem, item);
    QFETCH(QString, expected);
    const InvoiceFileNamer namer(nameTemplate);
    QVERIFY2(namer.isValid(), qPrintable(namer.errorString()));
    const QString relative = namer.relativePath(item);
    QCOMPARE(relative, expected);
    const QString root = u"/srv/invoices"_s;
    QVERIFY(QDir::cleanPath(root + u'/' + relative).startsWith(root + u'/'));
    for (const QString &component : relative.split(u'/')) {
        QVERIFY(!component.isEmpty());
        QVERIFY(component != u"." && component != u"..");
    }
}

void TestInvoiceDownloader::unsafeTemplateStaysInTheFolder()
{
    InvoiceDownloadItem item = items(1).first();
    item.bcName = u"../.."_s;
    item.serialNumber = u"../escape"_s;
    InvoiceDownloadOptions options;
    options.nameTemplate = u"../{bc_name}/../{serial_number}.pdf"_s;
    const Run result = run({item}, options);
    QCOMPARE(result.summary.downloaded, 1);
    QVERIFY2(result.results.first().path.startsWith(folder() + u'/'),
             qPrintable(result.results.first().path));
    QCOMPARE(filesBelow(m_dir->path()),
             QStringList{u"invoices/"_s
                         + QDir(folder()).relativeFilePath(result.results.first().path)});
}

void TestInvoiceDownloader::badTemplateDoesNotStart()
{
    InvoiceDownloader downloader(*m_client);
    QSignalSpy finished(&downloader, &InvoiceDownloader::finished);
    InvoiceDownloadOptions options;
    options.folder = folder();
    options.nameTemplate = u"{bc_name}/{serial}.pdf"_s;
    downloader.setOptions(options);
    QVERIFY(!downloader.downloadAll(items(2)));
    QVERIFY(downloader.errorString().contains(u"{serial}"_s));
    options.nameTemplate = u"{bc_name}/"_s;
    downloader.setOptions(options);
    QVERIFY(!downloader.download(items(1).first()));
    QVERIFY(!downloader.isRunning());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

QTEST_MAIN(TestInvoiceDownloader)
#include "tst_invoicedownloader.moc"
