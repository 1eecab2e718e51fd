#include "core/api/ratebudget.h"

#include <QList>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using bc::api::RateBudget;

// The client's half of TikTok's rate limit (reference §1.7: 10/600 by default, higher tiers
// 20/1,200, 30/1,800, 50/3,000; §1.8: sandbox 1/30 per endpoint). The budget is pure arithmetic on
// a caller's clock, so every case here is a simulated clock in milliseconds.
class TestRateBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsAreReported();
    void burstUpToTheLimitGoesAtOnce_data();
    void burstUpToTheLimitGoesAtOnce();
    void secondWindowSlides_data();
    void secondWindowSlides();
    void minuteWindowSlides_data();
    void minuteWindowSlides();
    void tighterWindowWins();
    void nonPositiveLimitsTurnWindowsOff_data();
    void nonPositiveLimitsTurnWindowsOff();
    void slotIsNeverInThePast();
    void negativeMarginNeverShortensTheWindow();
    void longGreedyRun_data();
    void longGreedyRun();
    void longIrregularRun_data();
    void longIrregularRun();
    void loweringLimitsCountsPastSends();
    void raisingLimitsStillCountsPastSends();
    void loweredLimitHoldsInALongRun();
};

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60000;

// The largest number of sends that fall into one half-open window [x, x + windowMs). The busiest
// window can always be shifted to start at a send, so only those starts need checking.
int busiestWindow(const QList<qint64> &sends, qint64 windowMs)
{
    int busiest = 0;
    qsizetype end = 0;
    for (qsizetype begin = 0; begin < sends.size(); ++begin) {
        end = std::max(end, begin);
        while (end < sends.size() && sends.at(end) < sends.at(begin) + windowMs)
            ++end;
        busiest = std::max(busiest, int(end - begin));
    }
    return busiest;
}

// The most sends in a window (end - windowMs, end] for each of `ends`: what the budget had to
// respect when it let the send at `end` go.
int busiestWindowEndingAt(const QList<qint64> &sends, const QList<qint64> &ends, qint64 windowMs)
{
    int busiest = 0;
    for (qint64 end : ends) {
        const auto inside = std::count_if(sends.cbegin(), sends.cend(), [end, windowMs](qint64 t) {
            return t <= end && t > end - windowMs;
        });
        busiest = std::max(busiest, int(inside));
    }
    return busiest;
}

// Sends whenever the budget allows, as often as it allows, until untilMs. A budget that lets
// everything through at once would never move the clock on: the run stops after a million sends,
// far more than any limit here allows, and the window checks then fail.
QList<qint64> greedyRun(RateBudget &budget, qint64 fromMs, qint64 untilMs)
{
    QList<qint64> sends;
    qint64 t = fromMs;
    while (sends.size() < 1000000) {
        t = budget.nextSlot(t);
        if (t >= untilMs)
            break;
        budget.record(t);
        sends.append(t);
    }
    return sends;
}

} // namespace

void TestRateBudget::limitsAreReported()
{
    RateBudget budget(10, 600, 25);
    QCOMPARE(budget.perSecond(), 10);
    QCOMPARE(budget.perMinute(), 600);
    budget.setLimits(20, 1200);
    QCOMPARE(budget.perSecond(), 20);
    QCOMPARE(budget.perMinute(), 1200);
    budget.setLimits(0, -1);
    QCOMPARE(budget.perSecond(), 0);
    QCOMPARE(budget.perMinute(), -1);
}

void TestRateBudget::burstUpToTheLimitGoesAtOnce_data()
{
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("margin");
    QTest::addColumn<int>("burst");   // how many fit at the same instant
    QTest::addColumn<qint64>("wait"); // then how long the next one waits

    // The next one waits until the first send has left the full window, margin included.
    QTest::newRow("default tier") << 10 << 600 << 25 << 10 << qint64(1025);
    QTest::newRow("top tier, no margin") << 50 << 3000 << 0 << 50 << qint64(1000);
    QTest::newRow("sandbox endpoint") << 1 << 30 << 25 << 1 << qint64(1025);
    QTest::newRow("minute tighter than second") << 10 << 4 << 25 << 4 << qint64(60025);
    QTest::newRow("second off") << 0 << 7 << 25 << 7 << qint64(60025);
    QTest::newRow("minute off") << 3 << 0 << 25 << 3 << qint64(1025);
}

