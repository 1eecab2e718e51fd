#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bc::emulator {

// An HTTP/1.1 answer as bytes on the wire, and what happens to the connection afterwards. The
// server writes these itself rather than through QHttpServerResponder, which cannot send a short
// body, and which keeps a reference to the request that a delayed answer would outlive.
struct WireAnswer
{
    enum class Ending {
        KeepOpen, // a normal answer; the connection serves the next request
        Close,    // close the connection after the bytes and a short pause
        Hang,     // send nothing, ever; the connection stays open until the client closes it
    };

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray bytes;
    Ending ending = Ending::KeepOpen;

    // Status line, Content-Type, Content-Length, any extra headers (Location,
    // Content-Disposition) and the body.
    [[nodiscard]] static WireAnswer complete(int status, const QByteArray &contentType,
                                             const QByteArray &body,
                                             const Headers &extraHeaders = {});
    // Headers that announce the whole body, then only its first half; the connection closes after
    // a pause.
    [[nodiscard]] static WireAnswer cutMidBody(int status, const QByteArray &contentType,
                                               const QByteArray &body,
                                               const Headers &extraHeaders = {});
    [[nodiscard]] static WireAnswer hang();
};

} // namespace bc::emulator
