#include "tests/support/scriptedhttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace bc::testing {

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/open_api/"_s.arg(m_server->serverPort()));
}

void ScriptedHttpServer::enqueue(const QByteArray &rawResponse, Behaviour behaviour)
{
    m_steps.enqueue({rawResponse, behaviour});
}

QByteArray ScriptedHttpServer::response(int status, const QByteArray &contentType,
                                        const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n\r\n" + body;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    ++m_requestCount;
    m_lastRequestHead = buffer.left(headEnd);

    const Step step = m_steps.isEmpty()
                              ? Step{response(500, "text/plain", "no scripted response left"),
                                     Behaviour::Respond}
                              : m_steps.dequeue();
    switch (step.behaviour) {
    case Behaviour::Respond:
        socket->write(step.raw);
        socket->disconnectFromHost();
        break;
    case Behaviour::CloseMidBody:
        socket->write(step.raw.left(step.raw.size() - step.raw.size() / 3));
        socket->flush();
        socket->abort();
        break;
    case Behaviour::Hang:
        break;
    }
}

} // namespace bc::testing
