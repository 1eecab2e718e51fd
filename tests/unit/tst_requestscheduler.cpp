#include "core/api/requestscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using bc::api::RequestPriority;
using bc::api::RequestScheduler;
using Outcome = RequestScheduler::Outcome;
using Ticket = RequestScheduler::Ticket;

// The app's shared request budget (reference §1.7: QPS and QPM per developer app; §1.8: sandbox
// 1 QPS / 30 QPM per endpoint). Almost every case runs on a fake clock: time only moves when the
// test moves it, and dispatchDue() plays the part of the wake-up timer.
class TestRequestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingDispatchedInsideEnqueue();
    void fifoWithinPriority();
    void higherPriorityFirst();
    void priorityOvertakesAcrossTime();
    void concurrencyCap_data();
    void concurrencyCap();
    void finishOfUnknownTicketIsHarmless();
    void callbackMayFinishItself();
    void qpsSpacing_data();
    void qpsSpacing();
    void qpmWindow();
    void sameEndpointIsNotLimitedOutsideSandbox();
    void sandboxPerEndpoint();
    void sandboxEndpointMinute();
    void sandboxStillObeysTheAppBudget();
    void cancelWaiting();
    void cancelAfterDispatchHasNoEffect();
    void throttlePauses();
    void throttleBurstHalvesOnce();
    void repeatedThrottlesKeepSlowingButNeverStop();
    void slowedRateIsEnforced();
    void successesRecoverStepByStep_data();
    void successesRecoverStepByStep();
    void failuresNeitherSlowNorRecover();
    void unlimitedBudgetThrottledGetsALimit();
    void raisingLimitsReleasesWaiting();
    void realClockDispatchesFromEventLoop();
    void realClockSpacesRequests();
    void realClockFinishFreesSlot();
};

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60000;

RequestScheduler::Limits limits(int perSecond, int perMinute, int maxConcurrent = 100,
                                bool sandbox = false, int marginMs = 25)
{
    RequestScheduler::Limits l;
    l.perSecond = perSecond;
    l.perMinute = perMinute;
    l.sandbox = sandbox;
    l.maxConcurrent = maxConcurrent;
    l.marginMs = marginMs;
    return l;
}

// The most dispatches in one half-open window [x, x + windowMs).
int busiestWindow(QList<qint64> times, qint64 windowMs)
{
    std::sort(times.begin(), times.end());
    int busiest = 0;
    qsizetype end = 0;
    for (qsizetype begin = 0; begin < times.size(); ++begin) {
        end = std::max(end, begin);
        while (end < times.size() && times.at(end) < times.at(begin) + windowMs)
            ++end;
        busiest = std::max(busiest, int(end - begin));
    }
    return busiest;
}

// A scheduler on a fake clock, with requests that record when they were dispatched.
class Harness
{
public:
    explicit Harness(const RequestScheduler::Limits &l)
        : scheduler(l)
    {
        scheduler.setClock([this] { return now; });
    }

    // Label `label` for `path`; its dispatch is recorded, and the ticket kept for finish().
    Ticket add(int label, const QString &path = u"bc/get/"_s,
               RequestPriority priority = RequestPriority::Normal)
    {
        const Ticket ticket = scheduler.enqueue(path, priority, [this, label, path] {
            order.append(label);
            times.append(now);
            paths.append(path);
            justDispatched.append(tickets.value(label));
        });
        tickets.insert(label, ticket);
        return ticket;
    }

    // Moves the clock to `until` in `stepMs` steps, dispatching what is due at every step and
    // answering every dispatched request at once with `outcome`.
    void runUntil(qint64 until, Outcome outcome = Outcome::Succeeded, qint64 stepMs = 1)
    {
        for (; now <= until; now += stepMs) {
            scheduler.dispatchDue();
            finishDispatched(outcome);
        }
        now = until;
    }

    // Moves the clock on until the scheduler dispatches something, and returns those tickets
    // still running (nothing is finished).
    QList<Ticket> stepUntilDispatched(qint64 stepMs = 5)
    {
        for (int guard = 0; justDispatched.isEmpty() && guard < 1000000; ++guard) {
            scheduler.dispatchDue();
            if (justDispatched.isEmpty())
                now += stepMs;
        }
        return std::exchange(justDispatched, {});
    }