void TestRateBudget::burstUpToTheLimitGoesAtOnce()
{
    QFETCH(int, perSecond);
    QFETCH(int, perMinute);
    QFETCH(int, margin);
    QFETCH(int, burst);
    QFETCH(qint64, wait);

    const qint64 start = 123456; // an arbitrary monotonic clock, not starting at zero
    RateBudget budget(perSecond, perMinute, margin);
    for (int i = 0; i < burst; ++i) {
        QCOMPARE(budget.nextSlot(start), start);
        budget.record(start);
    }
    QCOMPARE(budget.nextSlot(start), start + wait);
    QCOMPARE(budget.nextSlot(start + wait - 1), start + wait);
    QCOMPARE(budget.nextSlot(start + wait), start + wait);
}

void TestRateBudget::secondWindowSlides_data()
{
    QTest::addColumn<int>("margin");
    QTest::newRow("no margin") << 0;
    QTest::newRow("25 ms") << 25;
    QTest::newRow("250 ms") << 250;
}

void TestRateBudget::secondWindowSlides()
{
    QFETCH(int, margin);
    const qint64 m = margin;

    RateBudget budget(3, 0, margin);
    budget.record(0);
    budget.record(100);
    budget.record(200);
    // Three in the window: the fourth waits for the send at 0 to leave it.
    QCOMPARE(budget.nextSlot(200), 1000 + m);
    QCOMPARE(budget.nextSlot(999), 1000 + m);
    // Asking at or after that slot is fine at once.
    QCOMPARE(budget.nextSlot(1000 + m), 1000 + m);
    QCOMPARE(budget.nextSlot(5000), qint64(5000));

    budget.record(1000 + m);
    // Now the window holds 100, 200 and 1000 + m: the next waits for the send at 100.
    QCOMPARE(budget.nextSlot(1000 + m), 1100 + m);
    budget.record(1100 + m);
    QCOMPARE(budget.nextSlot(1100 + m), 1200 + m);
}

void TestRateBudget::minuteWindowSlides_data()
{
    QTest::addColumn<int>("margin");
    QTest::newRow("no margin") << 0;
    QTest::newRow("25 ms") << 25;
}

void TestRateBudget::minuteWindowSlides()
{
    QFETCH(int, margin);
    const qint64 m = margin;

    RateBudget budget(0, 5, margin);
    for (qint64 t : {0, 10, 20, 30, 40})
        budget.record(t);
    QCOMPARE(budget.nextSlot(40), minuteMs + m);
    QCOMPARE(budget.nextSlot(30000), minuteMs + m);
    budget.record(minuteMs + m);
    // The window now starts with the send at 10.
    QCOMPARE(budget.nextSlot(minuteMs + m), minuteMs + 10 + m);
}

void TestRateBudget::tighterWindowWins()
{
    RateBudget budget(2, 3, 10);
    budget.record(0);
    budget.record(0);
    // The second is full: the third waits a second plus the margin.
    QCOMPARE(budget.nextSlot(0), qint64(1010));
    budget.record(1010);
    // The second window would take a fourth at 1010 already (only 1010 is inside from then
    // on), but three sends fill the minute: it waits for the first to leave the minute.
    QCOMPARE(budget.nextSlot(1010), minuteMs + 10);
    QCOMPARE(budget.nextSlot(30000), minuteMs + 10);
}

void TestRateBudget::nonPositiveLimitsTurnWindowsOff_data()
{
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<int>("perMinute");
    QTest::newRow("both zero") << 0 << 0;
    QTest::newRow("both negative") << -1 << -600;
    QTest::newRow("zero and negative") << 0 << -1;
}

void TestRateBudget::nonPositiveLimitsTurnWindowsOff()
{
    QFETCH(int, perSecond);
    QFETCH(int, perMinute);

    RateBudget budget(perSecond, perMinute, 25);
    for (int i = 0; i < 5000; ++i) {
        const qint64 t = i / 100; // 100 sends per millisecond
        QCOMPARE(budget.nextSlot(t), t);
        budget.record(t);
    }
}

