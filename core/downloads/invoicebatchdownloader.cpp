#include "core/downloads/invoicebatchdownloader.h"

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/endpoints/invoiceendpoints.h"
#include "core/api/listfetch.h"
#include "core/downloads/archivereader.h"
#include "core/downloads/invoicedownloader.h"
#include "core/downloads/invoicefilenamer.h"
#include "core/downloads/invoicefileplacer.h"
#include "core/downloads/logging.h"
#include "core/downloads/taskfilefetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::downloads {

using api::ApiError;

namespace {

ApiError cancelledError()
{
    return ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0};
}

// What the unpacking thread needs, copied: it never touches the downloader.
struct UnpackJob
{
    QString archivePath;
    QString stagingPrefix;      // ".../.bc-staging/<pid>-batch-"
    QHash<QString, int> byStem; // entry file name without ".pdf" -> item index
    ArchiveLimits limits;
    std::shared_ptr<std::atomic_bool> stop;
};

// Runs on the worker thread. A first pass reads every header, so an archive with a hostile
// entry anywhere is refused before anything of it is unpacked; the second unpacks the entries
// that name an invoice of the task, each into its own staging file, and reports each.
void runUnpack(const UnpackJob &job, QObject *receiver,
               const std::function<void(int, QString, QString)> &entryReady,
               const std::function<void(QString)> &done)
{
    const auto post = [receiver](std::function<void()> call) {
        QMetaObject::invokeMethod(receiver, std::move(call), Qt::QueuedConnection);
    };
    QString error;
    {
        ArchiveReader check(job.limits);
        if (check.open(job.archivePath)) {
            ArchiveEntry entry;
            while (!job.stop->load() && check.next(&entry)) {
                if (!check.skipData())
                    break;
            }
        }
        error = check.errorString();
    }
    if (!error.isEmpty() || job.stop->load()) {
        post([done, error] { done(error); });
        return;
    }
    ArchiveReader reader(job.limits);
    QSet<int> seen;
    if (reader.open(job.archivePath)) {
        ArchiveEntry entry;
        while (!job.stop->load() && reader.next(&entry)) {
            const QString name = entry.path.section(u'/', -1);
            const int index = name.endsWith(u".pdf"_s, Qt::CaseInsensitive)
                                      ? job.byStem.value(name.chopped(4), -1)
                                      : -1;
            if (index < 0 || seen.contains(index)) {
                if (!reader.skipData())
                    break;
                continue;
            }
            const QString staging = job.stagingPrefix + QString::number(index) + u".pdf"_s;
            QFile::remove(staging);
            QFile file(staging);
            if (!file.open(QIODevice::WriteOnly)) {
                error = QCoreApplication::translate("bc::downloads::InvoiceBatchDownloader",
                                                    "Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(staging), file.errorString());
                break;
            }
            const bool copied = reader.copyData(&file);
            file.close();
            if (!copied || file.error() != QFileDevice::NoError) {
                QFile::remove(staging); // never a part under any name
                if (!reader.hasError())
                    error = file.errorString();
                break;
            }
            seen.insert(index);
            const QString sha256 = InvoiceDownloader::fileSha256(staging);
            post([entryReady, index, staging, sha256] { entryReady(index, staging, sha256); });
        }
    }
    if (error.isEmpty())
        error = reader.errorString();
    post([done, error] { done(error); });
}

} // namespace

InvoiceBatchDownloader::InvoiceBatchDownloader(api::ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &InvoiceBatchDownloader::poll);
}

InvoiceBatchDownloader::~InvoiceBatchDownloader()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    if (m_fetch)
        m_fetch->cancel();
    if (m_worker) {
        m_stopWorker->store(true);
        m_worker->wait();
    }
    cleanUpArchive();
}

void InvoiceBatchDownloader::setStore(store::StoreConnection *connection, const QString &profile)
{
    m_store = connection;
    m_profile = profile;
}

api::RequestPriority InvoiceBatchDownloader::priority() const
{
    return m_options.priority.value_or(api::RequestPriority::Background);
}

