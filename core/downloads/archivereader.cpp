#include "core/downloads/archivereader.h"

#include <QIODevice>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace bc::downloads {

namespace {

constexpr qsizetype blockSize = 64 * 1024;

} // namespace

ArchiveReader::ArchiveReader(ArchiveLimits limits)
    : m_limits(limits)
{ }

ArchiveReader::~ArchiveReader()
{
    close();
}

void ArchiveReader::close()
{
    if (m_archive) {
        archive_read_free(m_archive);
        m_archive = nullptr;
    }
}

bool ArchiveReader::failWith(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    close(); // nothing more is read from an archive found broken or hostile
    return false;
}

QString ArchiveReader::libarchiveError() const
{
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return text ? QString::fromUtf8(text) : tr("unknown libarchive error");
}

bool ArchiveReader::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.contains(QChar(0)))
        return false;
    // Absolute on any system: "/x", "\x", "C:x", "//server/x".
    if (path.startsWith(u'/') || path.startsWith(u'\\'))
        return false;
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter())
        return false;
    const QStringList parts = QString(path).replace(u'\\', u'/').split(u'/');
    for (const QString &part : parts) {
        if (part == ".."_L1)
            return false;
    }
    return true;
}

bool ArchiveReader::open(const QString &path)
{
    close();
    m_error.clear();
    m_atEnd = false;
    m_dataPending = false;
    m_entries = 0;
    m_totalBytes = 0;
    m_archive = archive_read_new();
    if (!m_archive)
        return failWith(tr("libarchive could not start."));
    // Task archives are zips; nothing else (no compressed tarballs, no raw data) is accepted.
    archive_read_support_format_zip(m_archive);
    const QByteArray local = path.toLocal8Bit();
    if (archive_read_open_filename(m_archive, local.constData(), blockSize) != ARCHIVE_OK)
        return failWith(tr("Cannot open the archive: %1").arg(libarchiveError()));
    return true;
}

bool ArchiveReader::next(ArchiveEntry *entry)
{
    if (!m_archive || m_atEnd)
        return false;
    for (;;) {
        archive_entry *header = nullptr;
        const int status = archive_read_next_header(m_archive, &header);
        if (status == ARCHIVE_EOF) {
            m_atEnd = true;
            close();
            return false;
        }
        // WARN: read, with a remark (e.g. a name in an odd character set); still checked below.
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return failWith(tr("The archive is damaged: %1").arg(libarchiveError()));
        if (++m_entries > m_limits.maxEntries)
            return failWith(tr("The archive holds more than %1 entries.").arg(m_limits.maxEntries));
        const char *utf8 = archive_entry_pathname_utf8(header);
        const char *raw = archive_entry_pathname(header);
        const QString path =
                utf8 ? QString::fromUtf8(utf8) : (raw ? QString::fromLocal8Bit(raw) : QString());
        if (!isSafePath(path))
            return failWith(tr("The archive names a file outside its folder: “%1”.").arg(path));
        const auto type = archive_entry_filetype(header);
        if (archive_entry_symlink(header) || archive_entry_hardlink(header) || type == AE_IFLNK)
            return failWith(tr("The archive holds a link: “%1”.").arg(path));
        if (type == AE_IFDIR)
            continue;
        if (type != AE_IFREG)
            return failWith(tr("The archive holds a special file: “%1”.").arg(path));
        const qint64 size = archive_entry_size_is_set(header) ? archive_entry_size(header) : -1;
        if (size > m_limits.maxEntryBytes)
            return failWith(tr("“%1” in the archive is larger than %2 bytes.")
                                    .arg(path)
                                    .arg(m_limits.maxEntryBytes));
        QStringList parts = QString(path).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
        parts.removeAll(u"."_s);
        entry->path = parts.join(u'/');
        entry->size = size;
        if (entry->path.isEmpty())
            return failWith(tr("The archive holds an entry without a name."));
        m_dataPending = true;
        m_entrySize = size;
        return true;
    }
}

bool ArchiveReader::copyData(QIODevice *out)
{
    if (!m_archive || !m_dataPending)
        return failWith(tr("No archive entry to read."));
    m_dataPending = false;
    QByteArray block(blockSize, Qt::Uninitialized);
    qint64 entryBytes = 0;
    for (;;) {
        const la_ssize_t read = archive_read_data(m_archive, block.data(), size_t(block.size()));
        if (read == 0)
            break;
        // Negative: damaged, truncated or a CRC mismatch; a warning counts too (never trust half).
        if (read < 0)
            return failWith(tr("The archive is damaged: %1").arg(libarchiveError()));
        entryBytes += read;
        m_totalBytes += read;
        if (entryBytes > m_limits.maxEntryBytes)
            return failWith(tr("An entry of the archive is larger than %1 bytes.")
                                    .arg(m_limits.maxEntryBytes));
        if (m_totalBytes > m_limits.maxTotalBytes)
            return failWith(
                    tr("The archive unpacks to more than %1 bytes.").arg(m_limits.maxTotalBytes));
        if (out->write(block.constData(), read) != read)
            return failWith(tr("Cannot write the unpacked file: %1").arg(out->errorString()));
    }
    if (m_entrySize >= 0 && entryBytes != m_entrySize)
        return failWith(tr("An entry of the archive is incomplete (%1 of %2 bytes).")
                                .arg(entryBytes)
                                .arg(m_entrySize));
    return true;
}

bool ArchiveReader::skipData()
{
    if (!m_archive)
        return false;
    m_dataPending = false;
    if (archive_read_data_skip(m_archive) != ARCHIVE_OK)
        return failWith(tr("The archive is damaged: %1").arg(libarchiveError()));
    return true;
}

} // namespace bc::downloads