    void finishDispatched(Outcome outcome)
    {
        const QList<Ticket> done = std::exchange(justDispatched, {});
        for (Ticket t : done)
            scheduler.finish(t, outcome);
    }

    // Dispatch times of the requests for one endpoint.
    QList<qint64> timesFor(const QString &path) const
    {
        QList<qint64> result;
        for (qsizetype i = 0; i < times.size(); ++i) {
            if (paths.at(i) == path)
                result.append(times.at(i));
        }
        return result;
    }

    qint64 now = 0;
    RequestScheduler scheduler;
    QList<int> order;
    QList<qint64> times;
    QStringList paths;
    QHash<int, Ticket> tickets;
    QList<Ticket> justDispatched;
};

} // namespace

void TestRequestScheduler::nothingDispatchedInsideEnqueue()
{
    Harness h(limits(0, 0));
    h.add(1);
    h.add(2);
    QVERIFY(h.order.isEmpty());
    QCOMPARE(h.scheduler.waitingCount(), 2);
    QCOMPARE(h.scheduler.runningCount(), 0);

    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{1, 2}));
    QCOMPARE(h.scheduler.waitingCount(), 0);
    QCOMPARE(h.scheduler.runningCount(), 2);

    // A request enqueued from inside a dispatch callback is not dispatched by that enqueue
    // either: the callback returns first.
    bool innerRan = false;
    bool outerReturned = false;
    h.scheduler.enqueue(u"bc/get/"_s, RequestPriority::Normal, [&] {
        h.scheduler.enqueue(u"bc/get/"_s, RequestPriority::Interactive, [&] {
            QVERIFY(outerReturned);
            innerRan = true;
        });
        QVERIFY(!innerRan);
        outerReturned = true;
    });
    h.scheduler.dispatchDue();
    h.scheduler.dispatchDue();
    QVERIFY(outerReturned);
    QVERIFY(innerRan);
}

void TestRequestScheduler::fifoWithinPriority()
{
    Harness h(limits(0, 0));
    for (int label = 1; label <= 20; ++label)
        h.add(label, label % 2 ? u"bc/get/"_s : u"bc/member/get/"_s);
    h.scheduler.dispatchDue();
    QList<int> expected;
    for (int label = 1; label <= 20; ++label)
        expected.append(label);
    QCOMPARE(h.order, expected);
}

void TestRequestScheduler::higherPriorityFirst()
{
    Harness h(limits(0, 0));
    h.add(1, u"bc/get/"_s, RequestPriority::Background);
    h.add(2, u"bc/get/"_s, RequestPriority::Normal);
    h.add(3, u"bc/get/"_s, RequestPriority::Interactive);
    h.add(4, u"bc/get/"_s, RequestPriority::Background);
    h.add(5, u"bc/get/"_s, RequestPriority::Interactive);
    h.add(6, u"bc/get/"_s, RequestPriority::Normal);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{3, 5, 2, 6, 1, 4}));
}

void TestRequestScheduler::priorityOvertakesAcrossTime()
{
    // One request per second: what the user clicks later still goes before waiting sync pages.
    Harness h(limits(1, 0));
    h.add(1, u"bc/get/"_s, RequestPriority::Background);
    h.add(2, u"bc/get/"_s, RequestPriority::Background);
    h.runUntil(500);
    QCOMPARE(h.order, (QList<int>{1}));
    h.add(3, u"bc/get/"_s, RequestPriority::Normal);
    h.add(4, u"bc/get/"_s, RequestPriority::Interactive);
    h.add(5, u"bc/get/"_s, RequestPriority::Background);
    h.runUntil(10000);
    QCOMPARE(h.order, (QList<int>{1, 4, 3, 2, 5}));
    // Still one per second (plus margin) throughout.
    QVERIFY(busiestWindow(h.times, secondMs + 25) <= 1);
}

