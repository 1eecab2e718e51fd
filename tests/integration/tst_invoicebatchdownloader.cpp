// InvoiceBatchDownloader against the in-process emulator (issue 9, bulk downloads through
// INVOICE_BATCH tasks): every invoice byte-identical to the per-invoice path, a FAILED task
// falling back to per-invoice downloads (one of them cut mid-body by the emulator and retried),
// a task that never finishes polled with a growing interval and given up,
// hostile archives ("../evil", a symlink, an absolute name) refused with nothing written anywhere,
// a truncated archive leaving no partial file under a final name, cancel mid-way, resume after a
// partial run, and the Access-Token never sent to an archive host that is not the API's (a second
// loopback server). The emulator's task clock is moved on when a task is created, so no test waits
// for it. QTEST_MAIN: the emulator renders PDFs with QPdfWriter, which needs a QGuiApplication.
#include "core/api/apiclient.h"
#include "core/downloads/invoicebatchdownloader.h"
#include "core/downloads/invoicedownloader.h"
#include "core/store/invoicefilestore.h"
#include "core/store/mirrorstore.h"
#include "emulator/emulatorserver.h"
#include "emulator/endpointregistry.h"
#include "emulator/handlers/invoicefiles.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/scriptedhttpserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::RetryPolicy;
using bc::downloads::InvoiceBatchDownloader;
using bc::downloads::InvoiceBatchOptions;
using bc::downloads::InvoiceDownloader;
using bc::downloads::InvoiceDownloadItem;
using bc::downloads::InvoiceDownloadOptions;
using bc::downloads::InvoiceDownloadOutcome;
using bc::downloads::InvoiceDownloadResult;
using bc::downloads::InvoiceDownloadSummary;
using bc::emulator::EmulatorReply;
using bc::emulator::EmulatorRequest;
using bc::emulator::EmulatorServer;
using bc::emulator::Endpoint;
using bc::emulator::EndpointRegistry;
using bc::emulator::World;
using bc::store::MirrorStore;
using bc::store::StoreError;
using bc::store::StoreIdentity;
using bc::store::StoreLocation;
using bc::testing::ScriptedHttpServer;

