#include "core/downloads/billingreportdownloader.h"

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/endpoints/invoiceendpoints.h"
#include "core/downloads/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::downloads {

namespace {

api::ApiError error(api::ApiError::Kind kind, const QString &message, int code = 0,
                    const QString &requestId = {}, int httpStatus = 0)
{
    return api::ApiError{kind, code, message, requestId, httpStatus};
}

} // namespace

BillingReportDownloader::BillingReportDownloader(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BillingReportDownloader::poll);
}

BillingReportDownloader::~BillingReportDownloader()
{
    if (m_call)
        m_call->abort();
    if (m_reply)
        m_reply->abort();
    delete m_file; // uncommitted: the target stays as it was
}

void BillingReportDownloader::setPollDelays(std::chrono::milliseconds first,
                                            std::chrono::milliseconds maximum)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, maximum);
}

bool BillingReportDownloader::start(const BillingReportOrder &order)
{
    if (m_running || order.bcId.isEmpty() || order.path.isEmpty() || !order.startDate.isValid()
        || !order.endDate.isValid())
        return false;
    m_running = true;
    m_order = order;
    m_result = {};
    m_result.path = order.path;
    m_lastStatus.clear();
    m_delay = m_firstDelay;

    api::InvoiceTaskCreation creation;
    creation.bcId = order.bcId;
    creation.downloadType = u"BILLING_REPORT"_s;
    creation.filtering.billingGroupId = order.billingGroupId;
    creation.filtering.startTime = order.startDate.startOfDay(Qt::UTC);
    creation.filtering.endTime = order.endDate.startOfDay(Qt::UTC).addSecs(24 * 3600 - 1);
    m_call = api::InvoiceEndpoints(*m_client).createTask(
            creation, this, [this](const api::Result<domain::InvoiceTask> &result) {
                if (!m_running)
                    return;
                if (!result.ok()) {
                    finish(result.error());
                    return;
                }
                m_result.taskId = result.value().taskId;
                if (m_result.taskId.isEmpty()) {
                    finish(error(api::ApiError::Kind::Parse,
                                 tr("The API created the billing report task but named no "
                                    "task_id.")));
                    return;
                }
                qCInfo(lcDownloads) << "billing report task" << m_result.taskId << "created";
                m_deadline = QDateTime::currentMSecsSinceEpoch() + m_timeout.count();
                Q_EMIT taskCreated(m_result.taskId);
                m_timer.start(m_delay);
            });
    return true;
}

void BillingReportDownloader::poll()
{
    ++m_result.polls;
    m_call = api::InvoiceEndpoints(*m_client).task(
            {m_order.bcId, m_result.taskId}, this,
            [this](const api::Result<domain::InvoiceTask> &result) {
                if (!m_running)
                    return;
                if (!result.ok()) {
                    finish(result.error());
                    return;
                }
                const domain::InvoiceTask &task = result.value();
                onTask(task.status, task.downloadUrl, task.errorMsg);
            });
}

void BillingReportDownloader::onTask(const QString &status, const QString &downloadUrl,
                                     const QString &errorMessage)
{
    if (status != m_lastStatus) {
        m_lastStatus = status;
        Q_EMIT statusChanged(status);
    }
    if (status == u"FAILED"_s) {
        finish(error(api::ApiError::Kind::Server,
                     errorMessage.isEmpty()
                             ? tr("The billing report task %1 failed.").arg(m_result.taskId)
                             : tr("The billing report task %1 failed: %2")
                                       .arg(m_result.taskId, errorMessage)));
        return;
    }
    if (status == u"SUCCEED"_s) {
        if (downloadUrl.isEmpty()) {
            finish(error(api::ApiError::Kind::Parse,
                         tr("The billing report task %1 succeeded without a download_url.")
                                 .arg(m_result.taskId)));
            return;
        }
        download(downloadUrl);
        return;
    }
    // CREATED, RUNNING, POLLING, or a status the reference does not name: wait and ask again.
    if (QDateTime::currentMSecsSinceEpoch() + m_delay.count() > m_deadline) {
        finish(error(api::ApiError::Kind::Timeout,
                     tr("The billing report task %1 did not finish in %2 s (last status %3).")
                             .arg(m_result.taskId)
                             .arg(m_timeout.count() / 1000)
                             .arg(status)));
        return;
    }
    m_timer.start(m_delay);
    m_delay = std::min(m_maxDelay, std::chrono::milliseconds(m_delay.count() * 3 / 2));
}

