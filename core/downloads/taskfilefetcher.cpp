#include "core/downloads/taskfilefetcher.h"

#include "core/downloads/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc::downloads {

using api::ApiError;

namespace {

constexpr qsizetype maxEnvelopeBytes = 64 * 1024;

bool isJson(const QByteArray &contentType)
{
    const QByteArray type = contentType.trimmed().toLower();
    return type.startsWith("application/json") || type.startsWith("text/json");
}

} // namespace

TaskFileFetcher::TaskFileFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Nothing is remembered between fetches: no cookies, no credentials, no cache.
    m_network->setCookieJar(nullptr);
}

TaskFileFetcher::~TaskFileFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_save)
        m_save->cancelWriting();
}

bool TaskFileFetcher::isAcceptable(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == "https"_L1)
        return true;
    const QHostAddress address(url.host());
    return url.scheme() == "http"_L1
           && (url.host() == "localhost"_L1 || (!address.isNull() && address.isLoopback()));
}

void TaskFileFetcher::fetch(const QUrl &url, const QString &path)
{
    m_error.reset();
    m_file = {};
    m_file.path = path;
    m_streaming = false;
    m_writeFailed = false;
    m_tooLarge = false;
    m_aborted = false;
    m_written = 0;
    m_body.clear();
    if (!isAcceptable(url)) {
        const ApiError error{ApiError::Kind::Validation,
                             0,
                             tr("The task's download link is not a secure (https) link."),
                             {},
                             0};
        QMetaObject::invokeMethod(
                this, [this, error] { settle(error); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(int(m_timeout.count()));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &TaskFileFetcher::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &TaskFileFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &TaskFileFetcher::onFinished);
}

void TaskFileFetcher::abort()
{
    if (!m_reply)
        return;
    m_aborted = true;
    m_reply->abort(); // finished() follows at once
}

void TaskFileFetcher::onMetaDataChanged()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->rawHeader("Content-Type");
    const bool file =
            status == 200 && !isJson(type) && !type.trimmed().toLower().startsWith("text/html");
    if (!file || m_streaming)
        return;
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() > m_maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_streaming = true;
    QDir().mkpath(QFileInfo(m_file.path).absolutePath());
    m_save = std::make_unique<QSaveFile>(m_file.path);
    if (!m_save->open(QIODevice::WriteOnly))
        m_writeFailed = true;
}

void TaskFileFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    if (!m_streaming) {
        if (m_body.size() < maxEnvelopeBytes)
            m_body += chunk.left(maxEnvelopeBytes - m_body.size());
        return;
    }
    if (m_writeFailed || m_tooLarge)
        return;
    m_written += chunk.size();
    if (m_written > m_maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    if (m_save->write(chunk) != chunk.size()) {
        m_writeFailed = true;
        return;
    }
    const QVariant total = m_reply->header(QNetworkRequest::ContentLengthHeader);
    Q_EMIT progress(m_written, total.isValid() ? total.toLongLong() : -1);
}

void TaskFileFetcher::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead(); // whatever is still buffered
    const std::optional<ApiError> error = outcome();
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    settle(error);
}

std::optional<ApiError> TaskFileFetcher::outcome()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_aborted)
        return ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, status};
    if (m_tooLarge)
        return ApiError{ApiError::Kind::LocalFile,
                        0,
                        tr("The task's file is larger than %1 bytes.").arg(m_maxBytes),
                        {},
                        status};
    if (m_reply->error() == QNetworkReply::OperationCanceledError)
        return ApiError{ApiError::Kind::Timeout, 0, m_reply->errorString(), {}, status};
    if (!m_streaming) {
        // The API's envelope (a link that expired, a task that failed) or a gateway's page.
        const QJsonObject envelope = QJsonDocument::fromJson(m_body).object();
        if (!envelope.isEmpty() && envelope.value("code"_L1).toInteger() != 0)
            return ApiError::fromCode(int(envelope.value("code"_L1).toInteger()),
                                      envelope.value("message"_L1).toString(),
                                      envelope.value("request_id"_L1).toString(), status);
        if (m_reply->error() != QNetworkReply::NoError)
            return ApiError{ApiError::Kind::Network, 0, m_reply->errorString(), {}, status};
        return ApiError{
                ApiError::Kind::Parse, 0, tr("The task's link answered no file."), {}, status};
    }
    if (m_reply->error() != QNetworkReply::NoError)
        return ApiError{ApiError::Kind::Network, 0, m_reply->errorString(), {}, status};
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() != m_written)
        return ApiError{ApiError::Kind::Network,
                        0,
                        ApiError::tr("the file arrived incomplete (%1 of %2 bytes)")
                                .arg(m_written)
                                .arg(announced.toLongLong()),
                        {},
                        status};
    if (m_writeFailed || !m_save->commit())
        return ApiError{ApiError::Kind::LocalFile,
                        0,
                        tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(m_file.path), m_save->errorString()),
                        {},
                        status};
    m_save.reset();
    m_file.bytes = m_written;
    m_file.contentType = QString::fromLatin1(m_reply->rawHeader("Content-Type"));
    return std::nullopt;
}

void TaskFileFetcher::settle(std::optional<ApiError> error)
{
    if (m_save) {
        m_save->cancelWriting(); // QSaveFile: nothing appears under the name
        m_save.reset();
    }
    m_error = std::move(error);
    if (m_error)
        qCDebug(lcDownloads) << "task file not fetched:" << ApiError::kindName(m_error->kind);
    Q_EMIT finished();
}

} // namespace bc::downloads
