#include "core/api/requestscheduler.h"

#include "core/api/logging.h"

#include <algorithm>

namespace bc::api {

namespace {

// Sandbox limits per endpoint (reference §1.8), whatever the app's tier.
constexpr int sandboxPerSecond = 1;
constexpr int sandboxPerMinute = 30;
// After a throttle the budget pauses 1 s, doubling while throttles keep coming, up to a minute.
constexpr qint64 firstPauseMs = 1000;
constexpr qint64 longestPauseMs = 60000;
// Throttles that arrive together (answers to requests sent in the same burst) halve the rate once.
constexpr qint64 slowdownSettleMs = 1000;

} // namespace

RequestScheduler::RequestScheduler(QObject *parent)
    : RequestScheduler(Limits{}, parent)
{ }

RequestScheduler::RequestScheduler(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_appBudget(limits.perSecond, limits.perMinute, limits.marginMs)
{
    m_uptime.start();
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &RequestScheduler::dispatchDue);
}

RequestScheduler::~RequestScheduler() = default;

void RequestScheduler::setLimits(const Limits &limits)
{
    // The budgets keep what was sent recently: new limits must not allow a fresh burst.
    m_limits = limits;
    m_appBudget.setLimits(limits.perSecond, limits.perMinute);
    m_appBudget.setMargin(limits.marginMs);
    for (RateBudget &budget : m_endpointBudgets)
        budget.setMargin(limits.marginMs);
    scheduleWake(now());
}

void RequestScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 RequestScheduler::now() const
{
    return m_clock ? m_clock() : m_uptime.elapsed();
}

RequestScheduler::Ticket RequestScheduler::enqueue(const QString &endpointPath,
                                                   RequestPriority priority,
                                                   std::function<void()> dispatch)
{
    const Ticket ticket = m_nextTicket++;
    const Key key{static_cast<int>(priority), ticket};
    m_waiting.emplace(key, Waiting{endpointPath, std::move(dispatch)});
    m_waitingKeys.insert(ticket, key);
    // Never dispatch from inside enqueue: the caller may not be ready for its callback yet.
    scheduleWake(now());
    return ticket;
}

void RequestScheduler::cancel(Ticket ticket)
{
    const auto it = m_waitingKeys.constFind(ticket);
    if (it == m_waitingKeys.cend())
        return;
    m_waiting.erase(*it);
    m_waitingKeys.erase(it);
}

void RequestScheduler::finish(Ticket ticket, Outcome outcome)
{
    if (m_running.remove(ticket) == 0)
        return;
    if (outcome == Outcome::Throttled)
        slowDown();
    else if (outcome == Outcome::Succeeded)
        recover();
    scheduleWake(now());
}

RateBudget &RequestScheduler::endpointBudget(const QString &endpointPath)
{
    auto it = m_endpointBudgets.find(endpointPath);
    if (it == m_endpointBudgets.end()) {
        it = m_endpointBudgets.insert(
                endpointPath, RateBudget(sandboxPerSecond, sandboxPerMinute, m_limits.marginMs));
    }
    return *it;
}

void RequestScheduler::dispatchDue()
{
    if (m_dispatching)
        return; // a dispatch callback re-entered; the outer loop carries on
    m_dispatching = true;
    while (!m_waiting.empty()) {
        const qint64 t = now();
        if (t < m_pausedUntil) {
            scheduleWake(m_pausedUntil);
            break;
        }
        if (runningCount() >= std::max(m_limits.maxConcurrent, 1))
            break; // finish() wakes us
        const qint64 appSlot = m_appBudget.nextSlot(t);
        if (appSlot > t) {
            scheduleWake(appSlot);
            break;
        }
        // The first waiting request (by priority) whose own endpoint budget allows it; only
        // sandbox mode has those, so otherwise this is simply the first.
        auto chosen = m_waiting.end();
        qint64 earliest = -1;
        for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
            if (!m_limits.sandbox) {
                chosen = it;
                break;
            }
            const qint64 slot = endpointBudget(it->second.endpointPath).nextSlot(t);
            if (slot <= t) {
                chosen = it;
                break;
            }
            earliest = earliest < 0 ? slot : std::min(earliest, slot);
        }
        if (chosen == m_waiting.end()) {
            scheduleWake(earliest);
            break;
        }

        const Ticket ticket = chosen->first.second;
        Waiting waiting = std::move(chosen->second);
        m_waiting.erase(chosen);
        m_waitingKeys.remove(ticket);
        m_appBudget.record(t);
        if (m_limits.sandbox)
            endpointBudget(waiting.endpointPath).record(t);
        m_running.insert(ticket, waiting.endpointPath);
        waiting.dispatch();
    }
    m_dispatching = false;
}

void RequestScheduler::scheduleWake(qint64 atMs)
{
    const qint64 delay = std::max<qint64>(atMs - now(), 0);
    // Keep an earlier wake-up that is already set.
    if (m_wakeTimer.isActive() && m_wakeTimer.remainingTime() <= delay)
        return;
    m_wakeTimer.start(static_cast<int>(std::min<qint64>(delay, 24 * 3600 * 1000)));
}

void RequestScheduler::slowDown()
{
    ++m_throttleCount;
    const qint64 t = now();
    m_successesSinceSlowdown = 0;
    if (m_lastSlowdownAt && t - *m_lastSlowdownAt < slowdownSettleMs)
        return; // the same burst (successes may be among its answers); already slowed down
    ++m_consecutiveThrottles;
    m_lastSlowdownAt = t;
    const int exponent = std::min(m_consecutiveThrottles - 1, 6);
    const qint64 pause = std::min(longestPauseMs, firstPauseMs << exponent);
    m_pausedUntil = std::max(m_pausedUntil, t + pause);

    // An unlimited budget that still gets throttled starts from a middle tier.
    const int current = m_appBudget.perSecond() > 0 ? m_appBudget.perSecond() : 20;
    const int perSecond = std::max(1, current / 2);
    setPace(perSecond);
    qCInfo(lcApi) << "throttled by TikTok: pausing" << pause << "ms, then" << perSecond
                  << "requests/s";
    Q_EMIT slowedDown(perSecond, pause);
}

void RequestScheduler::recover()
{
    m_consecutiveThrottles = 0;
    const int current = m_appBudget.perSecond();
    const bool slowed = m_limits.perSecond > 0 ? current < m_limits.perSecond : current > 0;
    if (!slowed)
        return;
    // Earn the rate back step by step: after about two seconds' worth of successes, one tenth of
    // the limit more (at least one request per second).
    if (++m_successesSinceSlowdown < 2 * current)
        return;
    m_successesSinceSlowdown = 0;
    if (m_limits.perSecond <= 0) {
        m_appBudget.setLimits(m_limits.perSecond, m_limits.perMinute); // unlimited again
        return;
    }
    setPace(std::min(m_limits.perSecond, current + std::max(1, m_limits.perSecond / 10)));
}

void RequestScheduler::setPace(int perSecond)
{
    // The minute window shrinks in proportion, so a slowed budget does not burst up to the QPM.
    int perMinute = m_limits.perMinute;
    if (perMinute > 0 && m_limits.perSecond > 0)
        perMinute = std::max(1, int(qint64(m_limits.perMinute) * perSecond / m_limits.perSecond));
    m_appBudget.setLimits(perSecond, perMinute);
}

} // namespace bc::api
