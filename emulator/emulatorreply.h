#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace bc::emulator {

// What a handler answers. The server wraps code/message/data in the v1.3 envelope and adds the
// request_id; a reply with rawContentType set is sent as-is instead (binary downloads such as
// invoices, which only fall back to the JSON envelope on error).
struct EmulatorReply
{
    int code = 0;
    QString message;
    QJsonObject data;
    QByteArray rawBody;
    QByteArray rawContentType;
    // For raw replies only: the HTTP status (the API itself always answers 200) and headers such
    // as Location or Content-Disposition.
    int httpStatus = 200;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    [[nodiscard]] bool isRaw() const { return !rawContentType.isEmpty(); }

    [[nodiscard]] static EmulatorReply success(QJsonObject data);
    [[nodiscard]] static EmulatorReply error(int code, QString message);
    [[nodiscard]] static EmulatorReply raw(QByteArray body, QByteArray contentType);
    // HTTP 302 to `location` (the consent page's redirect).
    [[nodiscard]] static EmulatorReply redirect(const QUrl &location);
};

} // namespace bc::emulator