void BillingReportDownloader::download(const QString &downloadUrl)
{
    const api::InvoiceTaskFileDownload file{downloadUrl, m_order.path};
    if (api::InvoiceEndpoints::taskFileRequest(m_client->environment(), file)) {
        m_call = api::InvoiceEndpoints(*m_client).downloadTaskFile(
                file, this, [this](const api::Result<api::DownloadedFile> &result) {
                    if (!m_running)
                        return;
                    if (!result.ok()) {
                        finish(result.error());
                        return;
                    }
                    m_result.path = result.value().path;
                    m_result.bytes = result.value().bytes;
                    m_result.contentType = result.value().contentType;
                    finish(std::nullopt);
                });
        if (m_call)
            connect(m_call.data(), &api::ApiCall::downloadProgress, this,
                    &BillingReportDownloader::downloadProgress);
        return;
    }
    const QUrl url(downloadUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        finish(error(api::ApiError::Kind::Parse,
                     tr("The billing report task %1 gave an unusable download link.")
                             .arg(m_result.taskId)));
        return;
    }
    downloadElsewhere(url);
}

void BillingReportDownloader::downloadElsewhere(const QUrl &url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_file = new QSaveFile(m_order.path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(error(api::ApiError::Kind::LocalFile,
                     tr("Cannot write %1: %2").arg(m_order.path, m_file->errorString())));
        return;
    }
    // Deliberately a bare request: no Access-Token, no other header of the client's. Redirects
    // may only stay as safe as the link (https never to http).
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(int(m_client->transferTimeout().count()));
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, this,
            &BillingReportDownloader::downloadProgress);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Error pages and JSON envelopes are small: they are read whole in finished.
        if (status != 200
            || reply->header(QNetworkRequest::ContentTypeHeader)
                       .toString()
                       .startsWith(u"application/json"_s))
            return;
        if (m_file && m_file->write(reply->readAll()) < 0)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (m_file && m_file->error() != QFileDevice::NoError) {
            finish(error(api::ApiError::Kind::LocalFile,
                         tr("Cannot write %1: %2").arg(m_order.path, m_file->errorString())));
            return;
        }
        if (contentType.startsWith(u"application/json"_s)) {
            // The envelope instead of the file: the link expired or the task is not ready.
            const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
            const int code = envelope.value(u"code"_s).toInt();
            finish(api::ApiError::fromCode(
                    code ? code : 50000, envelope.value(u"message"_s).toString(),
                    envelope.value(u"request_id"_s).toVariant().toString(), status));
            return;
        }
        // Any transport error, a cut-off body included, fails the download.
        if (reply->error() != QNetworkReply::NoError) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                                  || reply->error() == QNetworkReply::TimeoutError;
            finish(error(timedOut        ? api::ApiError::Kind::Timeout
                         : status >= 500 ? api::ApiError::Kind::Server
                                         : api::ApiError::Kind::Network,
                         reply->errorString(), 0, {}, status));
            return;
        }
        if (status != 200) {
            finish(error(status >= 500 ? api::ApiError::Kind::Server : api::ApiError::Kind::Other,
                         tr("The download link answered HTTP %1.").arg(status), 0, {}, status));
            return;
        }
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && m_file->write(rest) < 0) {
            finish(error(api::ApiError::Kind::LocalFile,
                         tr("Cannot write %1: %2").arg(m_order.path, m_file->errorString())));
            return;
        }
        m_result.bytes = m_file->size();
        if (!m_file->commit()) {
            finish(error(api::ApiError::Kind::LocalFile,
                         tr("Cannot write %1: %2").arg(m_order.path, m_file->errorString())));
            return;
        }
        m_result.contentType = contentType;
        finish(std::nullopt);
    });
}

void BillingReportDownloader::cancel()
{
    if (!m_running)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish(error(api::ApiError::Kind::Cancelled, tr("The billing report download was cancelled.")));
}

void BillingReportDownloader::finish(const std::optional<api::ApiError> &failure)
{
    m_running = false;
    m_timer.stop();
    delete m_file; // committed already on success; otherwise discarded
    m_file = nullptr;
    m_result.error = failure;
    if (failure) {
        qCWarning(lcDownloads) << "billing report" << m_result.taskId
                               << "failed:" << failure->message;
        m_result.bytes = 0;
    }
    Q_EMIT finished(m_result);
}

} // namespace bc::downloads
