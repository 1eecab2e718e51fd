#pragma once

#include "core/downloads/archiveentry.h"
#include "core/downloads/archivelimits.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
struct archive;

namespace bc::downloads {

// Reads a zip file entry by entry with libarchive, block by block (never a whole entry in
// memory). Hostile archives are refused, not half-trusted: an absolute path, a ".." component,
// a symbolic or hard link, a device or any other non-regular entry, more entries or more bytes
// than the limits allow each end the reading with an error. Folders are skipped. Not thread-safe;
// any one thread may use it.
class ArchiveReader final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    explicit ArchiveReader(ArchiveLimits limits = {});
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // False (see errorString()) when the file cannot be opened or is no archive.
    [[nodiscard]] bool open(const QString &path);
    // The next regular file; false at the end (atEnd()) or on an error (errorString()).
    [[nodiscard]] bool next(ArchiveEntry *entry);
    // Streams the current entry's data into `out`, checking the limits (and the zip's CRC, which
    // libarchive verifies). False on an error; `out` then holds a part only.
    [[nodiscard]] bool copyData(QIODevice *out);
    // Skips the current entry's data.
    [[nodiscard]] bool skipData();

    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Whether an entry name is relative and stays inside the folder it is unpacked into.
    [[nodiscard]] static bool isSafePath(const QString &path);

private:
    bool failWith(const QString &message);
    [[nodiscard]] QString libarchiveError() const;
    void close();

    ArchiveLimits m_limits;
    archive *m_archive = nullptr;
    QString m_error;
    bool m_atEnd = false;
    bool m_dataPending = false; // next() handed out an entry whose data was not read
    qint64 m_entrySize = -1;    // the current entry's announced size
    int m_entries = 0;
    qint64 m_totalBytes = 0;
};

} // namespace bc::downloads
