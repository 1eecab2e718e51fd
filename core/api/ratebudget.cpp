#include "core/api/ratebudget.h"

#include <algorithm>

namespace bc::api {

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60000;
constexpr int minimumHistory = 3000;

} // namespace

RateBudget::RateBudget(int perSecond, int perMinute, int marginMs)
    : m_perSecond(perSecond)
    , m_perMinute(perMinute)
    , m_marginMs(std::max(marginMs, 0))
{ }

void RateBudget::setLimits(int perSecond, int perMinute)
{
    m_perSecond = perSecond;
    m_perMinute = perMinute;
}

void RateBudget::setMargin(int marginMs)
{
    m_marginMs = std::max(marginMs, 0);
}

qint64 RateBudget::windowEnd(int limit, qint64 windowMs) const
{
    if (limit <= 0 || static_cast<qsizetype>(m_sent.size()) < limit)
        return 0;
    // The request `limit` sends ago must have left the window before the next one may go.
    return m_sent[m_sent.size() - static_cast<size_t>(limit)] + windowMs + m_marginMs;
}

qint64 RateBudget::nextSlot(qint64 nowMs) const
{
    return std::max({nowMs, windowEnd(m_perSecond, secondMs), windowEnd(m_perMinute, minuteMs)});
}

void RateBudget::record(qint64 atMs)
{
    m_sent.push_back(atMs);
    // Enough history for any window that may be switched on later (the largest tier's QPM).
    const size_t keep = static_cast<size_t>(std::max({m_perSecond, m_perMinute, minimumHistory}));
    while (m_sent.size() > keep)
        m_sent.pop_front();
}

} // namespace bc::api
