#include "core/api/apicall.h"

#include "core/api/apiclient.h"
#include "core/api/envelopeparser.h"
#include "core/api/logging.h"
#include "core/api/redactor.h"
#include "core/api/retrypolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc::api {

namespace {

ApiError cancelledError()
{
    return ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0};
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.trimmed().toLower();
    return type.startsWith("application/json") || type.startsWith("text/json");
}

// `attachment; filename="INV-1.pdf"` → INV-1.pdf; empty when the header has none.
QString fileNameFrom(const QByteArray &contentDisposition)
{
    static const QRegularExpression quoted(u"filename\\s*=\\s*\"([^\"]*)\""_s);
    static const QRegularExpression bare(u"filename\\s*=\\s*([^;\\s]+)"_s);
    const QString text = QString::fromLatin1(contentDisposition);
    QRegularExpressionMatch match = quoted.match(text);
    if (!match.hasMatch())
        match = bare.match(text);
    return match.hasMatch() ? QFileInfo(match.captured(1)).fileName() : QString();
}

// Qt's transport messages quote the whole URL, query included: never keep that raw (it may
// carry a secret or an e-mail address) in an error a person or a log will see.
QString transportMessage(const QNetworkReply *reply)
{
    return Redactor::redactText(reply->errorString());
}

// Multipart fields for the activity log: values redacted, files by size only.
QString describeFormParts(const QList<FormPart> &formParts)
{
    QStringList parts;
    for (const FormPart &part : formParts) {
        if (!part.fileName.isEmpty())
            parts.append(part.name + u"=<file "_s + QString::number(part.data.size())
                         + u" bytes>"_s);
        else if (Redactor::isSecretKey(part.name))
            parts.append(part.name + u'=' + Redactor::mask);
        else
            parts.append(part.name + u'=' + Redactor::redactText(QString::fromUtf8(part.data)));
    }
    return parts.join(u'&');
}

RequestScheduler::Outcome schedulerOutcome(const Result<Envelope> &result)
{
    if (result.ok())
        return RequestScheduler::Outcome::Succeeded;
    return RetryPolicy::classify(result.error()) == RetryPolicy::ErrorClass::Throttle
                   ? RequestScheduler::Outcome::Throttled
                   : RequestScheduler::Outcome::Failed;
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scheduler(client->scheduler())
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::enqueue);
}

ApiCall::~ApiCall()
{
    if (m_scheduler && m_waitingTicket)
        m_scheduler->cancel(*m_waitingTicket);
    if (m_scheduler && m_runningTicket)
        m_scheduler->finish(*m_runningTicket, RequestScheduler::Outcome::Failed);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    discardDownload();
}

void ApiCall::start()
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    enqueue();
}

void ApiCall::enqueue()
{
    if (isFinished())
        return;
    if (!m_scheduler || !m_client) {
        finish(cancelledError());
        return;
    }
    m_waitingTicket = m_scheduler->enqueue(m_request.path, m_request.priority, [this] {
        m_runningTicket = m_waitingTicket;
        m_waitingTicket.reset();
        transmit();
    });
}

void ApiCall::transmit()
{
    ++m_attempts;
    m_streamingToFile = false;
    m_body.clear();
    m_bytesWritten = 0;
    m_writeFailed = false;
    QNetworkReply *reply = m_client ? m_client->transmit(m_request) : nullptr;
    if (!reply) {
        settle(ApiError{
                ApiError::Kind::Other, 0, ApiError::tr("the request could not be sent"), {}, 0});
        return;
    }
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    if (!m_request.downloadPath.isEmpty()) {
        connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
        connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    }
}