QString InvoiceBatchDownloader::stagingFolder() const
{
    return m_root + u'/' + InvoiceDownloader::stagingFolderName();
}

bool InvoiceBatchDownloader::downloadAll(const QList<InvoiceDownloadItem> &items)
{
    if (m_running) {
        m_error = tr("A download is already running.");
        return false;
    }
    if (m_options.folder.trimmed().isEmpty()) {
        m_error = tr("No download folder was given.");
        return false;
    }
    const InvoiceFileNamer namer(m_options.nameTemplate);
    if (!namer.isValid()) {
        m_error = namer.errorString();
        return false;
    }
    const QString root = QDir::cleanPath(QFileInfo(m_options.folder).absoluteFilePath());
    if (!QDir().mkpath(root)) {
        m_error = tr("Cannot create the download folder %1.").arg(QDir::toNativeSeparators(root));
        return false;
    }
    m_error.clear();
    m_root = root;
    m_items = items;
    m_started = QList<bool>(items.size(), false);
    m_done = QList<bool>(items.size(), false);
    m_doneCount = 0;
    m_summary = {};
    m_failures.clear();
    m_groups.clear();
    m_group = -1;
    m_fallback.clear();
    m_singleIndexes.clear();
    m_cancelled = false;
    m_running = true;
    ++m_run;
    qCDebug(lcDownloads) << "downloading" << items.size() << "invoice(s) by task into" << m_root;
    QMetaObject::invokeMethod(this, &InvoiceBatchDownloader::begin, Qt::QueuedConnection);
    return true;
}

void InvoiceBatchDownloader::begin()
{
    if (!m_running || m_cancelled)
        return;
    // Resume first: an invoice whose file is still there needs neither a task nor a request.
    const InvoiceFilePlacer placer(m_root, m_options.nameTemplate, m_store, m_profile);
    QHash<QString, int> groupOf;
    for (int index = 0; index < m_items.size(); ++index) {
        const InvoiceDownloadItem &item = m_items.at(index);
        if (m_options.resume) {
            if (std::optional<InvoiceDownloadResult> done = placer.resumed(item)) {
                markStarted(index);
                complete(index, *done);
                continue;
            }
        }
        if (item.bcId.isEmpty()) {
            m_fallback.append(index);
            continue;
        }
        auto group = groupOf.constFind(item.bcId);
        if (group == groupOf.cend()) {
            group = groupOf.insert(item.bcId, int(m_groups.size()));
            m_groups.append({item.bcId, {}});
        }
        m_groups[*group].indexes.append(index);
    }
    // A task of several invoices selects them by send date: those without one go one by one.
    for (Group &group : m_groups) {
        if (group.indexes.size() < 2)
            continue;
        QList<int> dated;
        for (int index : std::as_const(group.indexes)) {
            if (m_items.at(index).sendDate.isValid())
                dated.append(index);
            else
                m_fallback.append(index);
        }
        group.indexes = dated;
    }
    nextGroup();
}

void InvoiceBatchDownloader::markStarted(int index)
{
    if (m_started.at(index))
        return;
    m_started[index] = true;
    Q_EMIT itemStarted(index, m_items.at(index));
}

void InvoiceBatchDownloader::nextGroup()
{
    if (m_cancelled) {
        finishCancelled();
        return;
    }
    cleanUpArchive();
    ++m_group;
    while (m_group < m_groups.size() && m_groups.at(m_group).indexes.isEmpty())
        ++m_group;
    if (m_group >= m_groups.size()) {
        startFallback();
        return;
    }
    for (int index : std::as_const(m_groups.at(m_group).indexes))
        markStarted(index);
    createTask();
}