void TestRateBudget::slotIsNeverInThePast()
{
    RateBudget budget(2, 10, 25);
    budget.record(0);
    budget.record(0);
    // Long after the windows emptied, the answer is "now", not some slot in the past.
    for (qint64 now : {qint64(1025), qint64(59999), qint64(3600000), qint64(1) << 40})
        QCOMPARE(budget.nextSlot(now), now);
    const RateBudget empty(10, 600, 25);
    QCOMPARE(empty.nextSlot(0), qint64(0));
    QCOMPARE(empty.nextSlot(987654321), qint64(987654321));
}

void TestRateBudget::negativeMarginNeverShortensTheWindow()
{
    // A margin only ever stretches the window; a negative one must not let requests go early.
    RateBudget budget(1, 0, -500);
    budget.record(0);
    QVERIFY(budget.nextSlot(0) >= secondMs);
}

void TestRateBudget::longGreedyRun_data()
{
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("margin");

    for (int margin : {0, 25, 100}) {
        QTest::addRow("10/600 margin %d", margin) << 10 << 600 << margin;
        QTest::addRow("10/300 margin %d", margin) << 10 << 300 << margin;
        QTest::addRow("10/off margin %d", margin) << 10 << 0 << margin;
        QTest::addRow("50/3000 margin %d", margin) << 50 << 3000 << margin;
        QTest::addRow("sandbox 1/30 margin %d", margin) << 1 << 30 << margin;
    }
}

void TestRateBudget::longGreedyRun()
{
    QFETCH(int, perSecond);
    QFETCH(int, perMinute);
    QFETCH(int, margin);

    const qint64 duration = 5 * minuteMs;
    RateBudget budget(perSecond, perMinute, margin);
    const QList<qint64> sends = greedyRun(budget, 0, duration);

    // Never more than the limits in any window stretched by the margin (and so in any plain one).
    const int busiestSecond = busiestWindow(sends, secondMs + margin);
    QVERIFY2(busiestSecond <= perSecond,
             qPrintable(u"%1 sends in one second"_s.arg(busiestSecond)));
    QVERIFY(busiestWindow(sends, secondMs) <= perSecond);
    if (perMinute > 0) {
        const int busiestMinute = busiestWindow(sends, minuteMs + margin);
        QVERIFY2(busiestMinute <= perMinute,
                 qPrintable(u"%1 sends in one minute"_s.arg(busiestMinute)));
    }

    // And close to the rate: a greedy sender gets a full window's worth in every stretched
    // window. Which limit binds decides the least it must achieve.
    const qint64 bySecond = (duration / (secondMs + margin)) * perSecond;
    const qint64 byMinute = perMinute > 0 ? (duration / (minuteMs + margin)) * perMinute : bySecond;
    const qint64 atLeast = std::min(bySecond, byMinute);
    QVERIFY2(sends.size() >= atLeast,
             qPrintable(u"%1 sends, expected at least %2"_s.arg(sends.size()).arg(atLeast)));
    // Sanity of the bound itself: the nominal rate, with margin 0, is reached exactly.
    if (margin == 0 && (perMinute <= 0 || perMinute >= 60 * perSecond))
        QCOMPARE(sends.size(), qsizetype(duration / secondMs) * perSecond);
}

void TestRateBudget::longIrregularRun_data()
{
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("margin");
    QTest::addColumn<int>("maxGapMs");

    QTest::newRow("10/600, bursts") << 10 << 600 << 25 << 250;
    QTest::newRow("10/200, bursts") << 10 << 200 << 25 << 150;
    QTest::newRow("20/1200, dense") << 20 << 1200 << 25 << 60;
    QTest::newRow("sandbox 1/30") << 1 << 30 << 25 << 2000;
}

