#include "core/auth/loopbackredirectlistener.h"

#include "core/auth/authorizationredirect.h"
#include "core/auth/logging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace bc::auth {

namespace {

constexpr qsizetype maxRequestHeadBytes = 16 * 1024;
const char bufferProperty[] = "bcRequestHead";

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port, QString *error)
{
    stop();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = m_server->errorString();
        qCWarning(lcAuth) << "loopback listener: cannot listen on port" << port
                          << m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    qCDebug(lcAuth) << "loopback listener on port" << m_port;
    return true;
}

void LoopbackRedirectListener::stop()
{
    if (m_server->isListening())
        m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server->isListening() ? m_port : 0;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    if (!m_server->isListening())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(callbackPath);
    return url;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray head = socket->property(bufferProperty).toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > maxRequestHeadBytes)
            answer(socket, 431, "Request Header Fields Too Large", tr("Request too large."));
        else
            socket->setProperty(bufferProperty, head);
        return;
    }
    socket->setProperty(bufferProperty, QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    // "GET /callback?auth_code=...&state=... HTTP/1.1"
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET" || !parts.at(1).startsWith('/')) {
        answer(socket, 400, "Bad Request", tr("This address only receives sign-in answers."));
        return;
    }
    QUrl url = QUrl::fromEncoded(QByteArray("http://127.0.0.1:") + QByteArray::number(m_port)
                                 + parts.at(1));
    if (url.path() != callbackPath) {
        answer(socket, 404, "Not Found", tr("This address only receives sign-in answers."));
        return;
    }
    answer(socket, 200, "OK",
           tr("BC Console received the sign-in. You can close this tab and return to BC "
              "Console."));
    qCDebug(lcAuth) << "loopback listener: redirect" << AuthorizationRedirect::redacted(url);
    stop();
    Q_EMIT redirected(url);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                                      const QString &text)
{
    const QByteArray body = (u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s
                             + htmlEscaped(tr("BC Console sign-in")) + u"</title></head><body><p>"_s
                             + htmlEscaped(text) + u"</p></body></html>\n"_s)
                                    .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace bc::auth