namespace {

const QString kToken = u"fake-batch-token-8d2e"_s;
const QString kBc = u"7093123456789012345"_s; // ADMIN and finance MANAGER there
const QString kTaskListPath = u"bc/invoice/task/list/"_s;
const QString kStatsDownload = u"/open_api/v1.3/bc/invoice/download/"_s;
const QString kStatsCreate = u"/open_api/v1.3/bc/invoice/task/create/"_s;
const QString kStatsTaskFile = u"/open_api/v1.3/bc/invoice/task/file/"_s;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

// One entry of a hand-made zip: a file, or a symbolic link when `linkTarget` is set.
struct ZipEntry
{
    QString name;
    QByteArray data;
    QString linkTarget;
};

// A zip written with libarchive as given, hostile names included (the emulator never writes one).
QByteArray handMadeZip(const QList<ZipEntry> &entries, const QString &scratch)
{
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    const QByteArray path = scratch.toLocal8Bit();
    if (archive_write_open_filename(writer, path.constData()) != ARCHIVE_OK) {
        archive_write_free(writer);
        return {};
    }
    for (const ZipEntry &entry : entries) {
        archive_entry *header = archive_entry_new();
        const QByteArray name = entry.name.toUtf8();
        archive_entry_set_pathname(header, name.constData());
        archive_entry_set_mtime(header, 1700000000, 0);
        if (entry.linkTarget.isEmpty()) {
            archive_entry_set_filetype(header, AE_IFREG);
            archive_entry_set_perm(header, 0644);
            archive_entry_set_size(header, entry.data.size());
        } else {
            const QByteArray target = entry.linkTarget.toUtf8();
            archive_entry_set_filetype(header, AE_IFLNK);
            archive_entry_set_perm(header, 0777);
            archive_entry_set_symlink(header, target.constData());
            archive_entry_set_size(header, 0);
        }
        archive_write_header(writer, header);
        if (entry.linkTarget.isEmpty())
            archive_write_data(writer, entry.data.constData(), size_t(entry.data.size()));
        archive_entry_free(header);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    const QByteArray bytes = readAll(scratch);
    QFile::remove(scratch);
    return bytes;
}

struct Run
{
    InvoiceDownloadSummary summary;
    QList<InvoiceDownloadResult> results; // by item index
    int started = 0;
    QStringList tasks;
    QList<ApiError> batchErrors;
    bool finished = false;
};

} // namespace

class TestInvoiceBatchDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void taskPathMatchesPerInvoicePath();
    void failedTaskFallsBackToSingleDownloads();
    void unfinishedTaskTimesOutWithBackoff();
    void hostileArchiveIsRefused_data();
    void hostileArchiveIsRefused();
    void truncatedArchiveLeavesNoPartialFile_data();
    void truncatedArchiveLeavesNoPartialFile();
    void cancelMidway();
    void resumeSkipsRecordedFiles();
    void tokenNeverSentToArchiveHost();
    void singleInvoiceTaskUsesInvoiceId();

private:
    using BatchSetup = std::function<void(InvoiceBatchDownloader &)>;
    Run runBatch(const QList<InvoiceDownloadItem> &items, InvoiceBatchOptions batch = {},
                 MirrorStore *store = nullptr, const BatchSetup &setup = {});
    std::unique_ptr<MirrorStore> openStore();
    [[nodiscard]] QList<InvoiceDownloadItem> items(int count) const;
    [[nodiscard]] QByteArray emulatorPdf(const InvoiceDownloadItem &item) const;
    [[nodiscard]] QByteArray emulatorZip(const QList<InvoiceDownloadItem> &items) const;
    [[nodiscard]] QString folder() const { return m_dir->filePath(u"invoices"_s); }
    [[nodiscard]] int requests(const QString &path) const
    {
        return m_server->stats().requestsByPath.value(path);
    }
    // /bc/invoice/task/list/ answers what the emulator answers, each task changed by `edit`.
    void editTaskList(std::function<void(QJsonObject &task)> edit);
    // The tasks' download_url points at `server`, which answers `body` (as `behaviour`).
    void serveArchiveFrom(
            ScriptedHttpServer &server, const QByteArray &body,
            ScriptedHttpServer::Behaviour behaviour = ScriptedHttpServer::Behaviour::Respond);
    static InvoiceBatchOptions fast();

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    Endpoint m_originalTaskList;
};

void TestInvoiceBatchDownloader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<EmulatorServer>(bc::testing::unlimitedEmulatorConfig(kToken, 33));
    QVERIFY(m_server->listenOnLoopback() != 0);
    QVERIFY(bc::emulator::InvoiceFiles::canRenderPdf());
    QCOMPARE(items(6).size(), 6);
    const EndpointRegistry registry = EndpointRegistry::withAllEndpoints();
    QVERIFY(registry.find(kTaskListPath));
    m_originalTaskList = *registry.find(kTaskListPath);
}

void TestInvoiceBatchDownloader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_server->clearFaults();
    m_server->addEndpoint(kTaskListPath, m_originalTaskList);
    m_client = bc::testing::emulatorClient(*m_server, kToken);
    RetryPolicy::Settings quick;
    quick.baseDelay = std::chrono::milliseconds(1);
    quick.maxDelay = std::chrono::milliseconds(1);
    m_client->setRetryPolicy(RetryPolicy(quick));
}

void TestInvoiceBatchDownloader::cleanup()
{
    m_client.reset();
    m_dir.reset();
}

InvoiceBatchOptions TestInvoiceBatchDownloader::fast()
{
    InvoiceBatchOptions options;
    options.pollInterval = std::chrono::milliseconds(20);
    options.maxPollInterval = std::chrono::milliseconds(100);
    options.taskTimeout = std::chrono::seconds(30);
    return options;
}