void TestRateBudget::longIrregularRun()
{
    QFETCH(int, perSecond);
    QFETCH(int, perMinute);
    QFETCH(int, margin);
    QFETCH(int, maxGapMs);

    // Requests arrive at irregular times (a fixed pseudo-random sequence, so a failure repeats);
    // each is sent at the first slot at or after its arrival, in order.
    RateBudget budget(perSecond, perMinute, margin);
    quint32 seed = 12345;
    const auto nextGap = [&seed, maxGapMs] {
        seed = seed * 1103515245u + 12345u;
        const quint32 r = (seed >> 16) % 100;
        return r < 30 ? 0 : qint64((seed >> 8) % quint32(maxGapMs)); // 30% arrive together
    };
    QList<qint64> sends;
    qint64 arrival = 0;
    qint64 lastSend = 0;
    for (int i = 0; i < 3000; ++i) {
        arrival += nextGap();
        const qint64 at = budget.nextSlot(std::max(arrival, lastSend));
        QVERIFY(at >= arrival);
        budget.record(at);
        sends.append(at);
        lastSend = at;
    }
    QVERIFY(busiestWindow(sends, secondMs + margin) <= perSecond);
    QVERIFY(busiestWindow(sends, minuteMs + margin) <= perMinute);
}

void TestRateBudget::loweringLimitsCountsPastSends()
{
    RateBudget budget(10, 0, 0);
    for (qint64 t = 0; t < 10; ++t)
        budget.record(t); // sends at 0, 1, ..., 9
    QCOMPARE(budget.nextSlot(10), qint64(1000));

    // Down to 5 per second: the five sends at 5..9 fill the window until 5 leaves it.
    budget.setLimits(5, 0);
    QCOMPARE(budget.nextSlot(10), qint64(1005));
    // Down to a minute limit as well: ten sends already count against 8 per minute.
    budget.setLimits(5, 8);
    QCOMPARE(budget.nextSlot(10), qint64(minuteMs + 2));
}

void TestRateBudget::raisingLimitsStillCountsPastSends()
{
    RateBudget budget(2, 0, 0);
    budget.record(0);
    budget.record(1);
    QCOMPARE(budget.nextSlot(1), qint64(1000));

    // Raised to 4: two more fit now, and the earlier two still count after that.
    budget.setLimits(4, 0);
    QCOMPARE(budget.nextSlot(1), qint64(1));
    budget.record(1);
    budget.record(1);
    QCOMPARE(budget.nextSlot(1), qint64(1000));
    budget.record(1000);
    QCOMPARE(budget.nextSlot(1000), qint64(1001));

    // Raising the minute window from 3 to 6 keeps the sends of that minute as well.
    RateBudget minute(0, 3, 0);
    minute.record(0);
    minute.record(0);
    minute.record(0);
    minute.setLimits(0, 6);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(minute.nextSlot(100), qint64(100));
        minute.record(100);
    }
    QCOMPARE(minute.nextSlot(100), minuteMs);
}

void TestRateBudget::loweredLimitHoldsInALongRun()
{
    const int margin = 25;
    RateBudget budget(50, 3000, margin);
    const QList<qint64> before = greedyRun(budget, 0, 3000);
    QCOMPARE(before.size(), qsizetype(150)); // 50 at 0, 1025 and 2050

    budget.setLimits(5, 300);
    const qint64 from = 3000;
    const qint64 until = from + 3 * minuteMs;
    const QList<qint64> after = greedyRun(budget, from, until);
    QVERIFY(!after.isEmpty());

    // Every send after the change obeys the new limits counting all sends before it, including
    // those made under the old limits.
    const QList<qint64> all = before + after;
    QCOMPARE(busiestWindowEndingAt(all, after, secondMs + margin), 5);
    QVERIFY(busiestWindowEndingAt(all, after, minuteMs + margin) <= 300);
    // The 150 earlier sends used up half the minute: until the first of them leave it, 150 more
    // at most.
    QVERIFY(std::count_if(after.cbegin(), after.cend(), [](qint64 t) { return t < minuteMs + 25; })
            <= 150);

    // Still close to the new rate once the old sends are gone: in the last minute of the run,
    // 5 per 1025 ms.
    const auto lastMinute = std::count_if(after.cbegin(), after.cend(),
                                          [until](qint64 t) { return t >= until - minuteMs; });
    QVERIFY2(lastMinute >= (minuteMs / (secondMs + margin)) * 5,
             qPrintable(u"%1 sends in the last minute"_s.arg(lastMinute)));
}

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
