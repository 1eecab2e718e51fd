#pragma once

#include "core/api/ratebudget.h"
#include "core/api/requestpriority.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>
#include <utility>

namespace bc::api {

// One request budget per developer app, shared by everything the app does (reference §1.7):
// requests wait here until they fit the QPS and QPM windows and a connection is free, highest
// priority first, then in order of arrival. In sandbox mode every endpoint also has its own
// 1-per-second budget (§1.8). When TikTok throttles anyway, the whole budget pauses and slows to
// half its rate, then earns its rate back one step per run of successes.
class RequestScheduler final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int perSecond = 10; // TikTok's tiers: 10, 20, 30, 50
        int perMinute = 600;
        bool sandbox = false;
        int maxConcurrent = 6;
        int marginMs = 60; // stretches each window against arrival jitter
    };

    // What became of a dispatched request, for the budget's pace.
    enum class Outcome {
        Succeeded,
        Throttled,
        Failed
    };

    using Ticket = quint64;
    using Clock = std::function<qint64()>;

    explicit RequestScheduler(QObject *parent = nullptr);
    explicit RequestScheduler(Limits limits, QObject *parent = nullptr);
    ~RequestScheduler() override;

    [[nodiscard]] const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits);
    // The QPS the budget allows right now (lower than the limit while slowed down by throttling).
    [[nodiscard]] int currentPerSecond() const { return m_appBudget.perSecond(); }

    // Calls `dispatch` (from the event loop, never from inside enqueue) once the request fits.
    // The dispatched request holds a connection until finish(ticket, ...) is called.
    Ticket enqueue(const QString &endpointPath, RequestPriority priority,
                   std::function<void()> dispatch);
    // Drops a request that still waits; no effect once dispatched (call finish() then).
    void cancel(Ticket ticket);
    // Frees the dispatched request's connection and lets its outcome set the pace.
    void finish(Ticket ticket, Outcome outcome);

    [[nodiscard]] int waitingCount() const { return static_cast<int>(m_waiting.size()); }
    [[nodiscard]] int runningCount() const { return static_cast<int>(m_running.size()); }
    [[nodiscard]] int throttleCount() const { return m_throttleCount; }

    // For tests: a fake monotonic clock in milliseconds (an empty function restores the real
    // one), and dispatching what is due now without waiting for the timer.
    void setClock(Clock clock);
    void dispatchDue();

Q_SIGNALS:
    // TikTok throttled a request: the budget pauses until `resumeInMs` from now and runs at
    // `perSecond` for a while.
    void slowedDown(int perSecond, qint64 resumeInMs);

private:
    struct Waiting
    {
        QString endpointPath;
        std::function<void()> dispatch;
    };
    // Ordered by (priority, arrival): the first entry is the next to go.
    using Key = std::pair<int, Ticket>;

    [[nodiscard]] qint64 now() const;
    [[nodiscard]] RateBudget &endpointBudget(const QString &endpointPath);
    void scheduleWake(qint64 atMs);
    void slowDown();
    void recover();
    void setPace(int perSecond);

    Limits m_limits;
    RateBudget m_appBudget;
    QHash<QString, RateBudget> m_endpointBudgets; // sandbox only
    std::map<Key, Waiting> m_waiting;
    QHash<Ticket, Key> m_waitingKeys;
    QHash<Ticket, QString> m_running;
    Ticket m_nextTicket = 1;
    qint64 m_pausedUntil = 0;
    std::optional<qint64> m_lastSlowdownAt;
    int m_consecutiveThrottles = 0;
    int m_successesSinceSlowdown = 0;
    int m_throttleCount = 0;
    Clock m_clock;
    QElapsedTimer m_uptime;
    QTimer m_wakeTimer;
    bool m_dispatching = false;
};

} // namespace bc::api
