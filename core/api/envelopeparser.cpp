#include "core/api/envelopeparser.h"

#include "core/api/jsonfields.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace bc::api {

namespace {

ApiError unreadable(int httpStatus, const QString &why)
{
    // A gateway that failed often answers with an HTML page: that is the server's fault, not a
    // format problem, and it is worth retrying.
    const auto kind = httpStatus >= 500 ? ApiError::Kind::Server : ApiError::Kind::Parse;
    return ApiError{kind, 0, why, QString(), httpStatus};
}

} // namespace

Result<Envelope> EnvelopeParser::parse(int httpStatus, const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return unreadable(httpStatus, ApiError::tr("the answer was empty"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return unreadable(httpStatus, ApiError::tr("not valid JSON (%1 at byte %2)")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset));
    }
    if (!document.isObject())
        return unreadable(httpStatus, ApiError::tr("the answer is not a JSON object"));

    const QJsonObject root = document.object();
    const auto code = json::integer(root.value("code"_L1));
    if (!code)
        return unreadable(httpStatus, ApiError::tr("the answer has no numeric “code”"));

    Envelope envelope;
    envelope.code = static_cast<int>(*code);
    envelope.message = json::text(root.value("message"_L1));
    envelope.requestId = json::idString(root.value("request_id"_L1));
    envelope.data = json::object(root.value("data"_L1));
    envelope.httpStatus = httpStatus;

    const bool success = envelope.code == 0 || envelope.code == 20001;
    if (!success)
        return ApiError::fromCode(envelope.code, envelope.message, envelope.requestId, httpStatus);
    if (httpStatus >= 400) {
        // A success code on an HTTP error is contradictory; trust neither and report the status.
        return ApiError{httpStatus >= 500 ? ApiError::Kind::Server : ApiError::Kind::Other, 0,
                        envelope.message, envelope.requestId, httpStatus};
    }
    return envelope;
}

} // namespace bc::api
