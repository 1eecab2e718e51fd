#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace bc::emulator {

// Request windows per bucket (reference §1.7): a request fits when fewer than perSecond requests
// were admitted in the sliding last 1,000 ms and fewer than perMinute in the sliding last
// 60,000 ms. Sliding rather than fixed windows, so a burst across a window edge cannot pass twice
// the limit. Only admitted requests count: a client that backs off gets through again.
// A limit <= 0 turns that window off. Time comes from the caller, so tests can drive it.
class RateLimiter final
{
public:
    RateLimiter(int perSecond, int perMinute);

    // Counts a request at nowMs (a monotonic clock) in bucket and returns true when it fits both
    // windows; returns false and counts nothing otherwise.
    [[nodiscard]] bool tryAcquire(const QString &bucket, qint64 nowMs);

    [[nodiscard]] int perSecond() const { return m_perSecond; }
    [[nodiscard]] int perMinute() const { return m_perMinute; }

private:
    int m_perSecond;
    int m_perMinute;
    // Admission times per bucket, oldest first; never longer than the widest window needs.
    QHash<QString, std::deque<qint64>> m_admitted;
};

} // namespace bc::emulator