void TestRequestScheduler::concurrencyCap_data()
{
    QTest::addColumn<int>("maxConcurrent");
    QTest::addColumn<int>("running"); // how many may hold a connection at once
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("two") << 2 << 2;
    QTest::newRow("six") << 6 << 6;
    QTest::newRow("zero means one, not none") << 0 << 1;
}

void TestRequestScheduler::concurrencyCap()
{
    QFETCH(int, maxConcurrent);
    QFETCH(int, running);

    Harness h(limits(0, 0, maxConcurrent));
    for (int label = 0; label < 10; ++label)
        h.add(label);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order.size(), running);
    QCOMPARE(h.scheduler.runningCount(), running);
    QCOMPARE(h.scheduler.waitingCount(), 10 - running);

    // Time alone frees nothing: only finish() does.
    h.now += 10 * secondMs;
    h.scheduler.dispatchDue();
    QCOMPARE(h.order.size(), running);

    // Each finish frees one slot for the next in line, whatever the outcome.
    const Outcome outcomes[] = {Outcome::Succeeded, Outcome::Failed};
    for (int i = 0; i < 10 - running; ++i) {
        h.scheduler.finish(h.tickets.value(i), outcomes[i % 2]);
        QCOMPARE(h.scheduler.runningCount(), running - 1);
        h.scheduler.dispatchDue();
        QCOMPARE(h.order.size(), running + i + 1);
        QCOMPARE(h.order.last(), running + i);
        QCOMPARE(h.scheduler.runningCount(), running);
    }
    QCOMPARE(h.scheduler.waitingCount(), 0);
}

void TestRequestScheduler::finishOfUnknownTicketIsHarmless()
{
    Harness h(limits(10, 600, 1));
    QSignalSpy slowed(&h.scheduler, &RequestScheduler::slowedDown);
    const Ticket first = h.add(1);
    const Ticket second = h.add(2);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{1}));

    // Neither a ticket that never existed nor one still waiting holds a connection: finishing
    // them frees nothing and sets no pace.
    h.scheduler.finish(9999, Outcome::Throttled);
    h.scheduler.finish(second, Outcome::Throttled);
    QCOMPARE(slowed.count(), 0);
    QCOMPARE(h.scheduler.throttleCount(), 0);
    QCOMPARE(h.scheduler.currentPerSecond(), 10);
    QCOMPARE(h.scheduler.runningCount(), 1);
    QCOMPARE(h.scheduler.waitingCount(), 1);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{1}));

    // Finishing the same ticket twice frees one slot, not two.
    h.scheduler.finish(first, Outcome::Succeeded);
    h.scheduler.finish(first, Outcome::Succeeded);
    h.add(3);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{1, 2}));
    QCOMPARE(h.scheduler.runningCount(), 1);
}

void TestRequestScheduler::callbackMayFinishItself()
{
    // A request that fails at once (e.g. no network) finishes inside its own dispatch callback.
    RequestScheduler scheduler(limits(0, 0, 1));
    qint64 now = 0;
    scheduler.setClock([&now] { return now; });
    QList<int> order;
    auto tickets = std::make_shared<QHash<int, Ticket>>();
    for (int label = 1; label <= 3; ++label) {
        tickets->insert(label, scheduler.enqueue(u"bc/get/"_s, RequestPriority::Normal,
                                                 [&scheduler, &order, tickets, label] {
                                                     order.append(label);
                                                     scheduler.finish(tickets->value(label),
                                                                      Outcome::Failed);
                                                 }));
    }
    for (int i = 0; i < 3 && order.size() < 3; ++i)
        scheduler.dispatchDue();
    QCOMPARE(order, (QList<int>{1, 2, 3}));
    QCOMPARE(scheduler.runningCount(), 0);
    QCOMPARE(scheduler.waitingCount(), 0);
}

void TestRequestScheduler::qpsSpacing_data()
{
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<int>("margin");
    QTest::addColumn<int>("stepMs");

    QTest::newRow("10/s, margin 25, 1 ms steps") << 10 << 25 << 1;
    QTest::newRow("10/s, no margin, 1 ms steps") << 10 << 0 << 1;
    QTest::newRow("10/s, margin 25, 7 ms steps") << 10 << 25 << 7;
    QTest::newRow("20/s, margin 25, 1 ms steps") << 20 << 25 << 1;
    QTest::newRow("50/s, margin 25, 3 ms steps") << 50 << 25 << 3;
    QTest::newRow("1/s, margin 25, 1 ms steps") << 1 << 25 << 1;
}

