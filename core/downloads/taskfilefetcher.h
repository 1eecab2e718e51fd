#pragma once

#include "core/api/apierror.h"
#include "core/api/downloadedfile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace bc::downloads {

// Fetches a task's signed download link that is NOT on the API host (TikTok serves task files
// from a CDN) into a file, streamed through QSaveFile. It has its own network access manager and
// sets no Access-Token (nor any other credential): the token must never reach another host, and
// the signed link needs none. Only https links are fetched, or http ones to a loopback address
// (local test servers); redirects never go from https to http. A JSON answer (the API's error
// envelope) is an error with its code; a body larger than the limit is aborted. Lives on one
// thread.
class TaskFileFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit TaskFileFetcher(QObject *parent = nullptr);
    ~TaskFileFetcher() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Whether a link may be fetched (see the class comment).
    [[nodiscard]] static bool isAcceptable(const QUrl &url);

    // Starts the transfer; finished() follows (also for a link that is not acceptable).
    void fetch(const QUrl &url, const QString &path);
    // Stops the transfer: finished() follows with a Cancelled error, and no file is left.
    void abort();

    // After finished(): the error, or nothing when the file was saved.
    [[nodiscard]] const std::optional<api::ApiError> &error() const { return m_error; }
    [[nodiscard]] const api::DownloadedFile &file() const { return m_file; }

Q_SIGNALS:
    void progress(qint64 bytesReceived, qint64 bytesTotal); // total -1: unknown
    void finished();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void settle(std::optional<api::ApiError> error);
    [[nodiscard]] std::optional<api::ApiError> outcome();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_save;
    qint64 m_maxBytes = qint64(4) * 1024 * 1024 * 1024;
    std::chrono::milliseconds m_timeout{60000};
    bool m_streaming = false;
    bool m_writeFailed = false;
    bool m_tooLarge = false;
    bool m_aborted = false;
    qint64 m_written = 0;
    QByteArray m_body; // a non-file answer (an error envelope): kept small
    std::optional<api::ApiError> m_error;
    api::DownloadedFile m_file;
};

} // namespace bc::downloads