std::unique_ptr<MirrorStore> TestInvoiceBatchDownloader::openStore()
{
    StoreError error;
    auto store = MirrorStore::open(
            StoreLocation::sqliteFile(m_dir->filePath(u"store/mirror.sqlite"_s)),
            StoreIdentity{u"Finance"_s, u"custom"_s, m_server->baseUrl().toString()}, &error);
    if (!store)
        qWarning("MirrorStore::open: %s", qPrintable(error.describe()));
    return store;
}

QList<InvoiceDownloadItem> TestInvoiceBatchDownloader::items(int count) const
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

QByteArray TestInvoiceBatchDownloader::emulatorPdf(const InvoiceDownloadItem &item) const
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

QByteArray TestInvoiceBatchDownloader::emulatorZip(const QList<InvoiceDownloadItem> &items) const
{
    QList<QPair<QString, QByteArray>> entries;
    for (const InvoiceDownloadItem &item : items)
        entries.append({item.serialNumber + u".pdf"_s, emulatorPdf(item)});
    return bc::emulator::InvoiceFiles::zip(entries, 1700000000);
}

void TestInvoiceBatchDownloader::editTaskList(std::function<void(QJsonObject &task)> edit)
{
    Endpoint endpoint = m_originalTaskList;
    const Endpoint::Handler original = m_originalTaskList.handler;
    endpoint.handler = [original, edit](World &world, const EmulatorRequest &request) {
        EmulatorReply reply = original(world, request);
        QJsonArray list = reply.data.value(u"list"_s).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject task = list.at(i).toObject();
            if (task.value(u"status"_s).toString() == u"SUCCEED"_s)
                edit(task);
            list[i] = task;
        }
        reply.data.insert(u"list"_s, list);
        return reply;
    };
    m_server->addEndpoint(kTaskListPath, endpoint);
}

void TestInvoiceBatchDownloader::serveArchiveFrom(ScriptedHttpServer &server,
                                                  const QByteArray &body,
                                                  ScriptedHttpServer::Behaviour behaviour)
{
    const QString url = server.baseUrl().resolved(QUrl(u"files/batch.zip?sig=abc"_s)).toString();
    editTaskList([url](QJsonObject &task) { task.insert(u"download_url"_s, url); });
    server.enqueue(ScriptedHttpServer::response(200, "application/zip", body), behaviour);
}

Run TestInvoiceBatchDownloader::runBatch(const QList<InvoiceDownloadItem> &items,
                                         InvoiceBatchOptions batch, MirrorStore *store,
                                         const BatchSetup &setup)
{
    InvoiceBatchDownloader downloader(*m_client);
    InvoiceDownloadOptions options;
    options.folder = folder();
    downloader.setOptions(options);
    downloader.setBatchOptions(batch);
    if (store)
        downloader.setStore(&store->connection(), store->identity().profile);
    Run run;
    run.results.resize(items.size());
    connect(&downloader, &InvoiceBatchDownloader::itemStarted, this, [&run] { ++run.started; });
    connect(&downloader, &InvoiceBatchDownloader::itemFinished, this,
            [&run](int index, const InvoiceDownloadResult &result) {
                run.results[index] = result;
            });
    // The emulator's tasks finish 5 s after creation by its clock: move it on.
    connect(&downloader, &InvoiceBatchDownloader::taskCreated, this,
            [this, &run](const QString &, const QString &taskId) {
                run.tasks.append(taskId);
                m_server->mutableWorld().advanceClock(10);
            });
    connect(&downloader, &InvoiceBatchDownloader::batchFailed, this,
            [&run](const QString &, const ApiError &error) { run.batchErrors.append(error); });
    if (setup)
        setup(downloader);
    QSignalSpy finished(&downloader, &InvoiceBatchDownloader::finished);
    if (!downloader.downloadAll(items)) {
        qWarning("not started: %s", qPrintable(downloader.errorString()));
        return run;
    }
    if (!finished.wait(60000) && finished.isEmpty()) {
        qWarning("the run did not finish");
        return run;
    }
    run.finished = true;
    run.summary = finished.first().first().value<InvoiceDownloadSummary>();
    return run;
}