void InvoiceBatchDownloader::createTask()
{
    const Group &group = m_groups.at(m_group);
    api::InvoiceTaskCreation creation;
    creation.bcId = group.bcId;
    creation.downloadType = u"INVOICE_BATCH"_s;
    if (group.indexes.size() == 1) {
        creation.invoiceId = m_items.at(group.indexes.first()).invoiceId;
    } else {
        // Whole days around the invoices' send dates: the archive may hold a few more invoices
        // (ignored), never fewer because of a time of day.
        QDate first;
        QDate last;
        for (int index : group.indexes) {
            const QDate date = m_items.at(index).sendDate.toUTC().date();
            first = first.isValid() ? std::min(first, date) : date;
            last = last.isValid() ? std::max(last, date) : date;
        }
        creation.filtering.startTime = QDateTime(first, QTime(0, 0), Qt::UTC);
        creation.filtering.endTime = QDateTime(last, QTime(23, 59, 59), Qt::UTC);
    }
    const quint64 run = m_run;
    api::InvoiceEndpoints invoices(m_client);
    m_call = invoices.createTask(
            creation, this, [this, run](const api::Result<domain::InvoiceTask> &task) {
                m_call = nullptr;
                if (run != m_run || m_cancelled)
                    return;
                if (!task.ok()) {
                    groupFailed(task.error());
                    return;
                }
                m_taskId = task.value().taskId;
                if (m_taskId.isEmpty()) {
                    groupFailed(ApiError{ApiError::Kind::Parse,
                                         0,
                                         tr("The task was created without a task_id."),
                                         {},
                                         0});
                    return;
                }
                qCDebug(lcDownloads) << "task" << m_taskId << "for"
                                     << m_groups.at(m_group).indexes.size() << "invoice(s)";
                Q_EMIT taskCreated(m_groups.at(m_group).bcId, m_taskId);
                m_pollWait = m_batchOptions.pollInterval;
                m_taskDeadline = QDeadlineTimer(m_batchOptions.taskTimeout);
                schedulePoll();
            });
}

void InvoiceBatchDownloader::schedulePoll()
{
    const auto remaining = std::chrono::milliseconds(m_taskDeadline.remainingTime());
    m_pollTimer->start(std::max(std::chrono::milliseconds(0), std::min(m_pollWait, remaining)));
}

void InvoiceBatchDownloader::poll()
{
    if (!m_running || m_cancelled)
        return;
    const quint64 run = m_run;
    const QString bcId = m_groups.at(m_group).bcId;
    api::InvoiceEndpoints invoices(m_client);
    m_fetch = invoices.tasks(
            bcId, this,
            [this, run](const api::Result<QList<domain::InvoiceTask>> &tasks) {
                m_fetch = nullptr;
                if (run != m_run || m_cancelled)
                    return;
                if (!tasks.ok()) {
                    groupFailed(tasks.error());
                    return;
                }
                const auto task = std::find_if(
                        tasks.value().cbegin(), tasks.value().cend(),
                        [this](const domain::InvoiceTask &t) { return t.taskId == m_taskId; });
                if (task != tasks.value().cend() && task->status == "SUCCEED"_L1
                    && !task->downloadUrl.isEmpty()) {
                    fetchArchive(task->downloadUrl);
                    return;
                }
                if (task != tasks.value().cend() && task->status == "FAILED"_L1) {
                    groupFailed(ApiError{
                            ApiError::Kind::Server,
                            0,
                            task->errorMsg.isEmpty()
                                    ? tr("The invoice task failed.")
                                    : tr("The invoice task failed: %1").arg(task->errorMsg),
                            {},
                            0});
                    return;
                }
                if (m_taskDeadline.hasExpired()) {
                    groupFailed(ApiError{ApiError::Kind::Timeout,
                                         0,
                                         tr("The invoice task did not finish in time."),
                                         {},
                                         0});
                    return;
                }
                // CREATED, RUNNING, POLLING, or not listed yet: look again, less often.
                const auto next = std::chrono::milliseconds(
                        qint64(double(m_pollWait.count()) * m_batchOptions.pollBackoff));
                m_pollWait = std::min(std::max(next, m_pollWait), m_batchOptions.maxPollInterval);
                schedulePoll();
            },
            priority());
}

