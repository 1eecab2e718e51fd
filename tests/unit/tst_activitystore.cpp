#include "core/api/activitylog.h"
#include "core/store/activityrecorder.h"
#include "core/store/activitystore.h"
#include "core/store/mirrorstore.h"
#include "tests/support/postgresfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ActivityEntry;
using bc::api::ApiError;
using namespace bc::store;
using bc::testsupport::PostgresFixture;

// The persisted request log (issue 6, `activity list` "if kept"): append and read back newest
// first with limit and since, pruning to the newest N per profile, profiles apart, redaction
// again on the way in (no secret in the database bytes), and ActivityRecorder following an
// ActivityLog. Every case runs on SQLite and, when BC_TEST_POSTGRES names a server, PostgreSQL.
class TestActivityStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void appendsAndReadsBackEveryField_data();
    void appendsAndReadsBackEveryField();
    void newestFirstWithLimitAndSince_data();
    void newestFirstWithLimitAndSince();
    void prunesToTheNewestPerProfile_data();
    void prunesToTheNewestPerProfile();
    void secretsNeverStored_data();
    void secretsNeverStored();
    void recorderFollowsTheLog_data();
    void recorderFollowsTheLog();

private:
    std::unique_ptr<MirrorStore> openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
};

namespace {

const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    if (!qEnvironmentVariableIsEmpty("BC_TEST_POSTGRES"))
        QTest::newRow("postgres") << u"postgres"_s;
}

ActivityEntry entry(int n)
{
    ActivityEntry e;
    e.startedAt = t0.addSecs(n);
    e.method = u"GET"_s;
    e.path = u"bc/get/"_s;
    e.parameters = u"page=%1&page_size=50"_s.arg(n);
    e.requestId = u"req-%1"_s.arg(n);
    e.httpStatus = 200;
    e.durationMs = 10 + n;
    e.message = u"OK"_s;
    return e;
}

QStringList requestIds(const QList<ActivityEntry> &entries)
{
    QStringList ids;
    for (const ActivityEntry &e : entries)
        ids.append(e.requestId);
    return ids;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString rawTable(StoreConnection &connection)
{
    QSqlQuery query(connection.database());
    QString text;
    if (!query.exec(u"SELECT * FROM activity"_s))
        return {};
    while (query.next()) {
        for (int i = 0; i < 13; ++i)
            text += query.value(i).toString() + u'|';
    }
    return text;
}

} // namespace

void TestActivityStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActivityStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_postgres = std::make_unique<PostgresFixture>();
}

void TestActivityStore::cleanup()
{
    m_postgres.reset();
    m_dir.reset();
}

std::unique_ptr<MirrorStore> TestActivityStore::openStore()
{
    QFETCH(QString, backend);
    const StoreLocation location =
            backend == u"sqlite" ? StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s))
                                 : StoreLocation::postgres(m_postgres->createDatabase());
    StoreError error;
    auto store = MirrorStore::open(
            location,
            StoreIdentity{u"Agency"_s, u"sandbox"_s, u"https://sandbox-ads.tiktok.com/open_api/"_s},
            &error);
    if (!store)
        qWarning("MirrorStore::open: %s", qPrintable(error.describe()));
    return store;
}

void TestActivityStore::appendsAndReadsBackEveryField_data()
{
    addBackendRows();
}

