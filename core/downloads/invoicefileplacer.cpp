#include "core/downloads/invoicefileplacer.h"

#include "core/downloads/invoicedownloader.h"
#include "core/downloads/invoicefilenamer.h"
#include "core/store/invoicefilestore.h"

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

// "dir/name (n).ext" for n >= 2; the path itself for n = 1 (as InvoiceDownloader names them).
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

InvoiceFilePlacer::InvoiceFilePlacer(QString root, QString nameTemplate,
                                     store::StoreConnection *store, QString profile)
    : m_root(std::move(root))
    , m_nameTemplate(std::move(nameTemplate))
    , m_store(store)
    , m_profile(std::move(profile))
{ }

bool InvoiceFilePlacer::isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() > 0
           && file.read(5) == QByteArrayLiteral("%PDF-");
}

QString InvoiceFilePlacer::targetPath(const InvoiceDownloadItem &item) const
{
    const QString relative = InvoiceFileNamer(m_nameTemplate).relativePath(item);
    return relative.isEmpty() ? QString() : m_root + u'/' + relative;
}

std::optional<InvoiceDownloadResult>
InvoiceFilePlacer::resumed(const InvoiceDownloadItem &item) const
{
    if (!m_store)
        return std::nullopt;
    store::StoreError error;
    const QList<store::InvoiceFileRecord> records =
            store::InvoiceFileStore(*m_store).files(item.bcId, item.invoiceId, &error);
    if (error.isError())
        return std::nullopt;
    for (const store::InvoiceFileRecord &record : records) {
        const QFileInfo info(record.path);
        if (!isInside(m_root, record.path) || !info.isFile() || info.size() != record.bytes
            || InvoiceDownloader::fileSha256(record.path) != record.sha256)
            continue;
        InvoiceDownloadResult result;
        result.item = item;
        result.outcome = InvoiceDownloadOutcome::Resumed;
        result.path = record.path;
        result.sha256 = record.sha256;
        result.bytes = record.bytes;
        return result;
    }
    return std::nullopt;
}

InvoiceDownloadResult InvoiceFilePlacer::failed(const InvoiceDownloadItem &item, ApiError error)
{
    InvoiceDownloadResult result;
    result.item = item;
    result.outcome = InvoiceDownloadOutcome::Failed;
    result.error = std::move(error);
    return result;
}

InvoiceDownloadResult InvoiceFilePlacer::place(const InvoiceDownloadItem &item,
                                               const QString &stagingPath, QString sha256) const
{
    const QString target = targetPath(item);
    if (target.isEmpty()) {
        QFile::remove(stagingPath);
        return failed(item, ApiError{ApiError::Kind::Validation,
                                     0,
                                     tr("The file name template gives no file name."),
                                     {},
                                     0});
    }
    if (!isPdf(stagingPath)) {
        QFile::remove(stagingPath);
        return failed(item, ApiError{ApiError::Kind::Parse,
                                     0,
                                     tr("The downloaded invoice is not a complete PDF."),
                                     {},
                                     0});
    }
    InvoiceDownloadResult result;
    result.item = item;
    result.sha256 = sha256.isEmpty() ? InvoiceDownloader::fileSha256(stagingPath) : sha256;
    result.bytes = QFileInfo(stagingPath).size();
    if (result.sha256.isEmpty()) {
        QFile::remove(stagingPath);
        return failed(item, localError(tr("Cannot read the downloaded file %1.")
                                               .arg(QDir::toNativeSeparators(stagingPath))));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        QFile::remove(stagingPath);
        return failed(item, localError(tr("Cannot create the folder %1.")
                                               .arg(QDir::toNativeSeparators(
                                                       QFileInfo(target).absolutePath()))));
    }
    constexpr int maxCandidates = 1000;
    for (int n = 1; n <= maxCandidates; ++n) {
        const QString candidate = numberedPath(target, n);
        const QFileInfo existing(candidate);
        if (existing.exists() || existing.isSymLink()) {
            if (existing.isFile() && !existing.isSymLink() && existing.size() == result.bytes
                && InvoiceDownloader::fileSha256(candidate) == result.sha256) {
                QFile::remove(stagingPath);
                result.outcome = InvoiceDownloadOutcome::AlreadyPresent;
                result.path = candidate;
                record(result);
                return result;
            }
            continue; // different content (or not a file): never replaced
        }
        // Never replaces a file that appeared meanwhile (Qt refuses an existing target).
        QFile staged(stagingPath);
        if (staged.rename(candidate)) {
            result.outcome = n == 1 ? InvoiceDownloadOutcome::Downloaded
                                    : InvoiceDownloadOutcome::SavedBeside;
            result.path = candidate;
            record(result);
            return result;
        }
        if (QFileInfo::exists(candidate))
            continue;
        QFile::remove(stagingPath);
        return failed(item, localError(tr("Cannot save the invoice as %1: %2")
                                               .arg(QDir::toNativeSeparators(candidate),
                                                    staged.errorString())));
    }
    QFile::remove(stagingPath);
    return failed(item, localError(tr("Too many different files named like %1.")
                                           .arg(QDir::toNativeSeparators(target))));
}

void InvoiceFilePlacer::record(InvoiceDownloadResult &result) const
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

} // namespace bc::downloads
