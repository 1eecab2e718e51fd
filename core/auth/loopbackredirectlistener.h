#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace bc::auth {

// Receives the browser's redirect after a sign-in on http://127.0.0.1:PORT/callback (for apps
// that registered such a redirect URL): answers the browser with a short "you can close this
// tab" page, reports the full URL, and stops listening. Binds the loopback interface only;
// anything but GET /callback gets a 404 and the listener keeps waiting.
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT

public:
    static inline const QString callbackPath = QStringLiteral("/callback");

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Port 0 picks a free one. False, with `error` set, when the port cannot be bound.
    [[nodiscard]] bool listen(quint16 port = 0, QString *error = nullptr);
    void stop();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:PORT/callback; empty while not listening.
    [[nodiscard]] QUrl redirectUri() const;

Q_SIGNALS:
    // The browser arrived: `url` is the full redirect URL, query included (it holds the code).
    void redirected(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QString &text);

    QTcpServer *m_server;
    quint16 m_port = 0;
};

} // namespace bc::auth
