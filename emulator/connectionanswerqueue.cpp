#include "connectionanswerqueue.h"

#include <QTcpSocket>

#include <algorithm>

namespace bc::emulator {

namespace {

// How long a cut body stalls before the connection closes. Closing at once races the client: if
// the close arrives before it has read the headers, QNetworkAccessManager silently re-sends the
// GET on a new connection and never sees the fault. After the pause it is reading the body, so
// what it sees is the same every time (6.4: the body ends early, without an error).
constexpr int closePauseMs = 200;

} // namespace

ConnectionAnswerQueue *ConnectionAnswerQueue::of(QTcpSocket *socket)
{
    auto *queue = socket->findChild<ConnectionAnswerQueue *>(QString(), Qt::FindDirectChildrenOnly);
    return queue ? queue : new ConnectionAnswerQueue(socket);
}

bool ConnectionAnswerQueue::takesRequests(QTcpSocket *socket)
{
    const auto *queue =
            socket->findChild<ConnectionAnswerQueue *>(QString(), Qt::FindDirectChildrenOnly);
    return !queue || !queue->m_stopped;
}

ConnectionAnswerQueue::ConnectionAnswerQueue(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionAnswerQueue::deliverDue);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    m_clock.start();
}

void ConnectionAnswerQueue::enqueue(WireAnswer answer, int delayMs)
{
    if (m_stopped)
        return;
    m_entries.append({std::move(answer), m_clock.elapsed() + std::max(delayMs, 0)});
    if (m_entries.size() == 1)
        deliverDue(); // nothing ahead of it: sent now when it has no delay
}

void ConnectionAnswerQueue::deliverDue()
{
    while (!m_stopped && !m_entries.isEmpty()) {
        const qint64 wait = m_entries.first().dueMs - m_clock.elapsed();
        if (wait > 0) {
            m_timer.start(static_cast<int>(wait));
            return;
        }
        if (m_entries.first().answer.ending == WireAnswer::Ending::Hang) {
            // Kept, so pendingCount() shows the hang until the socket (and this queue) goes.
            m_stopped = true;
            return;
        }
        const Entry entry = m_entries.takeFirst();
        if (!deliver(entry.answer)) {
            m_stopped = true;
            m_entries.clear(); // the connection is closing: the rest can never be sent
        }
    }
}

bool ConnectionAnswerQueue::deliver(const WireAnswer &answer)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->write(answer.bytes);
    if (answer.ending == WireAnswer::Ending::Close) {
        // Then the close (which flushes what was written): a short body and an EOF.
        m_closeTimer.start(closePauseMs);
        return false;
    }
    return true;
}

} // namespace bc::emulator
