#include "core/api/activitylog.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ActivityEntry;
using bc::api::ActivityLog;
using bc::api::ApiError;

// The in-memory, bounded log of this run's requests, newest last.
class TestActivityLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void appendKeepsOrder();
    void capacityDropsTheOldest_data();
    void capacityDropsTheOldest();
    void nonPositiveCapacityStillKeepsTheNewest_data();
    void nonPositiveCapacityStillKeepsTheNewest();
    void defaultCapacity();
    void signalCarriesTheNewEntry();
    void clearEmptiesAndSignals();
    void entriesIsASnapshot();
    void entrySucceeded_data();
    void entrySucceeded();
};

namespace {

// Entry number n, recognisable by its request id and path.
ActivityEntry entry(int n)
{
    ActivityEntry e;
    e.startedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).addSecs(n);
    e.method = u"GET"_s;
    e.path = u"bc/get/"_s;
    e.parameters = u"page=%1"_s.arg(n);
    e.requestId = u"req-%1"_s.arg(n);
    e.httpStatus = 200;
    e.durationMs = 10 + n;
    return e;
}

QStringList requestIds(const QList<ActivityEntry> &entries)
{
    QStringList ids;
    for (const ActivityEntry &e : entries)
        ids.append(e.requestId);
    return ids;
}

QStringList expectedIds(int from, int to) // inclusive
{
    QStringList ids;
    for (int n = from; n <= to; ++n)
        ids.append(u"req-%1"_s.arg(n));
    return ids;
}

// Records entryAppended without relying on the entry type being known to QVariant.
struct AppendRecorder
{
    explicit AppendRecorder(ActivityLog &log)
    {
        QObject::connect(&log, &ActivityLog::entryAppended,
                         [this](const ActivityEntry &e, bool droppedOldest) {
                             ids.append(e.requestId);
                             dropped.append(droppedOldest);
                         });
    }
    QStringList ids;
    QList<bool> dropped;
};

} // namespace

void TestActivityLog::startsEmpty()
{
    ActivityLog log(10);
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.capacity(), 10);
    QVERIFY(log.entries().isEmpty());
}

void TestActivityLog::appendKeepsOrder()
{
    ActivityLog log(100);
    for (int n = 1; n <= 5; ++n)
        log.append(entry(n));
    QCOMPARE(log.size(), 5);
    QCOMPARE(requestIds(log.entries()), expectedIds(1, 5));
    QCOMPARE(log.at(0).requestId, u"req-1"_s); // 0 is the oldest
    QCOMPARE(log.at(4).requestId, u"req-5"_s);
    // The whole entry is kept, not only its id.
    const ActivityEntry kept = log.at(2);
    const ActivityEntry original = entry(3);
    QCOMPARE(kept.startedAt, original.startedAt);
    QCOMPARE(kept.parameters, original.parameters);
    QCOMPARE(kept.durationMs, original.durationMs);
    QCOMPARE(kept.httpStatus, 200);
}

void TestActivityLog::capacityDropsTheOldest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");

    QTest::newRow("capacity 1, 1") << 1 << 1;
    QTest::newRow("capacity 1, 4") << 1 << 4;
    QTest::newRow("capacity 3, 2") << 3 << 2;
    QTest::newRow("capacity 3, 3") << 3 << 3;
    QTest::newRow("capacity 3, 4") << 3 << 4;
    QTest::newRow("capacity 3, 10") << 3 << 10;
    QTest::newRow("capacity 50, 51") << 50 << 51;
    QTest::newRow("capacity 50, 500") << 50 << 500;
}

void TestActivityLog::capacityDropsTheOldest()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);

    ActivityLog log(capacity);
    AppendRecorder recorder(log);
    for (int n = 1; n <= appended; ++n) {
        log.append(entry(n));
        QVERIFY(log.size() <= capacity);
    }

    const int kept = std::min(capacity, appended);
    QCOMPARE(log.size(), kept);
    // The newest `kept` entries, oldest first.
    QCOMPARE(requestIds(log.entries()), expectedIds(appended - kept + 1, appended));
    QCOMPARE(log.at(0).requestId, u"req-%1"_s.arg(appended - kept + 1));
    QCOMPARE(log.at(kept - 1).requestId, u"req-%1"_s.arg(appended));

    // One signal per append; it says "dropped" exactly when the log was already full.
    QCOMPARE(recorder.ids, expectedIds(1, appended));
    QCOMPARE(recorder.dropped.size(), appended);
    for (int i = 0; i < appended; ++i)
        QCOMPARE(recorder.dropped.at(i), i >= capacity);
}

void TestActivityLog::nonPositiveCapacityStillKeepsTheNewest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -5;
}

