#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QString>
#include <QUrlQuery>

namespace bc::emulator {

// What a handler sees of an HTTP request: already routed and authenticated.
struct EmulatorRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString endpoint;                      // registry key, e.g. "bc/get/"
    QUrlQuery query;                       // '+' already turned into a space, as form decoding does
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    // The fully decoded value of a query parameter; first one wins when it is repeated.
    [[nodiscard]] QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    [[nodiscard]] bool hasQueryValue(const QString &name) const { return query.hasQueryItem(name); }
    // The caller's Access-Token: the header, or the query parameter the official specs declare
    // (the server already checked that one of them is valid for endpoints that need a token).
    [[nodiscard]] QString accessToken() const
    {
        const QByteArray fromHeader = header(QByteArrayLiteral("access-token"));
        if (!fromHeader.isEmpty())
            return QString::fromUtf8(fromHeader);
        return queryValue(QStringLiteral("Access-Token"));
    }
    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

} // namespace bc::emulator
