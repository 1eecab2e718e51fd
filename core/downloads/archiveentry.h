#pragma once

#include <QString>
#include <QtGlobal>

namespace bc::downloads {

// One entry of an archive as ArchiveReader hands it out: a regular file (links, devices and
// unsafe names never get this far; folders are skipped).
struct ArchiveEntry
{
    QString path;     // '/'-separated, relative, without "." or ".." components
    qint64 size = -1; // as the header announces it; -1 when it does not
};

} // namespace bc::downloads