void InvoiceBatchDownloader::fetchArchive(const QString &downloadUrl)
{
    QDir().mkpath(stagingFolder());
    m_archivePath = stagingFolder() + u'/' + QString::number(QCoreApplication::applicationPid())
                    + u"-task-"_s + InvoiceFileNamer::safeComponent(m_taskId) + u".zip"_s;
    QFile::remove(m_archivePath); // a leftover of a run that was killed
    const api::InvoiceTaskFileDownload download{downloadUrl, m_archivePath};
    const quint64 run = m_run;
    if (api::InvoiceEndpoints::taskFileRequest(m_client.environment(), download)) {
        // On the API host: through the client (budget, retries); the token goes where it may.
        api::InvoiceEndpoints invoices(m_client);
        m_call = invoices.downloadTaskFile(
                download, this, [this, run](const api::Result<api::DownloadedFile> &file) {
                    m_call = nullptr;
                    if (run != m_run)
                        return;
                    onArchive(file.ok() ? std::nullopt : std::optional<ApiError>(file.error()));
                });
        if (m_call) {
            connect(m_call, &api::ApiCall::downloadProgress, this,
                    &InvoiceBatchDownloader::archiveProgress);
        }
        return;
    }
    // Another host (a CDN): fetched without any credential.
    auto *fetcher = new TaskFileFetcher(this);
    fetcher->setMaxBytes(m_batchOptions.maxArchiveBytes);
    fetcher->setTransferTimeout(m_client.transferTimeout());
    m_fetcher = fetcher;
    connect(fetcher, &TaskFileFetcher::progress, this, &InvoiceBatchDownloader::archiveProgress);
    connect(fetcher, &TaskFileFetcher::finished, this, [this, fetcher, run] {
        fetcher->deleteLater();
        m_fetcher = nullptr;
        if (run != m_run)
            return;
        onArchive(fetcher->error());
    });
    fetcher->fetch(QUrl(downloadUrl, QUrl::StrictMode), m_archivePath);
}

void InvoiceBatchDownloader::onArchive(const std::optional<ApiError> &error)
{
    if (m_cancelled) {
        finishCancelled();
        return;
    }
    if (error) {
        groupFailed(*error);
        return;
    }
    unpack();
}

