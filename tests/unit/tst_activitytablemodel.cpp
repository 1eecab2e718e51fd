#include "core/api/activitylog.h"
#include "models/activityfilterproxymodel.h"
#include "models/activitytablemodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ActivityEntry;
using bc::api::ActivityLog;
using bc::api::ApiError;
using bc::models::ActivityFilterProxyModel;
using bc::models::ActivityTableModel;

namespace {

const QDateTime t0(QDate(2026, 11, 25), QTime(9, 30, 0), Qt::UTC);

ActivityEntry entry(int second, const QString &path, const QString &requestId, int code = 0,
                    std::optional<ApiError::Kind> kind = std::nullopt)
{
    ActivityEntry e;
    e.startedAt = t0.addSecs(second);
    e.method = u"GET"_s;
    e.path = path;
    e.parameters = u"bc_id=7000000000000000001"_s;
    e.code = code;
    e.errorKind = kind;
    e.message = code != 0 ? u"Too many requests"_s : (kind ? u"Connection refused"_s : u"OK"_s);
    e.requestId = requestId;
    e.httpStatus = kind == ApiError::Kind::Network ? 0 : 200;
    e.durationMs = 100 + second;
    e.retries = code != 0 ? 2 : 0;
    return e;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestActivityTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void liveAppendsNewestFirst();
    void droppingTheOldest();
    void entriesAlreadyLogged();
    void clearedLogResets();
    void earlierEntriesBelow();
    void displayAndSortValues();
    void failures_data();
    void failures();
    void proxyFiltersAndSorts();
    void clearForgetsBoth();
};

void TestActivityTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestActivityTableModel::liveAppendsNewestFirst()
{
    ActivityLog log(10);
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 8);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    log.append(entry(1, u"bc/get/"_s, u"req-1"_s));
    log.append(entry(2, u"bc/member/get/"_s, u"req-2"_s));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0); // at the top
    QCOMPARE(inserted.at(1).at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.liveCount(), 2);
    QCOMPARE(cell(model, 0, ActivityTableModel::Path), u"bc/member/get/"_s);
    QCOMPARE(cell(model, 0, ActivityTableModel::RequestId), u"req-2"_s);
    QCOMPARE(cell(model, 0, 0, bc::models::IdRole), u"req-2"_s);
    QCOMPARE(cell(model, 1, ActivityTableModel::Path), u"bc/get/"_s);
    QCOMPARE(cell(model, 1, ActivityTableModel::Outcome), u"OK"_s);
    QVERIFY(!model.isEarlier(1));
}

void TestActivityTableModel::droppingTheOldest()
{
    ActivityLog log(3);
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    model.setEarlierEntries({entry(-100, u"bc/get/"_s, u"old-1"_s)});
    for (int i = 1; i <= 3; ++i)
        log.append(entry(i, u"bc/get/"_s, u"req-%1"_s.arg(i)));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.append(entry(4, u"bc/get/"_s, u"req-4"_s));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2); // the oldest live row, above the earlier ones
    QCOMPARE(model.liveCount(), 3);
    QCOMPARE(model.rowCount(), 4);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << cell(model, row, ActivityTableModel::RequestId);
    QCOMPARE(ids, (QStringList{u"req-4"_s, u"req-3"_s, u"req-2"_s, u"old-1"_s}));
    // The table follows the log exactly.
    for (int row = 0; row < model.liveCount(); ++row)
        QCOMPARE(model.entryAt(row).requestId, log.at(log.size() - 1 - row).requestId);
}

void TestActivityTableModel::entriesAlreadyLogged()
{
    ActivityLog log(10);
    log.append(entry(1, u"bc/get/"_s, u"req-1"_s));
    log.append(entry(2, u"bc/get/"_s, u"req-2"_s));
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, ActivityTableModel::RequestId), u"req-2"_s);
    QCOMPARE(model.log(), &log);

    // Another log replaces the first; the first one's appends no longer show.
    ActivityLog other(10);
    model.setLog(&other);
    QCOMPARE(model.rowCount(), 0);
    log.append(entry(3, u"bc/get/"_s, u"req-3"_s));
    QCOMPARE(model.rowCount(), 0);
    other.append(entry(4, u"bc/get/"_s, u"req-4"_s));
    QCOMPARE(model.rowCount(), 1);
}

void TestActivityTableModel::clearedLogResets()
{
    ActivityLog log(10);
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    model.setEarlierEntries({entry(-5, u"bc/get/"_s, u"old-1"_s)});
    log.append(entry(1, u"bc/get/"_s, u"req-1"_s));
    log.append(entry(2, u"bc/get/"_s, u"req-2"_s));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1); // the earlier run's entry stays
    QCOMPARE(cell(model, 0, ActivityTableModel::RequestId), u"old-1"_s);
    log.append(entry(3, u"bc/get/"_s, u"req-3"_s));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, ActivityTableModel::RequestId), u"req-3"_s);
}