void TestRequestScheduler::qpsSpacing()
{
    QFETCH(int, perSecond);
    QFETCH(int, margin);
    QFETCH(int, stepMs);

    // The minute limit of the tier (60 × QPS) is never the tighter one here.
    Harness h(limits(perSecond, 60 * perSecond, 100, false, margin));
    const int total = 6 * perSecond + 3;
    for (int label = 0; label < total; ++label)
        h.add(label);
    h.runUntil(10 * secondMs, Outcome::Succeeded, stepMs);

    QCOMPARE(h.order.size(), total);
    const int busiest = busiestWindow(h.times, secondMs);
    QVERIFY2(busiest <= perSecond, qPrintable(u"%1 dispatches in one second"_s.arg(busiest)));
    QVERIFY(busiestWindow(h.times, secondMs + margin) <= perSecond);
    // Close to the rate: a full second's worth goes at once, and each further batch as soon as
    // the window (plus margin, rounded up to the clock's step) lets it.
    QCOMPARE(busiestWindow(h.times, 1), perSecond);
    const qint64 batches = (total + perSecond - 1) / perSecond;
    const qint64 batchMs = ((secondMs + margin + stepMs - 1) / stepMs) * stepMs;
    QVERIFY2(h.times.last() <= (batches - 1) * batchMs,
             qPrintable(u"last dispatch at %1 ms"_s.arg(h.times.last())));
    // Order of arrival is kept throughout.
    QVERIFY(std::is_sorted(h.order.cbegin(), h.order.cend()));
}

void TestRequestScheduler::qpmWindow()
{
    // A minute limit tighter than 60 × QPS, e.g. an endpoint budget: 10/s but 15/min.
    Harness h(limits(10, 15, 100, false, 25));
    for (int label = 0; label < 40; ++label)
        h.add(label);
    h.runUntil(3 * minuteMs + 10 * secondMs, Outcome::Succeeded, 5);

    QCOMPARE(h.order.size(), 40);
    QVERIFY(busiestWindow(h.times, secondMs) <= 10);
    QVERIFY(busiestWindow(h.times, minuteMs) <= 15);
    QVERIFY(busiestWindow(h.times, minuteMs + 25) <= 15);
    // The minute's budget is used, and nothing more goes before the first of it leaves.
    const auto inFirstMinute =
            std::count_if(h.times.cbegin(), h.times.cend(), [](qint64 t) { return t < minuteMs; });
    QCOMPARE(inFirstMinute, 15);
    QVERIFY(h.times.at(15) >= minuteMs);
    QVERIFY(h.times.at(15) <= minuteMs + 100); // and it goes soon after
}

void TestRequestScheduler::sameEndpointIsNotLimitedOutsideSandbox()
{
    Harness h(limits(10, 600));
    for (int label = 0; label < 5; ++label)
        h.add(label, u"bc/member/get/"_s);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order.size(), 5);
}

void TestRequestScheduler::sandboxPerEndpoint()
{
    // Sandbox: 1 QPS per endpoint (§1.8), while different endpoints go in the same second.
    Harness h(limits(10, 600, 10, true, 25));
    const QString a = u"bc/get/"_s;
    const QString b = u"bc/member/get/"_s;
    const QString c = u"bc/asset/get/"_s;
    h.add(1, a, RequestPriority::Interactive);
    h.add(2, a, RequestPriority::Interactive);
    h.add(3, a, RequestPriority::Interactive);
    h.add(4, b, RequestPriority::Background);
    h.add(5, c, RequestPriority::Normal);

    h.scheduler.dispatchDue();
    // A's second request waits for its endpoint without holding up B and C.
    QCOMPARE(h.order, (QList<int>{1, 5, 4}));
    h.runUntil(999);
    QCOMPARE(h.order.size(), 3);

    h.runUntil(5 * secondMs);
    QCOMPARE(h.order, (QList<int>{1, 5, 4, 2, 3}));
    const QList<qint64> timesA = h.timesFor(a);
    QCOMPARE(timesA.size(), 3);
    QVERIFY(timesA.at(1) - timesA.at(0) >= secondMs);
    QVERIFY(timesA.at(2) - timesA.at(1) >= secondMs);
    QVERIFY(timesA.at(2) <= 2 * (secondMs + 25)); // and no slower than needed
}