void TestInvoiceBatchDownloader::taskPathMatchesPerInvoicePath()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<InvoiceDownloadItem> all = items(6);
    const int downloadsBefore = requests(kStatsDownload);
    const int createsBefore = requests(kStatsCreate);
    const Run batch = runBatch(all, fast(), store.get());
    QVERIFY(batch.finished);
    QCOMPARE(batch.summary.downloaded, all.size());
    QCOMPARE(batch.summary.failed, 0);
    QCOMPARE(batch.started, all.size());
    QCOMPARE(batch.tasks.size(), 1);
    QVERIFY(batch.batchErrors.isEmpty());
    // One task, its archive, and not one per-invoice request.
    QCOMPARE(requests(kStatsCreate) - createsBefore, 1);
    QCOMPARE(requests(kStatsDownload), downloadsBefore);

    // The same invoices one by one, into another folder.
    const QString single = m_dir->filePath(u"single"_s);
    InvoiceDownloader downloader(*m_client);
    InvoiceDownloadOptions options;
    options.folder = single;
    downloader.setOptions(options);
    QSignalSpy finished(&downloader, &InvoiceDownloader::finished);
    QVERIFY(downloader.downloadAll(all));
    QVERIFY(finished.wait(60000));

    QStringList expected;
    for (int i = 0; i < all.size(); ++i) {
        const InvoiceDownloadResult &one = batch.results.at(i);
        QCOMPARE(one.item, all.at(i));
        QCOMPARE(one.outcome, InvoiceDownloadOutcome::Downloaded);
        const QString relative = QDir(folder()).relativeFilePath(one.path);
        expected.append(relative);
        const QByteArray bytes = readAll(one.path);
        QCOMPARE(one.bytes, bytes.size());
        QCOMPARE(one.sha256, sha256(bytes));
        QCOMPARE(sha256(readAll(single + u'/' + relative)), one.sha256);
        QCOMPARE(one.sha256, sha256(emulatorPdf(all.at(i))));
        const auto records =
                bc::store::InvoiceFileStore(store->connection()).files(kBc, all.at(i).invoiceId);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().path, one.path);
        QCOMPARE(records.first().sha256, one.sha256);
    }
    expected.sort();
    // Only the invoices under their names: no archive, no staging folder left.
    QCOMPARE(filesBelow(folder()), expected);
    QCOMPARE(filesBelow(single), expected);
}

void TestInvoiceBatchDownloader::failedTaskFallsBackToSingleDownloads()
{
    editTaskList([](QJsonObject &task) {
        task.insert(u"status"_s, u"FAILED"_s);
        task.insert(u"download_url"_s, QJsonValue::Null);
        task.insert(u"error_msg"_s, u"Internal failure."_s);
    });
    // And the first single download is cut mid-body: retried, and its file is whole.
    m_server->injectFault(u"bc/invoice/download/"_s, bc::emulator::FaultKind::CloseMidBody, 1);
    const QList<InvoiceDownloadItem> all = items(4);
    const int downloadsBefore = requests(kStatsDownload);
    const Run run = runBatch(all, fast());
    QVERIFY(run.finished);
    QCOMPARE(run.batchErrors.size(), 1);
    QVERIFY2(run.batchErrors.first().message.contains(u"Internal failure."_s),
             qPrintable(run.batchErrors.first().message));
    QCOMPARE(run.summary.downloaded, all.size());
    QCOMPARE(run.started, all.size());
    QCOMPARE(requests(kStatsDownload) - downloadsBefore, all.size() + 1);
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(run.results.at(i).sha256, sha256(emulatorPdf(all.at(i))));
        QCOMPARE(sha256(readAll(run.results.at(i).path)), run.results.at(i).sha256);
    }
    QCOMPARE(filesBelow(folder()).size(), all.size());
}

