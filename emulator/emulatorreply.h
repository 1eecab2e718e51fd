#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

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

    [[nodiscard]] bool isRaw() const { return !rawContentType.isEmpty(); }

    [[nodiscard]] static EmulatorReply success(QJsonObject data);
    [[nodiscard]] static EmulatorReply error(int code, QString message);
    [[nodiscard]] static EmulatorReply raw(QByteArray body, QByteArray contentType);
};

} // namespace bc::emulator