void TestRequestScheduler::sandboxEndpointMinute()
{
    // Sandbox: 30 QPM per endpoint as well, although 1/s would allow 60 in a minute.
    Harness h(limits(10, 600, 10, true, 25));
    for (int label = 0; label < 35; ++label)
        h.add(label, u"bc/transaction/get/"_s);
    h.add(100, u"bc/get/"_s);
    h.runUntil(2 * minuteMs, Outcome::Succeeded, 5);

    const QList<qint64> times = h.timesFor(u"bc/transaction/get/"_s);
    QCOMPARE(times.size(), 35);
    QVERIFY(busiestWindow(times, secondMs) <= 1);
    QVERIFY(busiestWindow(times, minuteMs) <= 30);
    QVERIFY(busiestWindow(times, minuteMs + 25) <= 30);
    QVERIFY(times.at(29) < minuteMs);                       // the minute's budget is used...
    QVERIFY(times.at(30) >= minuteMs);                      // ...and then it waits
    QCOMPARE(h.timesFor(u"bc/get/"_s), (QList<qint64>{0})); // the other endpoint went at once
}

void TestRequestScheduler::sandboxStillObeysTheAppBudget()
{
    // Each endpoint has its own 1/s, and all of them share the app's 2/s.
    Harness h(limits(2, 120, 10, true, 25));
    for (int label = 0; label < 6; ++label)
        h.add(label, u"endpoint/%1/"_s.arg(label));
    h.runUntil(5 * secondMs);
    QCOMPARE(h.order.size(), 6);
    QVERIFY(busiestWindow(h.times, secondMs) <= 2);
    QCOMPARE(busiestWindow(h.times, 1), 2);
}

void TestRequestScheduler::cancelWaiting()
{
    Harness h(limits(0, 0));
    h.add(1);
    const Ticket second = h.add(2);
    h.add(3);
    h.scheduler.cancel(second);
    QCOMPARE(h.scheduler.waitingCount(), 2);
    h.scheduler.cancel(second); // twice is harmless
    h.scheduler.cancel(424242); // so is an unknown ticket
    QCOMPARE(h.scheduler.waitingCount(), 2);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{1, 3}));

    // Cancelling while the budget holds a request back: it never goes.
    Harness slow(limits(1, 0));
    slow.add(1);
    const Ticket held = slow.add(2);
    slow.add(3);
    slow.runUntil(500);
    slow.scheduler.cancel(held);
    slow.runUntil(5000);
    QCOMPARE(slow.order, (QList<int>{1, 3}));
    // The cancelled request used no budget: the third went a second after the first.
    QVERIFY(slow.times.at(1) < 2 * secondMs);
}

void TestRequestScheduler::cancelAfterDispatchHasNoEffect()
{
    Harness h(limits(0, 0, 1));
    const Ticket first = h.add(1);
    h.add(2);
    h.scheduler.dispatchDue();
    h.scheduler.cancel(first); // already running: only finish() frees it
    QCOMPARE(h.scheduler.runningCount(), 1);
    QCOMPARE(h.scheduler.waitingCount(), 1);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{1}));
    h.scheduler.finish(first, Outcome::Succeeded);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order, (QList<int>{1, 2}));
}