void TestActivityStore::appendsAndReadsBackEveryField()
{
    auto store = openStore();
    QVERIFY(store);
    ActivityStore activity(store->connection(), u"Agency"_s);
    QCOMPARE(activity.count(), 0);

    ActivityEntry ok = entry(1);
    ActivityEntry failed;
    failed.startedAt = t0.addSecs(2).addMSecs(345);
    failed.method = u"POST"_s;
    failed.path = u"bc/transfer/"_s;
    failed.parameters = u"{\"amount\":10,\"bc_id\":\"7093123456789012345\"}"_s;
    failed.code = 40100;
    failed.errorKind = ApiError::Kind::Throttled;
    failed.message = u"Too many requests"_s;
    failed.requestId = u"2026030109000012345"_s;
    failed.httpStatus = 200;
    failed.durationMs = 1234;
    failed.retries = 3;
    StoreError error = activity.append(QList<ActivityEntry>{ok, failed});
    QVERIFY2(!error.isError(), qPrintable(error.describe()));

    const QList<ActivityEntry> read = activity.entries({}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(read.size(), 2);
    const ActivityEntry &r = read.at(0);
    QCOMPARE(r.startedAt, failed.startedAt);
    QCOMPARE(r.method, failed.method);
    QCOMPARE(r.path, failed.path);
    QCOMPARE(r.parameters, failed.parameters);
    QCOMPARE(r.code, failed.code);
    QCOMPARE(r.errorKind, failed.errorKind);
    QCOMPARE(r.message, failed.message);
    QCOMPARE(r.requestId, failed.requestId);
    QCOMPARE(r.httpStatus, failed.httpStatus);
    QCOMPARE(r.durationMs, failed.durationMs);
    QCOMPARE(r.retries, failed.retries);
    QVERIFY(!r.succeeded());
    QCOMPARE(read.at(1).requestId, ok.requestId);
    QCOMPARE(read.at(1).parameters, ok.parameters);
    QVERIFY(read.at(1).succeeded());
    QCOMPARE(activity.count(), 2);
}

void TestActivityStore::newestFirstWithLimitAndSince_data()
{
    addBackendRows();
}

void TestActivityStore::newestFirstWithLimitAndSince()
{
    auto store = openStore();
    QVERIFY(store);
    ActivityStore activity(store->connection(), u"Agency"_s);
    // Appended out of time order (calls finish in any order): read back by start time.
    for (const int n : {3, 1, 5, 2, 4})
        QVERIFY(!activity.append(entry(n)).isError());
    QCOMPARE(requestIds(activity.entries()),
             QStringList({u"req-5"_s, u"req-4"_s, u"req-3"_s, u"req-2"_s, u"req-1"_s}));
    ActivityQuery limited;
    limited.limit = 2;
    QCOMPARE(requestIds(activity.entries(limited)), QStringList({u"req-5"_s, u"req-4"_s}));
    ActivityQuery since;
    since.since = t0.addSecs(3);
    QCOMPARE(requestIds(activity.entries(since)),
             QStringList({u"req-5"_s, u"req-4"_s, u"req-3"_s}));
    since.limit = 1;
    QCOMPARE(requestIds(activity.entries(since)), QStringList({u"req-5"_s}));
}

void TestActivityStore::prunesToTheNewestPerProfile_data()
{
    addBackendRows();
}

void TestActivityStore::prunesToTheNewestPerProfile()
{
    auto store = openStore();
    QVERIFY(store);
    ActivityStore agency(store->connection(), u"Agency"_s, 5);
    ActivityStore other(store->connection(), u"Other"_s, 5);
    QCOMPARE(agency.keep(), 5);
    for (int n = 1; n <= 3; ++n)
        QVERIFY(!other.append(entry(100 + n)).isError());
    for (int n = 1; n <= 12; ++n)
        QVERIFY(!agency.append(entry(n)).isError());
    QCOMPARE(agency.count(), 5);
    QCOMPARE(requestIds(agency.entries()),
             QStringList({u"req-12"_s, u"req-11"_s, u"req-10"_s, u"req-9"_s, u"req-8"_s}));
    // Another profile's entries are neither read nor pruned.
    QCOMPARE(other.count(), 3);
    QCOMPARE(requestIds(other.entries()), QStringList({u"req-103"_s, u"req-102"_s, u"req-101"_s}));
    // A batch larger than the bound keeps its newest.
    QList<ActivityEntry> batch;
    for (int n = 20; n < 28; ++n)
        batch.append(entry(n));
    QVERIFY(!agency.append(batch).isError());
    QCOMPARE(agency.count(), 5);
    QCOMPARE(requestIds(agency.entries()).first(), u"req-27"_s);
    QCOMPARE(requestIds(agency.entries()).last(), u"req-23"_s);
}

void TestActivityStore::secretsNeverStored_data()
{
    addBackendRows();
}

void TestActivityStore::secretsNeverStored()
{
    auto store = openStore();
    QVERIFY(store);
    ActivityStore activity(store->connection(), u"Agency"_s);
    // An entry as a careless caller might build it, bypassing ApiCall's redaction.
    ActivityEntry leaky;
    leaky.startedAt = t0;
    leaky.method = u"GET"_s;
    leaky.path = u"bc/invoice/task/file/?sign=SIGNPATH1&access_token=TOKENPATH2"_s;
    leaky.parameters = u"bc_id=7093123456789012345&access_token=TOKENQ3&sign=SIGNQ4&"
                       u"X-Amz-Signature=AMZSIG5&X-Goog-Credential=CRED6&"
                       u"filtering={\"secret\":\"JSONSECRET7\",\"email\":\"alice@example.com\"}"_s;
    leaky.message = u"Error transferring http://127.0.0.1:1/open_api/v1.3/x/?app_secret=SECRET8 "
                    u"- server replied: Bad Gateway"_s;
    leaky.requestId = u"req-visible"_s;
    leaky.errorKind = ApiError::Kind::Network;
    ActivityEntry body = entry(1);
    body.method = u"POST"_s;
    body.parameters = u"{\"auth_code\":\"AUTHCODE9\",\"app_id\":\"7000001\","
                      u"\"secret\":\"BODYSECRET10\",\"email\":\"bob@example.org\"}"_s;
    QVERIFY(!activity.append(QList<ActivityEntry>{leaky, body}).isError());

    const QStringList secrets = {u"SIGNPATH1"_s,   u"TOKENPATH2"_s,        u"TOKENQ3"_s,
                                 u"SIGNQ4"_s,      u"AMZSIG5"_s,           u"CRED6"_s,
                                 u"JSONSECRET7"_s, u"alice@example.com"_s, u"SECRET8"_s,
                                 u"AUTHCODE9"_s,   u"BODYSECRET10"_s,      u"bob@example.org"_s};
    const QStringList visible = {u"7093123456789012345"_s, u"req-visible"_s, u"7000001"_s,
                                 u"bc/invoice/task/file/"_s, u"Bad Gateway"_s};
    QString readBack;
    for (const ActivityEntry &e : activity.entries())
        readBack += e.path + e.parameters + e.message + e.requestId;
    const QString table = rawTable(store->connection());
    QByteArray files;
    if (store->connection().backend() == StoreBackend::Sqlite) {
        const QString path = store->connection().location().path();
        files = readAll(path) + readAll(path + u"-wal"_s);
        QVERIFY(!files.isEmpty());
    }
    for (const QString &secret : secrets) {
        QVERIFY2(!readBack.contains(secret), qPrintable(secret + u" in "_s + readBack));
        QVERIFY2(!table.contains(secret), qPrintable(secret + u" in the table"_s));
        QVERIFY2(!files.contains(secret.toUtf8()), qPrintable(secret + u" in the file"_s));
    }
    for (const QString &kept : visible) {
        QVERIFY2(readBack.contains(kept), qPrintable(kept + u" not in "_s + readBack));
        QVERIFY2(table.contains(kept), qPrintable(kept));
        if (!files.isEmpty())
            QVERIFY2(files.contains(kept.toUtf8()), qPrintable(kept));
    }
}

void TestActivityStore::recorderFollowsTheLog_data()
{
    addBackendRows();
}

void TestActivityStore::recorderFollowsTheLog()
{
    auto store = openStore();
    QVERIFY(store);
    ActivityStore activity(store->connection(), u"Agency"_s, 3);
    bc::api::ActivityLog log(2); // the in-memory log is smaller: the store keeps more
    {
        ActivityRecorder recorder(&log, &activity);
        for (int n = 1; n <= 4; ++n)
            log.append(entry(n));
        QCOMPARE(recorder.recordedCount(), 4);
        QCOMPARE(recorder.failedCount(), 0);
        QCOMPARE(log.size(), 2);
    }
    QCOMPARE(requestIds(activity.entries()), QStringList({u"req-4"_s, u"req-3"_s, u"req-2"_s}));
    // The recorder is gone: nothing more is kept.
    log.append(entry(5));
    QCOMPARE(activity.count(), 3);
    QCOMPARE(requestIds(activity.entries()).first(), u"req-4"_s);
}

QTEST_GUILESS_MAIN(TestActivityStore)
#include "tst_activitystore.moc"