void TestInvoiceBatchDownloader::unfinishedTaskTimesOutWithBackoff()
{
    // The task never leaves RUNNING: polled less and less often, then given up.
    editTaskList([](QJsonObject &task) {
        task.insert(u"status"_s, u"RUNNING"_s);
        task.insert(u"download_url"_s, QJsonValue::Null);
    });
    const QList<InvoiceDownloadItem> all = items(2);
    InvoiceBatchOptions options = fast();
    options.pollInterval = std::chrono::milliseconds(20);
    options.pollBackoff = 2.0;
    options.maxPollInterval = std::chrono::seconds(10);
    options.taskTimeout = std::chrono::milliseconds(600);
    const int pollsBefore = requests(u"/open_api/v1.3/"_s + kTaskListPath);
    const Run run = runBatch(all, options);
    QVERIFY(run.finished);
    QCOMPARE(run.batchErrors.size(), 1);
    QCOMPARE(run.batchErrors.first().kind, ApiError::Kind::Timeout);
    // Waits of 20, 40, 80, 160, 300 (the rest of the 600 ms): a fixed 20 ms would poll ~30 times.
    const int polls = requests(u"/open_api/v1.3/"_s + kTaskListPath) - pollsBefore;
    QVERIFY2(polls >= 3 && polls <= 8, qPrintable(QString::number(polls)));
    // Downloaded one by one instead.
    QCOMPARE(run.summary.downloaded, all.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(run.results.at(i).sha256, sha256(emulatorPdf(all.at(i))));
}

void TestInvoiceBatchDownloader::hostileArchiveIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("dot-dot") << u"dotdot"_s;
    QTest::newRow("symlink") << u"symlink"_s;
    QTest::newRow("absolute") << u"absolute"_s;
}