void InvoiceBatchDownloader::unpack()
{
    UnpackJob job;
    job.archivePath = m_archivePath;
    job.stagingPrefix = stagingFolder() + u'/' + QString::number(QCoreApplication::applicationPid())
                        + u"-batch-"_s;
    job.limits = m_batchOptions.archiveLimits;
    m_stopWorker = std::make_shared<std::atomic_bool>(false);
    job.stop = m_stopWorker;
    // Entries are named "<serial_number>.pdf" (the invoice id is accepted too); a name two
    // invoices share picks neither: they go one by one.
    QSet<QString> ambiguous;
    for (int index : std::as_const(m_groups.at(m_group).indexes)) {
        const InvoiceDownloadItem &item = m_items.at(index);
        for (const QString &stem : {item.serialNumber, item.invoiceId}) {
            if (stem.isEmpty())
                continue;
            const auto existing = job.byStem.constFind(stem);
            if (existing != job.byStem.cend() && *existing != index)
                ambiguous.insert(stem);
            job.byStem.insert(stem, index);
        }
    }
    for (const QString &stem : std::as_const(ambiguous))
        job.byStem.remove(stem);

    const quint64 run = m_run;
    QPointer<InvoiceBatchDownloader> self(this);
    const auto entryReady = [self, run](int index, const QString &staging, const QString &sha) {
        if (!self || self->m_run != run) {
            QFile::remove(staging);
            return;
        }
        self->onEntryReady(index, staging, sha);
    };
    const auto done = [self, run](const QString &error) {
        if (self && self->m_run == run)
            self->onUnpacked(error);
    };
    QThread *worker = QThread::create(
            [job, this, entryReady, done] { runUnpack(job, this, entryReady, done); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    worker->start();
}

void InvoiceBatchDownloader::onEntryReady(int index, const QString &stagingPath,
                                          const QString &sha256)
{
    if (m_cancelled || m_done.at(index)) {
        QFile::remove(stagingPath);
        return;
    }
    const InvoiceFilePlacer placer(m_root, m_options.nameTemplate, m_store, m_profile);
    const InvoiceDownloadResult result = placer.place(m_items.at(index), stagingPath, sha256);
    if (!result.ok() && m_batchOptions.fallbackToSingle) {
        m_fallback.append(index); // e.g. not a PDF: its own download may do better
        return;
    }
    Q_EMIT itemProgress(index, result.bytes, result.bytes);
    complete(index, result);
}

void InvoiceBatchDownloader::onUnpacked(const QString &error)
{
    if (m_worker)
        m_worker->wait(); // it posted this as its last act: ends at once
    m_worker = nullptr;
    if (m_cancelled) {
        finishCancelled();
        return;
    }
    if (!error.isEmpty()) {
        qCWarning(lcDownloads).noquote() << "task archive refused:" << error;
        groupFailed(ApiError{ApiError::Kind::Parse, 0, error, {}, 0});
        return;
    }
    // Invoices the archive lacks.
    const ApiError missing{
            ApiError::Kind::NotFound, 0, tr("The invoice was not in the task's archive."), {}, 0};
    for (int index : std::as_const(m_groups.at(m_group).indexes)) {
        if (m_done.at(index) || m_fallback.contains(index))
            continue;
        if (m_batchOptions.fallbackToSingle)
            m_fallback.append(index);
        else
            complete(index, InvoiceDownloadResult{m_items.at(index),
                                                  InvoiceDownloadOutcome::Failed,
                                                  {},
                                                  {},
                                                  0,
                                                  missing,
                                                  {}});
    }
    nextGroup();
}

void InvoiceBatchDownloader::groupFailed(const ApiError &error)
{
    m_pollTimer->stop();
    const Group &group = m_groups.at(m_group);
    qCWarning(lcDownloads).noquote() << "invoice task for BC" << group.bcId
                                     << "failed:" << ApiError::kindName(error.kind) << error.code;
    Q_EMIT batchFailed(group.bcId, error);
    for (int index : group.indexes) {
        if (m_done.at(index) || m_fallback.contains(index))
            continue;
        if (m_batchOptions.fallbackToSingle)
            m_fallback.append(index);
        else
            complete(index, InvoiceDownloadResult{m_items.at(index),
                                                  InvoiceDownloadOutcome::Failed,
                                                  {},
                                                  {},
                                                  0,
                                                  error,
                                                  {}});
    }
    nextGroup();
}

void InvoiceBatchDownloader::startFallback()
{
    cleanUpArchive();
    if (m_fallback.isEmpty()) {
        finishRun();
        return;
    }
    std::sort(m_fallback.begin(), m_fallback.end());
    m_singleIndexes = m_fallback;
    QList<InvoiceDownloadItem> items;
    for (int index : std::as_const(m_fallback))
        items.append(m_items.at(index));
    qCDebug(lcDownloads) << items.size() << "invoice(s) one by one";
    m_single = std::make_unique<InvoiceDownloader>(m_client);
    InvoiceDownloadOptions options = m_options;
    options.resume = false; // already looked at
    options.priority = priority();
    m_single->setOptions(options);
    m_single->setStore(m_store, m_profile);
    const quint64 run = m_run;
    connect(m_single.get(), &InvoiceDownloader::itemStarted, this, [this, run](int index) {
        if (run == m_run)
            markStarted(m_singleIndexes.at(index));
    });
    connect(m_single.get(), &InvoiceDownloader::itemProgress, this,
            [this, run](int index, qint64 received, qint64 total) {
                if (run == m_run)
                    Q_EMIT itemProgress(m_singleIndexes.at(index), received, total);
            });
    connect(m_single.get(), &InvoiceDownloader::itemFinished, this,
            [this, run](int index, const InvoiceDownloadResult &result) {
                if (run == m_run)
                    complete(m_singleIndexes.at(index), result);
            });
    connect(m_single.get(), &InvoiceDownloader::finished, this, [this, run] {
        if (run != m_run)
            return;
        // Deleted later: this runs inside its signal.
        m_single.release()->deleteLater();
        if (m_cancelled)
            finishCancelled();
        else
            finishRun();
    });
    if (!m_single->downloadAll(items)) {
        const ApiError error{ApiError::Kind::LocalFile, 0, m_single->errorString(), {}, 0};
        m_single.reset();
        for (int index : std::as_const(m_fallback)) {
            markStarted(index);
            complete(index, InvoiceDownloadResult{m_items.at(index),
                                                  InvoiceDownloadOutcome::Failed,
                                                  {},
                                                  {},
                                                  0,
                                                  error,
                                                  {}});
        }
        finishRun();
    }
}

void InvoiceBatchDownloader::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_pollTimer->stop();
    if (m_stopWorker)
        m_stopWorker->store(true);
    if (m_single) {
        m_single->cancel(); // its finished() ends the run
        return;
    }
    if (m_call)
        m_call->abort();
    if (m_fetch)
        m_fetch->cancel();
    if (m_fetcher)
        m_fetcher->abort();
    // A worker still unpacking ends the run when it stops (onUnpacked).
    if (!m_worker)
        QMetaObject::invokeMethod(this, &InvoiceBatchDownloader::finishCancelled,
                                  Qt::QueuedConnection);
}

void InvoiceBatchDownloader::finishCancelled()
{
    if (!m_running || m_worker)
        return;
    for (int index = 0; index < m_items.size(); ++index) {
        if (m_done.at(index))
            continue;
        complete(index, InvoiceDownloadResult{m_items.at(index),
                                              InvoiceDownloadOutcome::Cancelled,
                                              {},
                                              {},
                                              0,
                                              cancelledError(),
                                              {}});
    }
    finishRun();
}

void InvoiceBatchDownloader::complete(int index, InvoiceDownloadResult result)
{
    if (m_done.at(index))
        return;
    m_done[index] = true;
    ++m_doneCount;
    switch (result.outcome) {
    case InvoiceDownloadOutcome::Downloaded:
    case InvoiceDownloadOutcome::SavedBeside:
        ++m_summary.downloaded;
        break;
    case InvoiceDownloadOutcome::AlreadyPresent:
    case InvoiceDownloadOutcome::Resumed:
        ++m_summary.skipped;
        break;
    case InvoiceDownloadOutcome::Failed:
        ++m_summary.failed;
        m_failures.insert(index, result);
        break;
    case InvoiceDownloadOutcome::Cancelled:
        ++m_summary.cancelled;
        break;
    }
    Q_EMIT itemFinished(index, result);
    Q_EMIT progress(m_doneCount, int(m_items.size()));
}

void InvoiceBatchDownloader::cleanUpArchive()
{
    if (!m_archivePath.isEmpty()) {
        QFile::remove(m_archivePath);
        m_archivePath.clear();
    }
}

void InvoiceBatchDownloader::finishRun()
{
    if (!m_running)
        return;
    m_pollTimer->stop();
    cleanUpArchive();
    m_running = false;
    ++m_run; // late callbacks of this run are ignored
    // Only this run's staging files were there, and each was moved or removed.
    QDir(m_root).rmdir(InvoiceDownloader::stagingFolderName());
    m_summary.failures = m_failures.values();
    qCDebug(lcDownloads) << "batch done:" << m_summary.downloaded << "downloaded,"
                         << m_summary.skipped << "skipped," << m_summary.failed << "failed,"
                         << m_summary.cancelled << "cancelled";
    const InvoiceDownloadSummary summary = m_summary;
    Q_EMIT finished(summary);
}

} // namespace bc::downloads
