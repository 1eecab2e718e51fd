#pragma once

#include "core/downloads/billingreportorder.h"
#include "core/downloads/billingreportresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace bc::api {
class ApiCall;
class ApiClient;
struct ApiError;
} // namespace bc::api

namespace bc::downloads {

// Downloads a BC's billing report the way the API hands it out (reference §1.9, §3.19): creates a
// BILLING_REPORT task (/bc/invoice/task/create/), polls /bc/invoice/task/get/ with a growing
// delay until SUCCEED, then saves the file its download_url names, streamed through QSaveFile (no
// file, or the earlier one untouched, on any failure). A FAILED task, or no SUCCEED before the
// timeout, ends with an ApiError.
//
// The download link is signed and needs no token. A link on the API host goes through the
// ApiClient (its retries and request log); a link on any other host (a CDN) is fetched with a
// plain QNetworkAccessManager that never sets the Access-Token header, so the token never leaves
// the API host.
class BillingReportDownloader final : public QObject
{
    Q_OBJECT

public:
    // `client` is not owned and must outlive the download.
    explicit BillingReportDownloader(api::ApiClient *client, QObject *parent = nullptr);
    ~BillingReportDownloader() override;

    // Delay before the first poll, growth factor 1.5, and the cap. Defaults 1 s and 10 s.
    void setPollDelays(std::chrono::milliseconds first, std::chrono::milliseconds maximum);
    // From the task's creation to SUCCEED. Default 10 minutes.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // False when a download runs already or the order is incomplete (finished() then follows
    // only for a started one).
    bool start(const BillingReportOrder &order);
    // Stops at once; finished() follows with a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void taskCreated(const QString &taskId);
    // CREATED, RUNNING, POLLING, SUCCEED, FAILED as the API reports them.
    void statusChanged(const QString &status);
    void downloadProgress(qint64 received, qint64 total);
    void finished(const bc::downloads::BillingReportResult &result);

private:
    void poll();
    void onTask(const QString &status, const QString &downloadUrl, const QString &errorMessage);
    void download(const QString &downloadUrl);
    void downloadElsewhere(const QUrl &url);
    void finish(const std::optional<api::ApiError> &error);

    api::ApiClient *m_client;
    QNetworkAccessManager *m_network = nullptr; // links off the API host only; made on first use
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{10000};
    std::chrono::milliseconds m_timeout{600000};
    std::chrono::milliseconds m_delay{0};

    bool m_running = false;
    BillingReportOrder m_order;
    BillingReportResult m_result;
    QString m_lastStatus;
    qint64 m_deadline = 0; // msecs since epoch
    QTimer m_timer;
    QPointer<api::ApiCall> m_call;
    QPointer<QNetworkReply> m_reply;
    QSaveFile *m_file = nullptr;
};

} // namespace bc::downloads