void TestInvoiceBatchDownloader::hostileArchiveIsRefused()
{
    QFETCH(QString, kind);
    const QList<InvoiceDownloadItem> all = items(3);
    // Good entries first: a reader that unpacked as it went would have written them already.
    QList<ZipEntry> entries;
    for (const InvoiceDownloadItem &item : all)
        entries.append({item.serialNumber + u".pdf"_s, emulatorPdf(item), {}});
    const QString outside = m_dir->filePath(u"evil.pdf"_s);
    if (kind == u"dotdot"_s)
        entries.append({u"../evil.pdf"_s, "%PDF-1.4 evil", {}});
    else if (kind == u"symlink"_s)
        entries.append({u"link.pdf"_s, {}, outside});
    else
        entries.append({outside, "%PDF-1.4 evil", {}});
    const QByteArray zip = handMadeZip(entries, m_dir->filePath(u"scratch.zip"_s));
    QVERIFY(!zip.isEmpty());

    ScriptedHttpServer archiveHost;
    QVERIFY(archiveHost.listen());
    serveArchiveFrom(archiveHost, zip);
    InvoiceBatchOptions options = fast();
    options.fallbackToSingle = false; // so the archive's effect is all there is
    const Run run = runBatch(all, options);
    QVERIFY(run.finished);
    QCOMPARE(archiveHost.requestCount(), 1);
    QCOMPARE(run.batchErrors.size(), 1);
    QCOMPARE(run.batchErrors.first().kind, ApiError::Kind::Parse);
    QCOMPARE(run.summary.failed, all.size());
    QCOMPARE(run.summary.downloaded, 0);
    // Nothing anywhere: not in the folder, not beside it, no staging leftover.
    QCOMPARE(filesBelow(m_dir->path()), QStringList());
    QVERIFY(!QFileInfo::exists(outside));
    QVERIFY(!QFileInfo(outside).isSymLink());

    // With the fallback on, the same archive costs nothing but time: each invoice comes alone.
    ScriptedHttpServer again;
    QVERIFY(again.listen());
    serveArchiveFrom(again, zip);
    const Run fallback = runBatch(all, fast());
    QCOMPARE(fallback.summary.downloaded, all.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(fallback.results.at(i).sha256, sha256(emulatorPdf(all.at(i))));
    QVERIFY(!QFileInfo::exists(outside));
}

void TestInvoiceBatchDownloader::truncatedArchiveLeavesNoPartialFile_data()
{
    QTest::addColumn<bool>("cutConnection");
    QTest::addColumn<bool>("fallback");
    QTest::newRow("short archive") << false << false;
    QTest::newRow("short archive, fallback") << false << true;
    QTest::newRow("connection cut") << true << false;
    QTest::newRow("connection cut, fallback") << true << true;
}

void TestInvoiceBatchDownloader::truncatedArchiveLeavesNoPartialFile()
{
    QFETCH(bool, cutConnection);
    QFETCH(bool, fallback);
    const QList<InvoiceDownloadItem> all = items(5);
    const QByteArray zip = emulatorZip(all);
    QVERIFY(zip.size() > 1000);
    ScriptedHttpServer archiveHost;
    QVERIFY(archiveHost.listen());
    // Either a well-framed answer holding 60 % of the zip, or the whole zip announced and the
    // connection dropped half-way.
    serveArchiveFrom(archiveHost, cutConnection ? zip : zip.left(zip.size() * 6 / 10),
                     cutConnection ? ScriptedHttpServer::Behaviour::CloseMidBody
                                   : ScriptedHttpServer::Behaviour::Respond);
    InvoiceBatchOptions options = fast();
    options.fallbackToSingle = fallback;
    const Run run = runBatch(all, options);
    QVERIFY(run.finished);
    QCOMPARE(run.batchErrors.size(), 1);
    if (fallback) {
        QCOMPARE(run.summary.downloaded, all.size());
    } else {
        QVERIFY(run.summary.failed >= 1);
        QCOMPARE(run.summary.downloaded + run.summary.failed, all.size());
    }
    // Whatever is under a final name is the whole invoice; failed ones have no file at all.
    QStringList expected;
    for (int i = 0; i < all.size(); ++i) {
        const InvoiceDownloadResult &one = run.results.at(i);
        if (!one.ok()) {
            QVERIFY(one.path.isEmpty());
            QVERIFY(one.error);
            continue;
        }
        QCOMPARE(sha256(readAll(one.path)), sha256(emulatorPdf(all.at(i))));
        expected.append(QDir(folder()).relativeFilePath(one.path));
    }
    expected.sort();
    QCOMPARE(filesBelow(folder()), expected);
}

void TestInvoiceBatchDownloader::cancelMidway()
{
    const QList<InvoiceDownloadItem> all = items(6);
    // Cancelled when the first invoice is placed: the rest are still in the archive.
    const Run run = runBatch(all, fast(), nullptr, [](InvoiceBatchDownloader &downloader) {
        QObject::connect(&downloader, &InvoiceBatchDownloader::itemFinished, &downloader,
                         [&downloader] { downloader.cancel(); });
    });
    QVERIFY(run.finished);
    QVERIFY(run.summary.cancelled >= 1);
    QVERIFY(run.summary.downloaded >= 1);
    QCOMPARE(run.summary.failed, 0);
    QCOMPARE(run.summary.total(), all.size());
    QStringList expected;
    for (int i = 0; i < all.size(); ++i) {
        const InvoiceDownloadResult &one = run.results.at(i);
        if (one.outcome == InvoiceDownloadOutcome::Cancelled) {
            QVERIFY(one.path.isEmpty());
            QCOMPARE(one.error->kind, ApiError::Kind::Cancelled);
            continue;
        }
        QCOMPARE(sha256(readAll(one.path)), sha256(emulatorPdf(all.at(i))));
        expected.append(QDir(folder()).relativeFilePath(one.path));
    }
    expected.sort();
    QCOMPARE(filesBelow(folder()), expected);

    // Cancelled while the task runs: nothing is written.
    QDir(folder()).removeRecursively();
    const Run early = runBatch(all, fast(), nullptr, [](InvoiceBatchDownloader &downloader) {
        QObject::connect(&downloader, &InvoiceBatchDownloader::taskCreated, &downloader,
                         [&downloader] { downloader.cancel(); });
    });
    QVERIFY(early.finished);
    QCOMPARE(early.summary.cancelled, all.size());
    QCOMPARE(filesBelow(folder()), QStringList());
}

void TestInvoiceBatchDownloader::resumeSkipsRecordedFiles()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<InvoiceDownloadItem> all = items(6);
    // A partial run: the first three only.
    const Run first = runBatch(all.mid(0, 3), fast(), store.get());
    QCOMPARE(first.summary.downloaded, 3);

    const int createsBefore = requests(kStatsCreate);
    const int downloadsBefore = requests(kStatsDownload);
    const Run second = runBatch(all, fast(), store.get());
    QCOMPARE(second.summary.skipped, 3);
    QCOMPARE(second.summary.downloaded, 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(second.results.at(i).outcome, InvoiceDownloadOutcome::Resumed);
        QCOMPARE(second.results.at(i).path, first.results.at(i).path);
    }
    for (int i = 3; i < 6; ++i)
        QCOMPARE(second.results.at(i).sha256, sha256(emulatorPdf(all.at(i))));
    QCOMPARE(requests(kStatsCreate) - createsBefore, 1);
    QCOMPARE(requests(kStatsDownload), downloadsBefore);

    // Everything recorded: no task at all.
    const Run third = runBatch(all, fast(), store.get());
    QCOMPARE(third.summary.skipped, all.size());
    QVERIFY(third.tasks.isEmpty());
    QCOMPARE(requests(kStatsCreate) - createsBefore, 1);
    QCOMPARE(filesBelow(folder()).size(), all.size());
}

