#include "core/downloads/invoicedownloader.h"

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/endpoints/invoiceendpoints.h"
#include "core/downloads/invoicefilenamer.h"
#include "core/downloads/logging.h"
#include "core/store/invoicefilestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bc::downloads {

using api::ApiError;

namespace {

ApiError localError(const QString &message)
{
    return ApiError{ApiError::Kind::LocalFile, 0, message, {}, 0};
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() > 0
           && file.read(5) == QByteArrayLiteral("%PDF-");
}

// "dir/name (n).ext" for n >= 2; the path itself for n = 1.
QString numberedPath(const QString &path, int n)
{
    if (n <= 1)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    QString name = info.completeBaseName() + u" ("_s + QString::number(n) + u')';
    if (!suffix.isEmpty())
        name += u'.' + suffix;
    return info.dir().filePath(name);
}

bool isInside(const QString &root, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    return QFileInfo(path).isAbsolute() && clean.startsWith(root + u'/');
}

} // namespace

InvoiceDownloader::InvoiceDownloader(api::ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

InvoiceDownloader::~InvoiceDownloader()
{
    // Calls still running would write their staging files for nobody: stop them (an aborted
    // ApiCall leaves no file), without running this object's handlers.
    for (const QPointer<api::ApiCall> &call : std::as_const(m_active)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
}

void InvoiceDownloader::setStore(store::StoreConnection *connection, const QString &profile)
{
    m_store = connection;
    m_profile = profile;
}

QString InvoiceDownloader::stagingFolderName()
{
    return u".bc-staging"_s;
}

QString InvoiceDownloader::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

bool InvoiceDownloader::download(const InvoiceDownloadItem &item)
{
    return start({item}, m_options.priority.value_or(api::RequestPriority::Interactive));
}

bool InvoiceDownloader::downloadAll(const QList<InvoiceDownloadItem> &items)
{
    return start(items, m_options.priority.value_or(api::RequestPriority::Background));
}

bool InvoiceDownloader::start(const QList<InvoiceDownloadItem> &items,
                              api::RequestPriority priority)
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
    m_priority = priority;
    m_items = items;
    m_done = QList<bool>(items.size(), false);
    m_next = 0;
    m_doneCount = 0;
    m_active.clear();
    m_summary = {};
    m_failures.clear();
    m_cancelled = false;
    m_running = true;
    qCDebug(lcDownloads) << "downloading" << items.size() << "invoice(s) into" << m_root;
    QMetaObject::invokeMethod(this, &InvoiceDownloader::pump, Qt::QueuedConnection);
    return true;
}

void InvoiceDownloader::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Aborting finishes each call at once: its handler records the item as Cancelled.
    const QList<QPointer<api::ApiCall>> calls = m_active.values();
    for (const QPointer<api::ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
    QMetaObject::invokeMethod(this, &InvoiceDownloader::pump, Qt::QueuedConnection);
}

QString InvoiceDownloader::targetPath(int index) const
{
    const QString relative =
            InvoiceFileNamer(m_options.nameTemplate).relativePath(m_items.at(index));
    return relative.isEmpty() ? QString() : m_root + u'/' + relative;
}

QString InvoiceDownloader::stagingPath(int index) const
{
    return m_root + u'/' + stagingFolderName() + u'/'
           + QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(index)
           + u".pdf"_s;
}

void InvoiceDownloader::pump()
{
    if (!m_running)
        return;
    const int limit = std::max(1, m_options.maxConcurrent);
    while (m_next < m_items.size() && (m_cancelled || m_active.size() < limit)) {
        const int index = m_next++;
        if (m_cancelled) {
            InvoiceDownloadResult result;
            result.item = m_items.at(index);
            result.outcome = InvoiceDownloadOutcome::Cancelled;
            result.error = ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0};
            complete(index, result);
            continue;
        }
        Q_EMIT itemStarted(index, m_items.at(index));
        if (resumeItem(index))
            continue;
        startItem(index);
    }
    if (m_next >= m_items.size() && m_active.isEmpty() && m_doneCount == m_items.size())
        finishRun();
}

bool InvoiceDownloader::resumeItem(int index)
{
    if (!m_options.resume || !m_store)
        return false;
    const InvoiceDownloadItem &item = m_items.at(index);
    store::StoreError error;
    const QList<store::InvoiceFileRecord> records =
            store::InvoiceFileStore(*m_store).files(item.bcId, item.invoiceId, &error);
    if (error.isError()) {
        qCWarning(lcDownloads) << "cannot read the downloaded files of" << item.invoiceId << ":"
                               << error.detail();
        return false;
    }
    for (const store::InvoiceFileRecord &record : records) {
        if (!isInside(m_root, record.path) || QFileInfo(record.path).size() != record.bytes
            || !QFileInfo(record.path).isFile() || fileSha256(record.path) != record.sha256)
            continue;
        InvoiceDownloadResult result;
        result.item = item;
        result.outcome = InvoiceDownloadOutcome::Resumed;
        result.path = record.path;
        result.sha256 = record.sha256;
        result.bytes = record.bytes;
        complete(index, result);
        return true;
    }
    return false;
}

