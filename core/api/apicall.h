#pragma once

#include "core/api/apirequest.h"
#include "core/api/envelope.h"
#include "core/api/requestscheduler.h"
#include "core/api/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkReply;
class QSaveFile;

namespace bc::api {

class ApiClient;

// One request from the caller's point of view: it waits for the app's budget, is sent, and is
// tried again after transient failures as the client's RetryPolicy allows, until it has a parsed
// envelope or a typed error. Emits finished() exactly once, also after abort().
//
// Downloads (request().downloadPath set) stream a file answer to disk through QSaveFile; the
// envelope of a finished download has data {"path", "bytes", "content_type", "file_name"}.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ApiCall(ApiClient *client, ApiRequest request, QObject *parent = nullptr);
    ~ApiCall() override;

    // Queues the request with the scheduler; ApiClient::send() calls this.
    void start();

    [[nodiscard]] const ApiRequest &request() const { return m_request; }
    [[nodiscard]] bool isFinished() const { return m_result.has_value(); }
    // Valid once finished() was emitted.
    [[nodiscard]] const Result<Envelope> &result() const { return *m_result; }
    // From start() to the end, waits and retries included.
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }
    // HTTP exchanges so far; retries are attempts() - 1.
    [[nodiscard]] int attempts() const { return m_attempts; }

    // Stops waiting, retrying and any exchange in flight; the result is a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();
    // Attempt `attempt` failed with `error`; the next one starts in `delayMs`.
    void retrying(int attempt, qint64 delayMs, const bc::api::ApiError &error);
    // Bytes of a download written so far, and the announced size (-1 when unknown).
    void downloadProgress(qint64 received, qint64 total);

private:
    void enqueue();
    void transmit();
    void onMetaDataChanged();
    void onReadyRead();
    void consume(QNetworkReply *reply);
    void onReplyFinished();
    [[nodiscard]] Result<Envelope> readOutcome(QNetworkReply *reply);
    [[nodiscard]] Result<Envelope> finishDownload(QNetworkReply *reply);
    void settle(Result<Envelope> outcome);
    void finish(Result<Envelope> result);
    void discardDownload();
    void record(const Result<Envelope> &result) const;

    QPointer<ApiClient> m_client;
    QPointer<RequestScheduler> m_scheduler;
    ApiRequest m_request;
    std::optional<RequestScheduler::Ticket> m_waitingTicket;
    std::optional<RequestScheduler::Ticket> m_runningTicket;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    qint64 m_elapsedMs = 0;
    int m_attempts = 0;
    bool m_aborting = false;
    // Download state of the current attempt.
    bool m_streamingToFile = false;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_body;
    qint64 m_bytesWritten = 0;
    bool m_writeFailed = false;
    std::optional<Result<Envelope>> m_result;
};

} // namespace bc::api