void TestRequestScheduler::throttlePauses()
{
    Harness h(limits(10, 600, 10));
    QSignalSpy slowed(&h.scheduler, &RequestScheduler::slowedDown);
    const Ticket first = h.add(1);
    QCOMPARE(h.stepUntilDispatched(), QList<Ticket>{first});
    QCOMPARE(h.now, qint64(0));

    h.now = 200;
    h.scheduler.finish(first, Outcome::Throttled);
    QCOMPARE(h.scheduler.throttleCount(), 1);
    QCOMPARE(slowed.count(), 1);
    const int perSecond = slowed.at(0).at(0).toInt();
    const qint64 resumeIn = slowed.at(0).at(1).toLongLong();
    QCOMPARE(perSecond, 5); // half the rate
    QCOMPARE(h.scheduler.currentPerSecond(), 5);
    QVERIFY(resumeIn > 0);

    // Whatever arrives now waits out the pause, however high its priority...
    h.add(2, u"bc/get/"_s, RequestPriority::Interactive);
    h.add(3);
    h.runUntil(200 + resumeIn - 1);
    QCOMPARE(h.order.size(), 1);
    // ...and goes when it ends (the windows have long had room for them).
    h.runUntil(200 + resumeIn);
    QCOMPARE(h.order, (QList<int>{1, 2, 3}));
    QCOMPARE(h.times.at(1), 200 + resumeIn);
}

void TestRequestScheduler::throttleBurstHalvesOnce()
{
    Harness h(limits(10, 600, 10));
    QSignalSpy slowed(&h.scheduler, &RequestScheduler::slowedDown);
    for (int label = 0; label < 8; ++label)
        h.add(label);
    QCOMPARE(h.stepUntilDispatched().size(), qsizetype(8));
    QCOMPARE(h.now, qint64(0));

    // The answers to one burst come back throttled within a few milliseconds of each other.
    for (int label = 0; label < 8; ++label) {
        h.now = 100 + label;
        h.scheduler.finish(h.tickets.value(label), Outcome::Throttled);
    }
    QCOMPARE(h.scheduler.throttleCount(), 8);
    QCOMPARE(slowed.count(), 1);
    QCOMPARE(h.scheduler.currentPerSecond(), 5);
    const qint64 resumeIn = slowed.at(0).at(1).toLongLong();

    // The pause counts from the first throttle, not the last.
    h.add(100);
    h.runUntil(100 + resumeIn - 1);
    QCOMPARE(h.order.size(), 8);
    h.runUntil(100 + resumeIn);
    QCOMPARE(h.order.size(), 9);
}

void TestRequestScheduler::repeatedThrottlesKeepSlowingButNeverStop()
{
    Harness h(limits(10, 600, 10));
    QSignalSpy slowed(&h.scheduler, &RequestScheduler::slowedDown);
    int previousRate = h.scheduler.currentPerSecond();
    qint64 previousPause = 0;
    for (int round = 0; round < 8; ++round) {
        // One request per round: it goes once the previous pause is over, and its answer comes
        // back throttled half a second later (well apart from the previous throttle).
        h.add(round);
        const QList<Ticket> running = h.stepUntilDispatched(10);
        QCOMPARE(running.size(), 1);
        h.now += 500;
        h.scheduler.finish(running.first(), Outcome::Throttled);
        QCOMPARE(slowed.count(), round + 1);
        const int rate = slowed.last().at(0).toInt();
        const qint64 pause = slowed.last().at(1).toLongLong();
        QCOMPARE(h.scheduler.currentPerSecond(), rate);
        // Halved while it can be, but never to zero: zero would mean "no limit".
        QCOMPARE(rate, std::max(1, previousRate / 2));
        // Throttles that keep coming pause at least as long as before, and not for ever.
        QVERIFY(pause >= previousPause);
        QVERIFY(pause <= 10 * minuteMs);
        previousRate = rate;
        previousPause = pause;
    }
    QCOMPARE(h.scheduler.currentPerSecond(), 1);
    QCOMPARE(h.scheduler.throttleCount(), 8);
}