void InvoiceDownloader::startItem(int index)
{
    const InvoiceDownloadItem &item = m_items.at(index);
    if (targetPath(index).isEmpty()) {
        fail(index, ApiError{ApiError::Kind::Validation,
                             0,
                             tr("The file name template gives no file name."),
                             {},
                             0});
        return;
    }
    const QString staging = stagingPath(index);
    QFile::remove(staging); // a leftover of a run that was killed
    api::InvoiceEndpoints invoices(m_client);
    api::ApiCall *call = invoices.download(
            {item.bcId, item.invoiceId, staging}, this,
            [this, index, staging](const api::Result<api::DownloadedFile> &file) {
                m_active.remove(index);
                if (!file.ok()) {
                    QFile::remove(staging);
                    fail(index, file.error());
                } else {
                    onDownloaded(index, staging, file.value().bytes);
                }
                QMetaObject::invokeMethod(this, &InvoiceDownloader::pump, Qt::QueuedConnection);
            },
            m_priority);
    m_active.insert(index, call);
    connect(call, &api::ApiCall::downloadProgress, this,
            [this, index](qint64 received, qint64 total) {
                Q_EMIT itemProgress(index, received, total);
            });
}

void InvoiceDownloader::onDownloaded(int index, const QString &stagingPath, qint64 bytes)
{
    if (m_cancelled) {
        QFile::remove(stagingPath);
        InvoiceDownloadResult result;
        result.item = m_items.at(index);
        result.outcome = InvoiceDownloadOutcome::Cancelled;
        result.error = ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0};
        complete(index, result);
        return;
    }
    if (!isPdf(stagingPath) || QFileInfo(stagingPath).size() != bytes) {
        QFile::remove(stagingPath);
        fail(index, ApiError{ApiError::Kind::Parse,
                             0,
                             tr("The downloaded invoice is not a complete PDF."),
                             {},
                             0});
        return;
    }
    placeFile(index, stagingPath);
}

void InvoiceDownloader::placeFile(int index, const QString &stagingPath)
{
    InvoiceDownloadResult result;
    result.item = m_items.at(index);
    result.sha256 = fileSha256(stagingPath);
    result.bytes = QFileInfo(stagingPath).size();
    if (result.sha256.isEmpty()) {
        QFile::remove(stagingPath);
        fail(index, localError(tr("Cannot read the downloaded file %1.")
                                       .arg(QDir::toNativeSeparators(stagingPath))));
        return;
    }
    const QString target = targetPath(index);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        QFile::remove(stagingPath);
        fail(index,
             localError(tr("Cannot create the folder %1.")
                                .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()))));
        return;
    }
    constexpr int maxCandidates = 1000;
    for (int n = 1; n <= maxCandidates; ++n) {
        const QString candidate = numberedPath(target, n);
        const QFileInfo existing(candidate);
        if (existing.exists() || existing.isSymLink()) {
            if (existing.isFile() && existing.size() == result.bytes
                && fileSha256(candidate) == result.sha256) {
                QFile::remove(stagingPath);
                result.outcome = InvoiceDownloadOutcome::AlreadyPresent;
                result.path = candidate;
                recordFile(result);
                complete(index, result);
                return;
            }
            continue; // different content (or not a file): never replaced
        }
        // Never replaces a file that appeared meanwhile (Qt refuses an existing target).
        QFile staged(stagingPath);
        if (staged.rename(candidate)) {
            result.outcome = n == 1 ? InvoiceDownloadOutcome::Downloaded
                                    : InvoiceDownloadOutcome::SavedBeside;
            result.path = candidate;
            recordFile(result);
            complete(index, result);
            return;
        }
        if (QFileInfo::exists(candidate))
            continue;
        QFile::remove(stagingPath);
        fail(index,
             localError(tr("Cannot save the invoice as %1: %2")
                                .arg(QDir::toNativeSeparators(candidate), staged.errorString())));
        return;
    }
    QFile::remove(stagingPath);
    fail(index, localError(tr("Too many different files named like %1.")
                                   .arg(QDir::toNativeSeparators(target))));
}

void InvoiceDownloader::recordFile(InvoiceDownloadResult &result)
{
    if (!m_store)
        return;
    store::InvoiceFileRecord record;
    record.bcId = result.item.bcId;
    record.invoiceId = result.item.invoiceId;
    record.path = result.path;
    record.sha256 = result.sha256;
    record.bytes = result.bytes;
    record.downloadedAt = QDateTime::currentDateTimeUtc();
    record.profile = m_profile;
    const store::StoreError error = store::InvoiceFileStore(*m_store).record(record);
    if (error.isError())
        result.recordError = error.describe();
}

void InvoiceDownloader::fail(int index, const ApiError &error)
{
    InvoiceDownloadResult result;
    result.item = m_items.at(index);
    const bool cancelled = m_cancelled && error.kind == ApiError::Kind::Cancelled;
    result.outcome = cancelled ? InvoiceDownloadOutcome::Cancelled : InvoiceDownloadOutcome::Failed;
    result.error = error;
    if (!cancelled)
        qCWarning(lcDownloads).noquote()
                << "invoice" << result.item.invoiceId << "failed:" << ApiError::kindName(error.kind)
                << error.code << error.requestId;
    complete(index, result);
}

void InvoiceDownloader::complete(int index, InvoiceDownloadResult result)
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
    Q_EMIT progress(m_doneCount, static_cast<int>(m_items.size()));
}

void InvoiceDownloader::finishRun()
{
    m_running = false;
    // Only this run's staging files were there, and each was moved or removed.
    QDir(m_root).rmdir(stagingFolderName());
    m_summary.failures = m_failures.values(); // in the order of the items
    qCDebug(lcDownloads) << "done:" << m_summary.downloaded << "downloaded," << m_summary.skipped
                         << "skipped," << m_summary.failed << "failed," << m_summary.cancelled
                         << "cancelled";
    const InvoiceDownloadSummary summary = m_summary;
    Q_EMIT finished(summary);
}

} // namespace bc::downloads
