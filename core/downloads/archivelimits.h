#pragma once

#include <QtGlobal>

namespace bc::downloads {

// What ArchiveReader accepts before it calls an archive hostile: a zip bomb or a flood of entries
// is refused instead of filling the disk.
struct ArchiveLimits
{
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;       // one unpacked file
    qint64 maxTotalBytes = qint64(16) * 1024 * 1024 * 1024; // every unpacked file together
    int maxEntries = 100000;
};

} // namespace bc::downloads