void TestActivityTableModel::earlierEntriesBelow()
{
    ActivityLog log(10);
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    log.append(entry(1, u"bc/get/"_s, u"req-1"_s));
    model.setEarlierEntries(
            {entry(-10, u"bc/get/"_s, u"old-2"_s), entry(-20, u"bc/get/"_s, u"old-1"_s)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.earlierCount(), 2);
    QVERIFY(!model.isEarlier(0));
    QVERIFY(model.isEarlier(1));
    QCOMPARE(cell(model, 1, ActivityTableModel::RequestId), u"old-2"_s);
    QCOMPARE(cell(model, 2, ActivityTableModel::RequestId), u"old-1"_s);
    QVERIFY(cell(model, 1, ActivityTableModel::Time, Qt::ToolTipRole).contains(u"earlier run"_s));
    QVERIFY(!cell(model, 0, ActivityTableModel::Time, Qt::ToolTipRole).contains(u"earlier"_s));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());

    // Live appends still go on top; the earlier ones can be replaced.
    log.append(entry(2, u"bc/get/"_s, u"req-2"_s));
    QCOMPARE(cell(model, 0, ActivityTableModel::RequestId), u"req-2"_s);
    QCOMPARE(cell(model, 2, ActivityTableModel::RequestId), u"old-2"_s);
    model.setEarlierEntries({entry(-30, u"bc/get/"_s, u"older"_s)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 2, ActivityTableModel::RequestId), u"older"_s);
    model.setEarlierEntries({});
    QCOMPARE(model.rowCount(), 2);
}

void TestActivityTableModel::displayAndSortValues()
{
    ActivityLog log(10);
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    ActivityEntry e =
            entry(7, u"bc/account/transaction/get/"_s, u"202611250930070A0B0C0D0E0F1011"_s);
    e.method = u"POST"_s;
    e.durationMs = 12345;
    e.retries = 3;
    e.httpStatus = 200;
    log.append(e);

    const QModelIndex time = model.index(0, ActivityTableModel::Time);
    QCOMPARE(time.data(bc::models::SortRole).toLongLong(), t0.addSecs(7).toMSecsSinceEpoch());
    QCOMPARE(time.data().toString(),
             t0.addSecs(7).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(time.data(Qt::ToolTipRole).toString(), u"2026-11-25T09:30:07.000Z"_s);
    QCOMPARE(cell(model, 0, ActivityTableModel::Method), u"POST"_s);
    QCOMPARE(cell(model, 0, ActivityTableModel::Duration), u"12,345"_s);
    QCOMPARE(model.index(0, ActivityTableModel::Duration).data(bc::models::SortRole).toLongLong(),
             12345);
    QCOMPARE(model.index(0, ActivityTableModel::Retries).data(bc::models::SortRole).toInt(), 3);
    QCOMPARE(model.index(0, ActivityTableModel::Code).data(bc::models::SortRole).toInt(), 0);
    QCOMPARE(cell(model, 0, ActivityTableModel::Code), u"0"_s);
    QVERIFY(cell(model, 0, ActivityTableModel::Code, Qt::ToolTipRole)
                    .contains(u"HTTP status: 200"_s));
    QCOMPARE(cell(model, 0, ActivityTableModel::RequestId, bc::models::SortRole),
             u"202611250930070A0B0C0D0E0F1011"_s);
    QCOMPARE(cell(model, 0, ActivityTableModel::Path, Qt::ToolTipRole),
             u"bc_id=7000000000000000001"_s);
    QCOMPARE(model.headerData(ActivityTableModel::Duration, Qt::Horizontal).toString(),
             u"Duration (ms)"_s);
    QCOMPARE(model.headerData(ActivityTableModel::RequestId, Qt::Horizontal).toString(),
             u"Request ID"_s);
}

void TestActivityTableModel::failures_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind"); // -1: none
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QString>("codeText");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("ok") << 0 << -1 << false << u"0"_s << u"OK"_s;
    QTest::newRow("throttled") << 40100 << static_cast<int>(ApiError::Kind::Throttled) << true
                               << u"40100"_s << u"failed: Too many requests"_s;
    QTest::newRow("code without kind")
            << 40002 << -1 << true << u"40002"_s << u"failed: Too many requests"_s;
    QTest::newRow("transport") << 0 << static_cast<int>(ApiError::Kind::Network) << true << u"—"_s
                               << u"failed: Connection refused"_s;
}

