#pragma once

#include <QString>
#include <QtGlobal>

namespace bc::api {

// A file an endpoint answered instead of the JSON envelope (invoice PDFs, task files), already
// committed to disk through QSaveFile.
struct DownloadedFile
{
    QString path;        // where it was saved: the request's downloadPath
    qint64 bytes = 0;    // as written
    QString fileName;    // from Content-Disposition; empty when the server named none
    QString contentType; // as the server sent it, e.g. "application/pdf"

    friend bool operator==(const DownloadedFile &, const DownloadedFile &) = default;
};

} // namespace bc::api
