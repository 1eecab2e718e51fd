#include "wireanswer.h"

#include <QStringBuilder>

namespace bc::emulator {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray head(int status, const QByteArray &contentType, qsizetype contentLength,
                const WireAnswer::Headers &extraHeaders)
{
    QByteArray bytes =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bytes += "Content-Type: " + contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        bytes += name + ": " + value + "\r\n";
    bytes += "\r\n";
    return bytes;
}

} // namespace

WireAnswer WireAnswer::complete(int status, const QByteArray &contentType, const QByteArray &body,
                                const Headers &extraHeaders)
{
    return {head(status, contentType, body.size(), extraHeaders) + body, Ending::KeepOpen};
}

WireAnswer WireAnswer::cutMidBody(int status, const QByteArray &contentType, const QByteArray &body,
                                  const Headers &extraHeaders)
{
    return {head(status, contentType, body.size(), extraHeaders) + body.left(body.size() / 2),
            Ending::Close};
}

WireAnswer WireAnswer::hang()
{
    return {{}, Ending::Hang};
}

} // namespace bc::emulator