void TestRequestScheduler::slowedRateIsEnforced()
{
    Harness h(limits(10, 600, 100));
    QSignalSpy slowed(&h.scheduler, &RequestScheduler::slowedDown);
    h.add(-1);
    const QList<Ticket> first = h.stepUntilDispatched();
    h.scheduler.finish(first.first(), Outcome::Throttled);
    QCOMPARE(h.scheduler.currentPerSecond(), 5);
    const qint64 resumeIn = slowed.at(0).at(1).toLongLong();

    for (int label = 0; label < 30; ++label)
        h.add(label);
    // Failures leave the pace alone, so the slowed rate holds for the whole run.
    h.runUntil(20 * secondMs, Outcome::Failed);
    QCOMPARE(h.order.size(), qsizetype(31));
    // The request sent before the throttle still counts in the first window after the pause.
    QVERIFY(busiestWindow(h.times, secondMs) <= 5);
    QVERIFY(busiestWindow(h.times, secondMs + 25) <= 5);
    const QList<qint64> after = h.times.mid(1);
    QVERIFY(after.first() >= resumeIn);
    // And the slowed rate is still used: 30 requests at 5 per 1025 ms after the pause.
    QVERIFY2(after.last() <= resumeIn + 6 * (secondMs + 25),
             qPrintable(u"last dispatch at %1 ms"_s.arg(after.last())));
}

void TestRequestScheduler::successesRecoverStepByStep_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("10/s") << 10;
    QTest::newRow("20/s") << 20;
    QTest::newRow("50/s") << 50;
    QTest::newRow("3/s") << 3;
    // Halved to 12: steps that do not land on the limit exactly must stop at it.
    QTest::newRow("25/s") << 25;
    QTest::newRow("45/s") << 45;
}

void TestRequestScheduler::successesRecoverStepByStep()
{
    QFETCH(int, limit);

    Harness h(limits(limit, 60 * limit, 100));
    h.add(-1);
    h.scheduler.finish(h.stepUntilDispatched().first(), Outcome::Throttled);
    const int slowedRate = h.scheduler.currentPerSecond();
    QCOMPARE(slowedRate, std::max(1, limit / 2));

    // Answer requests one after the other with success, and watch the pace.
    QList<int> rates{slowedRate};
    for (int successes = 1; successes <= 600; ++successes) {
        h.add(successes);
        for (Ticket t : h.stepUntilDispatched())
            h.scheduler.finish(t, Outcome::Succeeded);
        const int rate = h.scheduler.currentPerSecond();
        QVERIFY2(rate >= rates.last(), "a success never slows the budget down");
        QVERIFY2(rate <= limit, qPrintable(u"rate %1 beyond the limit %2"_s.arg(rate).arg(limit)));
        if (rate != rates.last())
            rates.append(rate);
        if (successes == 1)
            QVERIFY2(rate < limit || slowedRate == limit, "one success does not undo a throttle");
    }
    // Back to the limit, in more than one step (not all at once) ...
    QCOMPARE(rates.last(), limit);
    if (limit - slowedRate > 1)
        QVERIFY2(rates.size() > 2, qPrintable(u"%1 steps"_s.arg(rates.size() - 1)));
    // ... and each step a modest one (no more than a fifth of the limit, or 1/s).
    for (qsizetype i = 1; i < rates.size(); ++i)
        QVERIFY(rates.at(i) - rates.at(i - 1) <= std::max(1, limit / 5));
    QCOMPARE(h.scheduler.throttleCount(), 1);
}

void TestRequestScheduler::failuresNeitherSlowNorRecover()
{
    Harness h(limits(10, 600, 100));
    QSignalSpy slowed(&h.scheduler, &RequestScheduler::slowedDown);
    h.add(-1);
    h.scheduler.finish(h.stepUntilDispatched().first(), Outcome::Throttled);
    QCOMPARE(h.scheduler.currentPerSecond(), 5);

    for (int label = 0; label < 200; ++label)
        h.add(label);
    h.runUntil(60 * secondMs, Outcome::Failed, 5);
    QCOMPARE(h.order.size(), 201);
    QCOMPARE(h.scheduler.currentPerSecond(), 5);
    QCOMPARE(slowed.count(), 1);
    QCOMPARE(h.scheduler.throttleCount(), 1);
}

