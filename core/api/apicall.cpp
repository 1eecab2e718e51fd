#include "core/api/apicall.h"

#include "core/api/envelopeparser.h"
#include "core/api/logging.h"

#include <QNetworkReply>

namespace bc::api {

ApiCall::ApiCall(QNetworkReply *reply, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_request(std::move(request))
{
    m_clock.start();
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiCall::abort()
{
    if (isFinished())
        return;
    m_aborting = true;
    if (m_reply)
        m_reply->abort(); // emits finished() synchronously, handled in onReplyFinished()
    if (!isFinished())
        finish(ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0});
}

void ApiCall::onReplyFinished()
{
    if (isFinished())
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();

    if (m_aborting) {
        finish(ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0});
    } else if (networkError == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels a reply behind our back.
        finish(ApiError{ApiError::Kind::Timeout,
                        0,
                        reply->errorString(),
                        {},
                        status.isValid() ? status.toInt() : 0});
    } else if (!status.isValid()) {
        finish(ApiError{ApiError::Kind::Network, 0, reply->errorString(), {}, 0});
    } else {
        // An HTTP answer arrived, possibly an error status: the envelope inside decides.
        const QByteArray body = reply->readAll();
        Result<Envelope> parsed = EnvelopeParser::parse(status.toInt(), body);
        if (!parsed.ok() && networkError != QNetworkReply::NoError
            && parsed.error().kind == ApiError::Kind::Parse) {
            // A body cut short by a dropped connection is a transport failure, not bad JSON.
            parsed = ApiError{ApiError::Kind::Network, 0, reply->errorString(), {}, status.toInt()};
        }
        finish(std::move(parsed));
    }
}

void ApiCall::finish(Result<Envelope> result)
{
    m_elapsedMs = m_clock.elapsed();
    if (result.ok()) {
        qCDebug(lcApi).noquote() << m_request.method << m_request.path << "ok"
                                 << result.value().requestId << m_elapsedMs << "ms";
    } else {
        const ApiError &error = result.error();
        qCDebug(lcApi).noquote() << m_request.method << m_request.path
                                 << ApiError::kindName(error.kind) << error.code << error.requestId
                                 << m_elapsedMs << "ms";
    }
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace bc::api