void TestActivityLog::nonPositiveCapacityStillKeepsTheNewest()
{
    QFETCH(int, capacity);

    // A nonsensical capacity must neither grow without bound nor lose the request just made.
    ActivityLog log(capacity);
    QVERIFY(log.capacity() >= 1);
    for (int n = 1; n <= 20; ++n)
        log.append(entry(n));
    QVERIFY(log.size() >= 1);
    QVERIFY(log.size() <= log.capacity());
    QCOMPARE(log.at(log.size() - 1).requestId, u"req-20"_s);
}

void TestActivityLog::defaultCapacity()
{
    ActivityLog log;
    QVERIFY(log.capacity() > 0);
    const int capacity = log.capacity();
    for (int n = 1; n <= capacity + 2; ++n)
        log.append(entry(n));
    QCOMPARE(log.size(), capacity);
    QCOMPARE(log.at(0).requestId, u"req-3"_s);
    QCOMPARE(log.at(capacity - 1).requestId, u"req-%1"_s.arg(capacity + 2));
}

void TestActivityLog::signalCarriesTheNewEntry()
{
    ActivityLog log(2);
    QSignalSpy spy(&log, &ActivityLog::entryAppended);
    QVERIFY(spy.isValid());

    ActivityEntry failed = entry(1);
    failed.code = 40100;
    failed.errorKind = ApiError::Kind::Throttled;
    failed.message = u"Too many requests"_s;
    failed.retries = 3;
    log.append(failed);
    log.append(entry(2));
    log.append(entry(3));

    QCOMPARE(spy.count(), 3);
    const auto first = qvariant_cast<ActivityEntry>(spy.at(0).at(0));
    QCOMPARE(first.requestId, u"req-1"_s);
    QCOMPARE(first.code, 40100);
    QCOMPARE(first.errorKind, std::optional(ApiError::Kind::Throttled));
    QCOMPARE(first.retries, 3);
    QCOMPARE(spy.at(0).at(1).toBool(), false);
    QCOMPARE(qvariant_cast<ActivityEntry>(spy.at(1).at(0)).requestId, u"req-2"_s);
    QCOMPARE(spy.at(1).at(1).toBool(), false);
    QCOMPARE(qvariant_cast<ActivityEntry>(spy.at(2).at(0)).requestId, u"req-3"_s);
    QCOMPARE(spy.at(2).at(1).toBool(), true);
}

void TestActivityLog::clearEmptiesAndSignals()
{
    ActivityLog log(3);
    AppendRecorder recorder(log);
    QSignalSpy cleared(&log, &ActivityLog::cleared);
    for (int n = 1; n <= 5; ++n)
        log.append(entry(n));
    QCOMPARE(cleared.count(), 0); // dropping the oldest is not clearing

    log.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(log.size(), 0);
    QVERIFY(log.entries().isEmpty());
    QCOMPARE(log.capacity(), 3);
    QCOMPARE(recorder.ids.size(), 5); // clear() appends nothing

    // After clearing, the log fills up again from scratch before it drops anything.
    recorder.dropped.clear();
    for (int n = 6; n <= 9; ++n)
        log.append(entry(n));
    QCOMPARE(recorder.dropped, (QList<bool>{false, false, false, true}));
    QCOMPARE(requestIds(log.entries()), expectedIds(7, 9));
}

void TestActivityLog::entriesIsASnapshot()
{
    ActivityLog log(5);
    log.append(entry(1));
    QList<ActivityEntry> snapshot = log.entries();
    snapshot[0].requestId = u"changed"_s;
    snapshot.append(entry(2));
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).requestId, u"req-1"_s);
    log.append(entry(3));
    QCOMPARE(snapshot.size(), 2); // taken before: unaffected by later appends
}

void TestActivityLog::entrySucceeded_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<std::optional<ApiError::Kind>>("errorKind");
    QTest::addColumn<bool>("succeeded");

    QTest::newRow("ok") << 0 << std::optional<ApiError::Kind>() << true;
    // No envelope arrived: code 0, and still a failure.
    QTest::newRow("network, no code") << 0 << std::optional(ApiError::Kind::Network) << false;
    QTest::newRow("timeout, no code") << 0 << std::optional(ApiError::Kind::Timeout) << false;
    QTest::newRow("TikTok code") << 40002 << std::optional(ApiError::Kind::Validation) << false;
}

void TestActivityLog::entrySucceeded()
{
    QFETCH(int, code);
    QFETCH(std::optional<ApiError::Kind>, errorKind);
    QFETCH(bool, succeeded);

    ActivityEntry e = entry(1);
    e.code = code;
    e.errorKind = errorKind;
    QCOMPARE(e.succeeded(), succeeded);
    QVERIFY(ActivityEntry().succeeded()); // a default entry records no failure
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
