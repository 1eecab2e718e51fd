#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace bc::testing {

// A loopback HTTP server that answers each request with the next scripted raw response: used to
// test what no well-behaved server does (HTML error pages, cut-off bodies, hangs).
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Respond,      // write the whole response, then close
        CloseMidBody, // write half of the response, then drop the connection
        Hang,         // read the request and never answer
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:PORT/open_api/

    void enqueue(const QByteArray &rawResponse, Behaviour behaviour = Behaviour::Respond);
    // An HTTP response with the given status, content type and body.
    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body);

    [[nodiscard]] int requestCount() const { return m_requestCount; }
    [[nodiscard]] QByteArray lastRequestHead() const { return m_lastRequestHead; }

private:
    struct Step
    {
        QByteArray raw;
        Behaviour behaviour;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    QQueue<Step> m_steps;
    int m_requestCount = 0;
    QByteArray m_lastRequestHead;
};

} // namespace bc::testing