void TestInvoiceBatchDownloader::tokenNeverSentToArchiveHost()
{
    const QList<InvoiceDownloadItem> all = items(4);
    ScriptedHttpServer archiveHost;
    QVERIFY(archiveHost.listen());
    serveArchiveFrom(archiveHost, emulatorZip(all));
    const int fileRequestsBefore = requests(kStatsTaskFile);
    const Run run = runBatch(all, fast());
    QVERIFY(run.finished);
    QCOMPARE(run.summary.downloaded, all.size());
    QVERIFY(run.batchErrors.isEmpty());
    QCOMPARE(archiveHost.requestCount(), 1);
    QCOMPARE(requests(kStatsTaskFile), fileRequestsBefore);
    const QByteArray head = archiveHost.lastRequestHead();
    QVERIFY2(head.startsWith("GET /open_api/files/batch.zip?sig=abc "), head.constData());
    QVERIFY2(!head.toLower().contains("access-token"), head.constData());
    QVERIFY(!head.contains(kToken.toUtf8()));
    QVERIFY(!head.toLower().contains("cookie"));
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(run.results.at(i).sha256, sha256(emulatorPdf(all.at(i))));
}

void TestInvoiceBatchDownloader::singleInvoiceTaskUsesInvoiceId()
{
    const QList<InvoiceDownloadItem> one = items(1);
    const int downloadsBefore = requests(kStatsDownload);
    const Run run = runBatch(one, fast());
    QCOMPARE(run.summary.downloaded, 1);
    QCOMPARE(run.tasks.size(), 1);
    QCOMPARE(requests(kStatsDownload), downloadsBefore);
    QCOMPARE(run.results.first().sha256, sha256(emulatorPdf(one.first())));
}

QTEST_MAIN(TestInvoiceBatchDownloader)
#include "tst_invoicebatchdownloader.moc"