void ApiCall::onMetaDataChanged()
{
    // A file only when TikTok says so: HTTP 200 and not JSON (the error envelope) or HTML (a
    // gateway's error page).
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->rawHeader("Content-Type");
    const bool file = status == 200 && !isJsonContentType(type)
                      && !type.trimmed().toLower().startsWith("text/html");
    if (!file || m_streamingToFile)
        return;
    m_streamingToFile = true;
    QDir().mkpath(QFileInfo(m_request.downloadPath).absolutePath());
    m_file = std::make_unique<QSaveFile>(m_request.downloadPath);
    if (!m_file->open(QIODevice::WriteOnly))
        m_writeFailed = true;
}

void ApiCall::onReadyRead()
{
    if (m_reply)
        consume(m_reply);
}

void ApiCall::consume(QNetworkReply *reply)
{
    if (!m_streamingToFile) {
        m_body += reply->readAll(); // the envelope: small
        return;
    }
    const QByteArray chunk = reply->readAll();
    if (m_writeFailed)
        return;
    if (m_file->write(chunk) != chunk.size()) {
        m_writeFailed = true;
        return;
    }
    m_bytesWritten += chunk.size();
    const QVariant total = reply->header(QNetworkRequest::ContentLengthHeader);
    Q_EMIT downloadProgress(m_bytesWritten, total.isValid() ? total.toLongLong() : -1);
}

void ApiCall::onReplyFinished()
{
    if (isFinished() || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_aborting) {
        finish(cancelledError());
        return;
    }
    settle(readOutcome(reply));
}

Result<Envelope> ApiCall::readOutcome(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (networkError == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels a reply behind our back: a hung connection.
        return ApiError{ApiError::Kind::Timeout,
                        0,
                        transportMessage(reply),
                        {},
                        status.isValid() ? status.toInt() : 0};
    }
    if (!status.isValid())
        return ApiError{ApiError::Kind::Network, 0, transportMessage(reply), {}, 0};
    if (m_streamingToFile)
        return finishDownload(reply);

    // An HTTP answer arrived, possibly an error status: the envelope inside decides.
    const QByteArray body = m_body + reply->readAll();
    Result<Envelope> parsed = EnvelopeParser::parse(status.toInt(), body);
    if (!parsed.ok() && networkError != QNetworkReply::NoError
        && parsed.error().kind == ApiError::Kind::Parse) {
        // A body cut short by a dropped connection is a transport failure, not bad JSON.
        return ApiError{ApiError::Kind::Network, 0, transportMessage(reply), {}, status.toInt()};
    }
    if (parsed.ok() && !m_request.downloadPath.isEmpty()) {
        // A download that answered JSON with code 0: there is no file, so it did not work.
        return ApiError{ApiError::Kind::Parse, 0, ApiError::tr("the answer was not a file"),
                        parsed.value().requestId, status.toInt()};
    }
    return parsed;
}

Result<Envelope> ApiCall::finishDownload(QNetworkReply *reply)
{
    consume(reply); // whatever is still buffered
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        discardDownload();
        return ApiError{ApiError::Kind::Network, 0, transportMessage(reply), {}, status};
    }
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() != m_bytesWritten) {
        discardDownload();
        return ApiError{ApiError::Kind::Network,
                        0,
                        ApiError::tr("the file arrived incomplete (%1 of %2 bytes)")
                                .arg(m_bytesWritten)
                                .arg(announced.toLongLong()),
                        {},
                        status};
    }
    if (m_writeFailed || !m_file->commit()) {
        const QString why = m_file ? m_file->errorString() : QString();
        discardDownload();
        return ApiError{ApiError::Kind::LocalFile,
                        0,
                        ApiError::tr("could not write %1: %2").arg(m_request.downloadPath, why),
                        {},
                        status};
    }
    m_file.reset();
    Envelope envelope;
    envelope.message = u"OK"_s;
    envelope.httpStatus = status;
    envelope.data = QJsonObject{
            {u"path"_s, m_request.downloadPath},
            {u"bytes"_s, m_bytesWritten},
            {u"content_type"_s, QString::fromLatin1(reply->rawHeader("Content-Type"))},
            {u"file_name"_s, fileNameFrom(reply->rawHeader("Content-Disposition"))},
    };
    return envelope;
}

