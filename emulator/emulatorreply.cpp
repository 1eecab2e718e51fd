#include "emulatorreply.h"

#include "returncode.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

EmulatorReply EmulatorReply::success(QJsonObject data)
{
    EmulatorReply reply;
    reply.code = ReturnCode::Ok;
    reply.message = u"OK"_s;
    reply.data = std::move(data);
    return reply;
}

EmulatorReply EmulatorReply::error(int code, QString message)
{
    EmulatorReply reply;
    reply.code = code;
    reply.message = std::move(message);
    return reply; // errors always carry data: {}
}

EmulatorReply EmulatorReply::raw(QByteArray body, QByteArray contentType)
{
    EmulatorReply reply;
    reply.code = ReturnCode::Ok;
    reply.message = u"OK"_s;
    reply.rawBody = std::move(body);
    reply.rawContentType = std::move(contentType);
    return reply;
}

EmulatorReply EmulatorReply::redirect(const QUrl &location)
{
    EmulatorReply reply =
            raw(QByteArrayLiteral("Redirecting…"), QByteArrayLiteral("text/plain; charset=utf-8"));
    reply.httpStatus = 302;
    reply.extraHeaders.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return reply;
}

} // namespace bc::emulator
