#pragma once

#include "wireanswer.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace bc::emulator {

// The answers still owed on one connection, sent in request order once each one's delay has
// passed. It is a child of the socket, so when the client goes away (the server deletes closed
// sockets) or the server is destroyed (its sockets go with it), whatever was still waiting, a hang
// included, is freed with it. Delays run on timers: the server's thread never blocks.
class ConnectionAnswerQueue final : public QObject
{
    Q_OBJECT

public:
    // The socket's queue, made on first use.
    [[nodiscard]] static ConnectionAnswerQueue *of(QTcpSocket *socket);
    // False once the connection hung or is being closed: nothing more will be answered on it.
    [[nodiscard]] static bool takesRequests(QTcpSocket *socket);

    // Sends answer after delayMs, but never before the answers queued earlier. With nothing
    // queued and no delay it is written at once.
    void enqueue(WireAnswer answer, int delayMs);

    // Answers waiting (a hang counts until the connection closes).
    [[nodiscard]] qsizetype pendingCount() const { return m_entries.size(); }

private:
    explicit ConnectionAnswerQueue(QTcpSocket *socket);

    void deliverDue();
    // Writes a KeepOpen or Close answer; false when the connection takes no more.
    bool deliver(const WireAnswer &answer);

    struct Entry
    {
        WireAnswer answer;
        qint64 dueMs = 0; // on m_clock
    };

    QTcpSocket *m_socket; // the parent
    QList<Entry> m_entries;
    QTimer m_timer;
    QTimer m_closeTimer; // the pause between a cut body and the close
    QElapsedTimer m_clock;
    bool m_stopped = false; // after a hang or a close nothing more goes out
};

} // namespace bc::emulator
