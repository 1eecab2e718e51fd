#include "ratelimiter.h"

#include <algorithm>

namespace bc::emulator {

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * 1000;

} // namespace

RateLimiter::RateLimiter(int perSecond, int perMinute)
    : m_perSecond(perSecond)
    , m_perMinute(perMinute)
{ }

bool RateLimiter::tryAcquire(const QString &bucket, qint64 nowMs)
{
    if (m_perSecond <= 0 && m_perMinute <= 0)
        return true;

    std::deque<qint64> &admitted = m_admitted[bucket];
    const qint64 horizon = m_perMinute > 0 ? minuteMs : secondMs;
    while (!admitted.empty() && admitted.front() <= nowMs - horizon)
        admitted.pop_front();

    if (m_perMinute > 0 && admitted.size() >= static_cast<std::size_t>(m_perMinute))
        return false;
    if (m_perSecond > 0) {
        // Times are ascending, so the last second is a suffix of the deque.
        const auto firstInSecond =
                std::upper_bound(admitted.cbegin(), admitted.cend(), nowMs - secondMs);
        if (std::distance(firstInSecond, admitted.cend()) >= m_perSecond)
            return false;
    }
    // A clock that went backwards (a test's) must not break the ordering the search relies on.
    admitted.push_back(admitted.empty() ? nowMs : std::max(nowMs, admitted.back()));
    return true;
}

} // namespace bc::emulator
