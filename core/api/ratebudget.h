#pragma once

#include <QtGlobal>

#include <deque>

namespace bc::api {

// The client's side of TikTok's rate limit (reference §1.7): at most perSecond requests in any
// sliding second and perMinute in any sliding minute. The server counts arrivals, which network
// jitter can bunch up, so each window is stretched by a small margin. Pure arithmetic on a
// caller's monotonic clock (milliseconds), so tests drive it without waiting.
class RateBudget final
{
public:
    // A limit <= 0 turns that window off.
    RateBudget(int perSecond, int perMinute, int marginMs = 0);

    // New limits apply to the sends already recorded too.
    void setLimits(int perSecond, int perMinute);
    void setMargin(int marginMs);
    [[nodiscard]] int perSecond() const { return m_perSecond; }
    [[nodiscard]] int perMinute() const { return m_perMinute; }

    // The earliest time at or after nowMs at which one more request fits both windows.
    [[nodiscard]] qint64 nextSlot(qint64 nowMs) const;
    // Counts a request sent at atMs (not earlier than the last one recorded).
    void record(qint64 atMs);

private:
    [[nodiscard]] qint64 windowEnd(int limit, qint64 windowMs) const;

    int m_perSecond;
    int m_perMinute;
    int m_marginMs;
    std::deque<qint64> m_sent; // send times, oldest first; as many as the wider window needs
};

} // namespace bc::api