void TestRequestScheduler::unlimitedBudgetThrottledGetsALimit()
{
    // With both windows off the client sends freely; if TikTok throttles anyway, a real limit
    // must take over (halving "no limit" cannot mean "no limit" again).
    Harness h(limits(0, 0, 100));
    QSignalSpy slowed(&h.scheduler, &RequestScheduler::slowedDown);
    for (int label = 0; label < 30; ++label)
        h.add(label);
    QCOMPARE(h.stepUntilDispatched().size(), qsizetype(30));
    QCOMPARE(h.scheduler.currentPerSecond(), 0);

    h.scheduler.finish(h.tickets.value(0), Outcome::Throttled);
    QCOMPARE(slowed.count(), 1);
    const int rate = slowed.at(0).at(0).toInt();
    QVERIFY(rate > 0);
    QCOMPARE(h.scheduler.currentPerSecond(), rate);

    // Enough successes lift the emergency limit again.
    for (int label = 1; label < 30; ++label)
        h.scheduler.finish(h.tickets.value(label), Outcome::Succeeded);
    for (int label = 100; label < 400 && h.scheduler.currentPerSecond() != 0; ++label) {
        h.add(label);
        for (Ticket t : h.stepUntilDispatched())
            h.scheduler.finish(t, Outcome::Succeeded);
    }
    QCOMPARE(h.scheduler.currentPerSecond(), 0);
}

void TestRequestScheduler::raisingLimitsReleasesWaiting()
{
    Harness h(limits(1, 0, 100));
    for (int label = 0; label < 5; ++label)
        h.add(label);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order.size(), 1);

    h.now = 10;
    h.scheduler.setLimits(limits(10, 600, 100));
    QCOMPARE(h.scheduler.limits().perSecond, 10);
    QCOMPARE(h.scheduler.currentPerSecond(), 10);
    h.scheduler.dispatchDue();
    QCOMPARE(h.order.size(), 5);
    QVERIFY(busiestWindow(h.times, secondMs) <= 10);
}

void TestRequestScheduler::realClockDispatchesFromEventLoop()
{
    RequestScheduler scheduler; // the real clock and the wake-up timer
    int dispatched = 0;
    QList<Ticket> tickets;
    for (int i = 0; i < 3; ++i) {
        tickets.append(scheduler.enqueue(u"bc/get/"_s, RequestPriority::Normal,
                                         [&dispatched] { ++dispatched; }));
    }
    QCOMPARE(dispatched, 0); // not from inside enqueue
    QTRY_COMPARE(dispatched, 3);
    QCOMPARE(scheduler.runningCount(), 3);
    for (Ticket t : tickets)
        scheduler.finish(t, Outcome::Succeeded);
    QCOMPARE(scheduler.runningCount(), 0);
}

void TestRequestScheduler::realClockSpacesRequests()
{
    RequestScheduler scheduler(limits(2, 0, 10, false, 25));
    QElapsedTimer clock;
    clock.start();
    QList<qint64> times;
    QList<Ticket> tickets;
    for (int i = 0; i < 3; ++i) {
        tickets.append(scheduler.enqueue(u"bc/get/"_s, RequestPriority::Normal,
                                         [&times, &clock] { times.append(clock.elapsed()); }));
    }
    QTRY_COMPARE(times.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 3, 5000);
    QVERIFY(times.at(1) - times.at(0) < 500); // the first two together
    QVERIFY2(times.at(2) - times.at(0) >= secondMs,
             qPrintable(u"third after %1 ms"_s.arg(times.at(2) - times.at(0))));
    for (Ticket t : tickets)
        scheduler.finish(t, Outcome::Succeeded);
}

void TestRequestScheduler::realClockFinishFreesSlot()
{
    RequestScheduler scheduler(limits(0, 0, 1));
    int dispatched = 0;
    const Ticket first = scheduler.enqueue(u"bc/get/"_s, RequestPriority::Normal,
                                           [&dispatched] { ++dispatched; });
    const Ticket second = scheduler.enqueue(u"bc/get/"_s, RequestPriority::Normal,
                                            [&dispatched] { ++dispatched; });
    QTRY_COMPARE(dispatched, 1);
    QCOMPARE(scheduler.waitingCount(), 1);
    scheduler.finish(first, Outcome::Succeeded);
    QCOMPARE(dispatched, 1); // not from inside finish() either
    QTRY_COMPARE(dispatched, 2);
    scheduler.finish(second, Outcome::Succeeded);
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
