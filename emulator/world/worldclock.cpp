#include "worldclock.h"

namespace bc::emulator {

WorldClock::WorldClock()
    : m_baseSecs(startSecs())
{
    m_elapsed.start();
}

qint64 WorldClock::startSecs()
{
    return QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
}

qint64 WorldClock::nowSecs() const
{
    return m_running ? m_baseSecs + m_elapsed.elapsed() / 1000 : m_baseSecs;
}

QDateTime WorldClock::now() const
{
    return QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
}

void WorldClock::setNow(const QDateTime &now)
{
    m_baseSecs = now.toSecsSinceEpoch();
    m_running = false;
}

void WorldClock::advance(qint64 seconds)
{
    m_baseSecs = nowSecs() + seconds;
    m_elapsed.restart();
}

void WorldClock::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_baseSecs = nowSecs();
    m_running = running;
    m_elapsed.restart();
}

} // namespace bc::emulator