void ApiCall::discardDownload()
{
    if (m_file) {
        m_file->cancelWriting(); // QSaveFile: the target is never touched
        m_file.reset();
    }
    m_streamingToFile = false;
}

void ApiCall::settle(Result<Envelope> outcome)
{
    if (m_scheduler && m_runningTicket)
        m_scheduler->finish(*m_runningTicket, schedulerOutcome(outcome));
    m_runningTicket.reset();
    if (outcome.ok() || !m_client) {
        finish(std::move(outcome));
        return;
    }
    const RetryPolicy::Decision decision = m_client->retryPolicy().decide(
            outcome.error(), m_request.isIdempotent(), m_attempts, m_client->nextJitter());
    if (!decision.retry) {
        finish(std::move(outcome));
        return;
    }
    qCDebug(lcApi).noquote() << m_request.method << m_request.path << "attempt" << m_attempts
                             << ApiError::kindName(outcome.error().kind) << outcome.error().code
                             << "retry in" << decision.delay.count() << "ms";
    Q_EMIT retrying(m_attempts, decision.delay.count(), outcome.error());
    m_retryTimer.start(decision.delay);
}

void ApiCall::abort()
{
    if (isFinished())
        return;
    m_aborting = true;
    m_retryTimer.stop();
    if (m_scheduler && m_waitingTicket)
        m_scheduler->cancel(*m_waitingTicket);
    m_waitingTicket.reset();
    if (m_scheduler && m_runningTicket)
        m_scheduler->finish(*m_runningTicket, RequestScheduler::Outcome::Failed);
    m_runningTicket.reset();
    discardDownload();
    if (m_reply)
        m_reply->abort(); // emits finished() synchronously, handled in onReplyFinished()
    if (!isFinished())
        finish(cancelledError());
}

void ApiCall::finish(Result<Envelope> result)
{
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (result.ok()) {
        qCDebug(lcApi).noquote() << m_request.method << m_request.path << "ok"
                                 << result.value().requestId << m_elapsedMs << "ms" << m_attempts
                                 << "attempt(s)";
    } else {
        const ApiError &error = result.error();
        qCDebug(lcApi).noquote() << m_request.method << m_request.path
                                 << ApiError::kindName(error.kind) << error.code << error.requestId
                                 << m_elapsedMs << "ms" << m_attempts << "attempt(s)";
    }
    m_result = std::move(result);
    record(*m_result);
    Q_EMIT finished();
}

void ApiCall::record(const Result<Envelope> &result) const
{
    if (!m_client)
        return;
    ActivityEntry entry;
    entry.startedAt = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    entry.method = QString::fromLatin1(m_request.method);
    entry.path = m_request.path;
    if (!m_request.formParts.isEmpty()) {
        entry.parameters = describeFormParts(m_request.formParts);
    } else if (m_request.method == "GET" || m_request.body.isEmpty()) {
        entry.parameters = Redactor::redactQuery(m_request.query);
    } else {
        entry.parameters = QString::fromUtf8(
                QJsonDocument(Redactor::redactJson(m_request.body)).toJson(QJsonDocument::Compact));
    }
    entry.durationMs = m_elapsedMs;
    entry.retries = std::max(0, m_attempts - 1);
    if (result.ok()) {
        entry.code = result.value().code;
        entry.message = Redactor::redactText(result.value().message);
        entry.requestId = result.value().requestId;
        entry.httpStatus = result.value().httpStatus;
    } else {
        const ApiError &error = result.error();
        entry.code = error.code;
        entry.errorKind = error.kind;
        entry.message = Redactor::redactText(error.message);
        entry.requestId = error.requestId;
        entry.httpStatus = error.httpStatus;
    }
    m_client->activityLog()->append(std::move(entry));
}

} // namespace bc::api