void TestActivityTableModel::failures()
{
    QFETCH(int, code);
    QFETCH(int, kind);
    QFETCH(bool, failed);
    QFETCH(QString, codeText);
    QFETCH(QString, outcome);

    ActivityLog log(10);
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    log.append(entry(1, u"bc/get/"_s, u"req-1"_s, code,
                     kind < 0 ? std::nullopt
                              : std::optional<ApiError::Kind>(static_cast<ApiError::Kind>(kind))));
    QCOMPARE(model.index(0, 0).data(bc::models::FailedRole).toBool(), failed);
    QCOMPARE(model.failureCount(), failed ? 1 : 0);
    QCOMPARE(cell(model, 0, ActivityTableModel::Code), codeText);
    QCOMPARE(cell(model, 0, ActivityTableModel::Outcome), outcome);
    const QVariant color = model.index(0, ActivityTableModel::Outcome).data(Qt::ForegroundRole);
    QCOMPARE(color.isValid(), failed);
    if (failed) {
        const QColor c = color.value<QColor>();
        QVERIFY(c.red() > c.green() + 80);
        QVERIFY(cell(model, 0, ActivityTableModel::Outcome, Qt::ToolTipRole)
                        .contains(u"TikTok code: %1"_s.arg(code)));
    }
}

void TestActivityTableModel::proxyFiltersAndSorts()
{
    ActivityLog log(10);
    ActivityTableModel model;
    ActivityFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ActivityTableModel::Time, Qt::DescendingOrder);
    model.setLog(&log);
    log.append(entry(1, u"bc/get/"_s, u"aaa-111"_s));
    log.append(entry(2, u"bc/member/get/"_s, u"bbb-222"_s, 40100, ApiError::Kind::Throttled));
    log.append(entry(3, u"bc/invoice/get/"_s, u"ccc-333"_s));
    model.setEarlierEntries(
            {entry(-1, u"bc/partner/get/"_s, u"ddd-444"_s, 0, ApiError::Kind::Network)});
    // The same start time as req ccc: the newer one (appended later) stays on top.
    log.append(entry(3, u"bc/asset/get/"_s, u"eee-555"_s));
    QCOMPARE(proxy.rowCount(), 5);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, ActivityTableModel::RequestId).data().toString();
    QCOMPARE(order,
             (QStringList{u"eee-555"_s, u"ccc-333"_s, u"bbb-222"_s, u"aaa-111"_s, u"ddd-444"_s}));

    proxy.setFilterText(u"member"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ActivityTableModel::RequestId).data().toString(), u"bbb-222"_s);
    proxy.setFilterText(u"CCC-3"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ActivityTableModel::Path).data().toString(), u"bc/invoice/get/"_s);
    proxy.setFilterText(u"bc/ get"_s); // every word somewhere in the row
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setFilterText(u"nothing-like-this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});

    proxy.setFailuresOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, ActivityTableModel::RequestId).data().toString(), u"bbb-222"_s);
    QCOMPARE(proxy.index(1, ActivityTableModel::RequestId).data().toString(), u"ddd-444"_s);
    log.append(entry(9, u"bc/get/"_s, u"fff-666"_s, 50000, ApiError::Kind::Server));
    log.append(entry(10, u"bc/get/"_s, u"ggg-777"_s));
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, ActivityTableModel::RequestId).data().toString(), u"fff-666"_s);
    proxy.setFilterText(u"throttled-or-not bbb"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(u"bbb"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFailuresOnly(false);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 7);

    // Sorting by code puts the failures' codes last in ascending order.
    proxy.sort(ActivityTableModel::Code, Qt::AscendingOrder);
    QCOMPARE(proxy.index(6, ActivityTableModel::Code).data().toString(), u"50000"_s);
}

void TestActivityTableModel::clearForgetsBoth()
{
    ActivityLog log(10);
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    log.append(entry(1, u"bc/get/"_s, u"req-1"_s));
    model.setEarlierEntries({entry(-1, u"bc/get/"_s, u"old-1"_s)});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.log(), nullptr);
    log.append(entry(2, u"bc/get/"_s, u"req-2"_s));
    QCOMPARE(model.rowCount(), 0);

    // A log that goes away leaves the rows it gave.
    auto *shortLived = new ActivityLog(10);
    model.setLog(shortLived);
    shortLived->append(entry(3, u"bc/get/"_s, u"req-3"_s));
    delete shortLived;
    QCOMPARE(model.log(), nullptr);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestActivityTableModel)
#include "tst_activitytablemodel.moc"
