#include "core/store/mirrorlist.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "core/store/schema.h"
#include "tests/support/postgresfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::store;
using bc::testsupport::PostgresFixture;

Q_DECLARE_METATYPE(bc::store::StoreIdentity)
Q_DECLARE_METATYPE(bc::store::StoreError::Kind)

// Upserts and deletes of MirrorStore (issue 5, "Sync" and "Profiles"): complete vs partial
// listings, scopes, freshness, digit-exact ids, raw JSON, exact money, failed writes, profile
// isolation, and MirrorWriter's worker thread. Every case runs on SQLite and, when
// BC_TEST_POSTGRES names a server, on PostgreSQL.
class TestMirrorStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void upsertsById_data();
    void upsertsById();
    void repeatedIdInOneListingIsOneRow_data();
    void repeatedIdInOneListingIsOneRow();
    void completeListingRemovesWhatDisappeared_data();
    void completeListingRemovesWhatDisappeared();
    void completeListingAfterReopenAtTheSameTime_data();
    void completeListingAfterReopenAtTheSameTime();
    void scopesAreIndependent_data();
    void scopesAreIndependent();
    void freshnessComesFromCompleteListings_data();
    void freshnessComesFromCompleteListings();
    void idsStayDigitExact_data();
    void idsStayDigitExact();
    void rowsWithoutIdAreSkipped_data();
    void rowsWithoutIdAreSkipped();
    void vanishedScopesArePruned_data();
    void vanishedScopesArePruned();
    void pendingInviteesAreKeyedByEmail_data();
    void pendingInviteesAreKeyedByEmail();
    void singleRowListsNeedNoId_data();
    void singleRowListsNeedNoId();
    void keylessTransactionsStayApart_data();
    void keylessTransactionsStayApart();
    void rawKeepsUnknownFieldsAndNulls_data();
    void rawKeepsUnknownFieldsAndNulls();
    void moneyIsExactMinorUnits_data();
    void moneyIsExactMinorUnits();
    void failedWriteKeepsPreviousRows_data();
    void failedWriteKeepsPreviousRows();
    void profilesNeverSeeEachOther_data();
    void profilesNeverSeeEachOther();
    void wrongProfileChangesNothing_data();
    void wrongProfileChangesNothing();
    void writerAppliesWritesInOrder_data();
    void writerAppliesWritesInOrder();
    void writerDestructorFinishesPendingWrites_data();
    void writerDestructorFinishesPendingWrites();
    void writerReportsOpenFailureForEachWrite_data();
    void writerReportsOpenFailureForEachWrite();

private:
    // A new, empty place for a mirror: a file in this test's temporary folder, or a fresh
    // PostgreSQL database.
    StoreLocation newLocation(const QString &name = u"mirror"_s);
    std::unique_ptr<MirrorStore> openStore(const StoreLocation &location);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
};

namespace {

const StoreIdentity sandbox{u"Agency sandbox"_s, u"sandbox"_s,
                            u"https://sandbox-ads.tiktok.com/open_api/"_s};
const StoreIdentity production{u"Agency"_s, u"production"_s,
                               u"https://business-api.tiktok.com/open_api/"_s};

void addBackendColumn()
{
    QTest::addColumn<QString>("backend");
}

bool postgresRequested()
{
    return !qEnvironmentVariableIsEmpty("BC_TEST_POSTGRES");
}

void addBackendRows()
{
    addBackendColumn();
    QTest::newRow("sqlite") << u"sqlite"_s;
    if (postgresRequested())
        QTest::newRow("postgres") << u"postgres"_s;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!document.isObject())
        qFatal("bad test JSON: %s: %s", text, qPrintable(error.errorString()));
    return document.object();
}

QJsonObject adAccount(const QString &id, const QString &name = {})
{
    return {{u"asset_id"_s, id},
            {u"asset_name"_s, name.isEmpty() ? u"Account "_s + id : name},
            {u"advertiser_role"_s, u"ADMIN"_s}};
}

ListWrite listing(MirrorList list, const QList<QJsonObject> &rows, bool complete,
                  const QString &scope = {}, const QString &bcId = u"bc1"_s)
{
    ListWrite write;
    write.list = list;
    write.bcId = bcId;
    write.scope = scope;
    write.rows = rows;
    write.complete = complete;
    return write;
}

QStringList idsOf(const QList<MirrorRow> &rows)
{
    QStringList ids;
    for (const MirrorRow &row : rows)
        ids.append(row.id);
    return ids;
}

QStringList namesOf(const QList<MirrorRow> &rows)
{
    QStringList names;
    for (const MirrorRow &row : rows)
        names.append(row.raw.value(u"asset_name"_s).toString());
    return names;
}

// One typed column of one row, read with SQL (as the models will).
QVariant column(MirrorStore &store, const QString &table, const QString &name, const QString &id)
{
    QSqlQuery query(store.connection().database());
    query.prepare(u"SELECT "_s + name + u" FROM "_s + table + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        qWarning("%s.%s of %s: %s", qPrintable(table), qPrintable(name), qPrintable(id),
                 qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

bool runSql(MirrorStore &store, const QString &sql)
{
    QSqlQuery query(store.connection().database());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

void TestMirrorStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMirrorStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_postgres = std::make_unique<PostgresFixture>();
}

void TestMirrorStore::cleanup()
{
    m_postgres.reset();
    m_dir.reset();
}

StoreLocation TestMirrorStore::newLocation(const QString &name)
{
    QFETCH(QString, backend);
    if (backend == u"sqlite")
        return StoreLocation::sqliteFile(m_dir->filePath(name + u"/mirror.sqlite"_s));
    const QString conninfo = m_postgres->createDatabase();
    if (conninfo.isEmpty())
        qWarning("PostgresFixture: %s", qPrintable(m_postgres->lastError()));
    return StoreLocation::postgres(conninfo);
}

std::unique_ptr<MirrorStore> TestMirrorStore::openStore(const StoreLocation &location)
{
    StoreError error;
    std::unique_ptr<MirrorStore> store = MirrorStore::open(location, sandbox, &error);
    if (!store)
        qWarning("MirrorStore::open: %s", qPrintable(error.describe()));
    return store;
}

#define WRITE_OK(target, listingToWrite) \
    do { \
        const ListWriteResult result_ = (target).write(listingToWrite); \
        QVERIFY2(!result_.error.isError(), qPrintable(result_.error.describe())); \
    } while (false)

void TestMirrorStore::upsertsById_data()
{
    addBackendRows();
}

void TestMirrorStore::upsertsById()
{
    auto store = openStore(newLocation());
    QVERIFY(store);
    ListWriteResult result = store->write(listing(
            MirrorList::AdAccounts, {adAccount(u"1"_s, u"One"_s), adAccount(u"2"_s)}, false));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, 2);

    result =
            store->write(listing(MirrorList::AdAccounts, {adAccount(u"1"_s, u"Renamed"_s)}, false));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, 1);
    QCOMPARE(result.removed, 0);

    const QList<MirrorRow> rows = store->rows(MirrorList::AdAccounts, u"bc1"_s);
    QCOMPARE(idsOf(rows), QStringList({u"1"_s, u"2"_s}));
    QCOMPARE(namesOf(rows), QStringList({u"Renamed"_s, u"Account 2"_s}));
    QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), 2);
    // The typed copy follows the raw object.
    QCOMPARE(column(*store, u"ad_accounts"_s, u"name"_s, u"1"_s).toString(), u"Renamed"_s);
    QCOMPARE(column(*store, u"ad_accounts"_s, u"advertiser_role"_s, u"1"_s).toString(), u"ADMIN"_s);
}

void TestMirrorStore::repeatedIdInOneListingIsOneRow_data()
{
    addBackendRows();
}

void TestMirrorStore::repeatedIdInOneListingIsOneRow()
{
    // Offset pagination repeats a row when the list changes between pages: the id is still the id.
    auto store = openStore(newLocation());
    QVERIFY(store);
    WRITE_OK(*store,
             listing(MirrorList::AdAccounts,
                     {adAccount(u"1"_s, u"Old"_s), adAccount(u"2"_s), adAccount(u"1"_s, u"New"_s)},
                     true));
    const QList<MirrorRow> rows = store->rows(MirrorList::AdAccounts, u"bc1"_s);
    QCOMPARE(idsOf(rows), QStringList({u"1"_s, u"2"_s}));
    QCOMPARE(namesOf(rows).constFirst(), u"New"_s);
    const auto fresh = store->freshness(MirrorList::AdAccounts, u"bc1"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->rowCount, 2);
}

void TestMirrorStore::completeListingRemovesWhatDisappeared_data()
{
    addBackendColumn();
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("removed");
    const QList<std::pair<const char *, QString>> backends = {{"sqlite", u"sqlite"_s},
                                                              {"postgres", u"postgres"_s}};
    for (const auto &[tag, backend] : backends) {
        if (backend == u"postgres" && !postgresRequested())
            continue;
        QTest::addRow("%s/complete", tag) << backend << true << QStringList({u"2"_s, u"4"_s}) << 2;
        QTest::addRow("%s/partial", tag)
                << backend << false << QStringList({u"1"_s, u"2"_s, u"3"_s, u"4"_s}) << 0;
    }
}

void TestMirrorStore::completeListingRemovesWhatDisappeared()
{
    QFETCH(bool, complete);
    QFETCH(QStringList, expected);
    QFETCH(int, removed);
    auto store = openStore(newLocation());
    QVERIFY(store);
    WRITE_OK(*store, listing(MirrorList::AdAccounts,
                             {adAccount(u"1"_s), adAccount(u"2"_s), adAccount(u"3"_s)}, true));
    // Another BC's accounts are never touched by this BC's listing.
    WRITE_OK(*store, listing(MirrorList::AdAccounts, {adAccount(u"1"_s)}, true, {}, u"bc2"_s));

    const ListWriteResult result = store->write(
            listing(MirrorList::AdAccounts, {adAccount(u"2"_s), adAccount(u"4"_s)}, complete));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, 2);
    QCOMPARE(result.removed, removed);
    QCOMPARE(idsOf(store->rows(MirrorList::AdAccounts, u"bc1"_s)), expected);
    QCOMPARE(idsOf(store->rows(MirrorList::AdAccounts, u"bc2"_s)), QStringList({u"1"_s}));

    // An empty complete listing empties the list; an empty partial one changes nothing.
    WRITE_OK(*store, listing(MirrorList::AdAccounts, {}, complete));
    QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), complete ? 0 : 4);
}

void TestMirrorStore::completeListingAfterReopenAtTheSameTime_data()
{
    addBackendRows();
}

void TestMirrorStore::completeListingAfterReopenAtTheSameTime()
{
    // Two runs of the program may stamp their listings with the same millisecond (a sync that
    // passes the time it started, a clock that was set back): the second listing must still
    // remove what it no longer contains.
    const StoreLocation location = newLocation();
    const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    {
        auto store = openStore(location);
        QVERIFY(store);
        ListWrite write =
                listing(MirrorList::AdAccounts, {adAccount(u"1"_s), adAccount(u"2"_s)}, true);
        write.fetchedAt = at;
        WRITE_OK(*store, write);
    }
    auto store = openStore(location);
    QVERIFY(store);
    ListWrite write = listing(MirrorList::AdAccounts, {adAccount(u"2"_s)}, true);
    write.fetchedAt = at;
    const ListWriteResult result = store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.removed, 1);
    QCOMPARE(idsOf(store->rows(MirrorList::AdAccounts, u"bc1"_s)), QStringList({u"2"_s}));
}

void TestMirrorStore::scopesAreIndependent_data()
{
    addBackendRows();
}

void TestMirrorStore::scopesAreIndependent()
{
    auto store = openStore(newLocation());
    QVERIFY(store);
    auto asset = [](const char *id, const char *type) {
        return QJsonObject{{u"asset_id"_s, QString::fromLatin1(id)},
                           {u"asset_type"_s, QString::fromLatin1(type)}};
    };
    WRITE_OK(*store, listing(MirrorList::Assets, {asset("10", "CATALOG"), asset("11", "CATALOG")},
                             true, u"CATALOG"_s));
    WRITE_OK(*store, listing(MirrorList::Assets, {asset("20", "PIXEL")}, true, u"PIXEL"_s));
    // A complete CATALOG listing without "11" leaves the pixels alone.
    const ListWriteResult result =
            store->write(listing(MirrorList::Assets, {asset("10", "CATALOG")}, true, u"CATALOG"_s));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.removed, 1);
    QCOMPARE(idsOf(store->rows(MirrorList::Assets, u"bc1"_s, u"CATALOG"_s)),
             QStringList({u"10"_s}));
    QCOMPARE(idsOf(store->rows(MirrorList::Assets, u"bc1"_s, u"PIXEL"_s)), QStringList({u"20"_s}));
    QCOMPARE(idsOf(store->rows(MirrorList::Assets, u"bc1"_s)), QStringList({u"10"_s, u"20"_s}));
    QCOMPARE(store->rows(MirrorList::Assets, u"bc1"_s, u"PIXEL"_s).constFirst().scope, u"PIXEL"_s);

    // The same ad account may be in two billing groups' lists; each group's listing is its own.
    auto account = [](const char *id) {
        return QJsonObject{{u"advertiser_id"_s, QString::fromLatin1(id)}};
    };
    WRITE_OK(*store, listing(MirrorList::BillingGroupAccounts, {account("1"), account("2")}, true,
                             u"bg-a"_s));
    WRITE_OK(*store, listing(MirrorList::BillingGroupAccounts, {account("2"), account("3")}, true,
                             u"bg-b"_s));
    WRITE_OK(*store, listing(MirrorList::BillingGroupAccounts, {}, true, u"bg-a"_s));
    QVERIFY(store->rows(MirrorList::BillingGroupAccounts, u"bc1"_s, u"bg-a"_s).isEmpty());
    QCOMPARE(idsOf(store->rows(MirrorList::BillingGroupAccounts, u"bc1"_s, u"bg-b"_s)),
             QStringList({u"2"_s, u"3"_s}));
    QVERIFY(store->freshness(MirrorList::BillingGroupAccounts, u"bc1"_s, u"bg-a"_s));
    QCOMPARE(store->freshness(MirrorList::BillingGroupAccounts, u"bc1"_s, u"bg-b"_s)->rowCount, 2);
    QVERIFY(!store->freshness(MirrorList::BillingGroupAccounts, u"bc1"_s, u"bg-c"_s));
}

void TestMirrorStore::freshnessComesFromCompleteListings_data()
{
    addBackendRows();
}

void TestMirrorStore::freshnessComesFromCompleteListings()
{
    auto store = openStore(newLocation());
    QVERIFY(store);
    const QDateTime first = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    const QDateTime second = first.addSecs(3600);

    ListWrite partial = listing(MirrorList::Members, {QJsonObject{{u"user_id"_s, u"7"_s}}}, false);
    partial.fetchedAt = first;
    WRITE_OK(*store, partial);
    QVERIFY(!store->freshness(MirrorList::Members, u"bc1"_s));

    ListWrite complete =
            listing(MirrorList::Members,
                    {QJsonObject{{u"user_id"_s, u"7"_s}}, QJsonObject{{u"user_id"_s, u"8"_s}},
                     QJsonObject{{u"user_id"_s, u"9"_s}}},
                    true);
    complete.fetchedAt = second;
    WRITE_OK(*store, complete);
    StoreError error;
    auto fresh = store->freshness(MirrorList::Members, u"bc1"_s, {}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QVERIFY(fresh);
    QCOMPARE(fresh->fetchedAt, second);
    QCOMPARE(fresh->rowCount, 3);
    QCOMPARE(store->rows(MirrorList::Members, u"bc1"_s).constFirst().fetchedAt, second);

    // A later partial listing neither moves the time nor the count.
    partial.fetchedAt = second.addSecs(60);
    partial.rows = {QJsonObject{{u"user_id"_s, u"10"_s}}};
    WRITE_OK(*store, partial);
    fresh = store->freshness(MirrorList::Members, u"bc1"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->fetchedAt, second);
    QCOMPARE(fresh->rowCount, 3);
    // Other lists and other BCs were never read.
    QVERIFY(!store->freshness(MirrorList::Partners, u"bc1"_s));
    QVERIFY(!store->freshness(MirrorList::Members, u"bc2"_s));

    // An empty complete listing is fresh too: the list is known to be empty.
    WRITE_OK(*store, listing(MirrorList::Partners, {}, true));
    fresh = store->freshness(MirrorList::Partners, u"bc1"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->rowCount, 0);
}

void TestMirrorStore::idsStayDigitExact_data()
{
    addBackendColumn();
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("rowJson");
    QTest::addColumn<QString>("bcId");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("textColumn");
    QTest::addColumn<QString>("expectedText");
    const QList<std::pair<const char *, QString>> backends = {{"sqlite", u"sqlite"_s},
                                                              {"postgres", u"postgres"_s}};
    for (const auto &[tag, backend] : backends) {
        if (backend == u"postgres" && !postgresRequested())
            continue;
        QTest::addRow("%s/number id", tag)
                << backend << int(MirrorList::AdAccounts)
                << u"{\"asset_id\": 7093123456789012345, \"asset_name\": \"Big\"}"_s << u"bc1"_s
                << u"7093123456789012345"_s << u"name"_s << u"Big"_s;
        QTest::addRow("%s/string id", tag)
                << backend << int(MirrorList::AdAccounts)
                << u"{\"asset_id\": \"7093123456789012345\"}"_s << u"bc1"_s
                << u"7093123456789012345"_s << QString() << QString();
        QTest::addRow("%s/nested bc id", tag)
                << backend << int(MirrorList::BusinessCenters)
                << u"{\"bc_info\": {\"bc_id\": 7188888888888888881, \"name\": \"BC\"}}"_s
                << QString() << u"7188888888888888881"_s << u"name"_s << u"BC"_s;
        QTest::addRow("%s/number in a text column", tag)
                << backend << int(MirrorList::Invoices)
                << u"{\"invoice_id\": 7300000000000000001, \"billing_group_id\": "
                   u"7299999999999999999}"_s
                << u"bc1"_s << u"7300000000000000001"_s << u"billing_group_id"_s
                << u"7299999999999999999"_s;
    }
}

void TestMirrorStore::idsStayDigitExact()
{
    QFETCH(int, list);
    QFETCH(QString, rowJson);
    QFETCH(QString, bcId);
    QFETCH(QString, expectedId);
    QFETCH(QString, textColumn);
    QFETCH(QString, expectedText);
    auto store = openStore(newLocation());
    QVERIFY(store);
    const QJsonObject row = json(rowJson.toUtf8().constData());
    const auto mirrorList = MirrorList(list);
    QCOMPARE(MirrorStore::rowId(mirrorListSpec(mirrorList), row), expectedId);
    WRITE_OK(*store, listing(mirrorList, {row}, true, {}, bcId));

    const QList<MirrorRow> rows = store->rows(mirrorList, bcId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().id, expectedId);
    // The raw object read back still holds the number exactly.
    QCOMPARE(rows.constFirst().raw, row);
    if (!textColumn.isEmpty())
        QCOMPARE(
                column(*store, mirrorListSpec(mirrorList).table, textColumn, expectedId).toString(),
                expectedText);
}

void TestMirrorStore::rowsWithoutIdAreSkipped_data()
{
    addBackendRows();
}

void TestMirrorStore::rowsWithoutIdAreSkipped()
{
    auto store = openStore(newLocation());
    QVERIFY(store);
    const ListWriteResult result = store->write(
            listing(MirrorList::AdAccounts,
                    {json(R"({"asset_name": "no id"})"), json(R"({"asset_id": null})"),
                     json(R"({"asset_id": ""})"), json(R"({"asset_id": "  "})"), adAccount(u"5"_s)},
                    true));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.skipped, 4);
    QCOMPARE(result.upserted, 1);
    QCOMPARE(idsOf(store->rows(MirrorList::AdAccounts, u"bc1"_s)), QStringList({u"5"_s}));
    QCOMPARE(store->freshness(MirrorList::AdAccounts, u"bc1"_s)->rowCount, 1);
}

void TestMirrorStore::vanishedScopesArePruned_data()
{
    addBackendRows();
}

void TestMirrorStore::vanishedScopesArePruned()
{
    // Billing group g2 is gone: writing g1's accounts with the groups that still exist removes
    // g2's accounts and freshness; another BC's rows are untouched.
    auto store = openStore(newLocation());
    QVERIFY(store);
    const QJsonObject account = json(R"({"advertiser_id": "7"})");
    for (const auto &[bcId, group] : {std::pair{u"bc1"_s, u"g1"_s}, std::pair{u"bc1"_s, u"g2"_s},
                                      std::pair{u"bc2"_s, u"g2"_s}}) {
        QVERIFY(!store->write(listing(MirrorList::BillingGroupAccounts, {account}, true, group,
                                      bcId))
                         .error.isError());
    }
    ListWrite write = listing(MirrorList::BillingGroupAccounts, {account}, true, u"g1"_s);
    write.otherScopesToKeep = QStringList{u"g1"_s, u"g3"_s};
    const ListWriteResult result = store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.removed, 1);
    QCOMPARE(store->rows(MirrorList::BillingGroupAccounts, u"bc1"_s).size(), 1);
    QVERIFY(!store->freshness(MirrorList::BillingGroupAccounts, u"bc1"_s, u"g2"_s));
    QVERIFY(store->freshness(MirrorList::BillingGroupAccounts, u"bc1"_s, u"g1"_s));
    QCOMPARE(store->rows(MirrorList::BillingGroupAccounts, u"bc2"_s).size(), 1);

    // An empty keep list leaves only the scope written (the cost range read last).
    ListWrite costs = listing(MirrorList::AccountCosts, {json(R"({"advertiser_id": "7"})")}, true,
                              u"2026-10-01..2026-10-30"_s);
    QVERIFY(!store->write(costs).error.isError());
    costs.scope = u"2026-10-02..2026-10-31"_s;
    costs.otherScopesToKeep = QStringList{};
    QVERIFY(!store->write(costs).error.isError());
    const QList<MirrorRow> rows = store->rows(MirrorList::AccountCosts, u"bc1"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().scope, u"2026-10-02..2026-10-31"_s);

    // A partial listing never prunes.
    ListWrite partial =
            listing(MirrorList::BillingGroupAccounts, {account}, false, u"g1"_s, u"bc2"_s);
    partial.otherScopesToKeep = QStringList{};
    QVERIFY(!store->write(partial).error.isError());
    QCOMPARE(store->rows(MirrorList::BillingGroupAccounts, u"bc2"_s).size(), 2);
}

void TestMirrorStore::pendingInviteesAreKeyedByEmail_data()
{
    addBackendRows();
}

void TestMirrorStore::pendingInviteesAreKeyedByEmail()
{
    // An invitation not yet accepted has no user id; it is still a member row an admin needs.
    auto store = openStore(newLocation());
    QVERIFY(store);
    const ListWriteResult result =
            store->write(listing(MirrorList::Members,
                                 {json(R"({"user_id": "42", "user_email": "ann@example.test"})"),
                                  json(R"({"user_id": null, "user_email": "bob@example.test",
                      "relation_status": "PENDING"})"),
                                  json(R"({"user_id": null, "user_email": null})")},
                                 true));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, 2);
    QCOMPARE(result.skipped, 1);
    QCOMPARE(idsOf(store->rows(MirrorList::Members, u"bc1"_s)),
             QStringList({u"42"_s, u"user_email:bob@example.test"_s}));
}

void TestMirrorStore::singleRowListsNeedNoId_data()
{
    addBackendRows();
}

void TestMirrorStore::singleRowListsNeedNoId()
{
    // The BC balance is one object without an id of its own.
    auto store = openStore(newLocation());
    QVERIFY(store);
    for (const char *balance : {R"({"cash_balance": "10.00", "currency": "USD"})",
                                R"({"cash_balance": "12.50", "currency": "USD"})"}) {
        const ListWriteResult result =
                store->write(listing(MirrorList::BcBalance, {json(balance)}, true));
        QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
        QCOMPARE(result.upserted, 1);
    }
    const QList<MirrorRow> rows = store->rows(MirrorList::BcBalance, u"bc1"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().raw.value(u"cash_balance"_s).toString(), u"12.50"_s);
}

void TestMirrorStore::keylessTransactionsStayApart_data()
{
    addBackendRows();
}

void TestMirrorStore::keylessTransactionsStayApart()
{
    // BC transactions have no id: two top-ups of the same amount on the same day are two rows.
    auto store = openStore(newLocation());
    QVERIFY(store);
    const QJsonObject topUp = json(R"({"date": "2026-03-01", "funds_type": "CASH", "amount": 100.5,
                                       "currency": "USD", "invoice_id": null})");
    const QJsonObject other = json(R"({"date": "2026-03-01", "funds_type": "CASH", "amount": 7,
                                       "currency": "USD"})");
    const ListWrite write = listing(MirrorList::BcTransactions, {topUp, other, topUp}, true);
    ListWriteResult result = store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, 3);
    QCOMPARE(result.skipped, 0);
    QList<MirrorRow> rows = store->rows(MirrorList::BcTransactions, u"bc1"_s);
    QCOMPARE(rows.size(), 3);
    const QString topUpId = MirrorStore::rowId(mirrorListSpec(MirrorList::BcTransactions), topUp);
    QVERIFY(!topUpId.isEmpty());
    QVERIFY(idsOf(rows).contains(topUpId));
    QVERIFY(idsOf(rows).contains(topUpId + u"#2"_s));
    QCOMPARE(column(*store, u"bc_transactions"_s, u"amount"_s, topUpId).toLongLong(), 10050);

    // The same listing again is the same rows, not three more.
    result = store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.removed, 0);
    rows = store->rows(MirrorList::BcTransactions, u"bc1"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(store->freshness(MirrorList::BcTransactions, u"bc1"_s)->rowCount, 3);
}

void TestMirrorStore::rawKeepsUnknownFieldsAndNulls_data()
{
    addBackendRows();
}

void TestMirrorStore::rawKeepsUnknownFieldsAndNulls()
{
    auto store = openStore(newLocation());
    QVERIFY(store);
    const QJsonObject row = json(R"({"asset_id": "42", "asset_name": "Zoë 🚀 'quoted' \"x\"",
        "owner_bc_name": null, "future_field": {"nested": [1, 2.5, "three", null, true]},
        "big": 7093123456789012345, "empty": {}})");
    WRITE_OK(*store, listing(MirrorList::AdAccounts, {row}, false));
    const QList<MirrorRow> rows = store->rows(MirrorList::AdAccounts, u"bc1"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().raw, row);
    QVERIFY(rows.constFirst().raw.contains(u"owner_bc_name"_s));
    QVERIFY(rows.constFirst().raw.value(u"owner_bc_name"_s).isNull());
    // A null field is a NULL typed column, not the text "null".
    QVERIFY(column(*store, u"ad_accounts"_s, u"owner_bc_name"_s, u"42"_s).isNull());
    QCOMPARE(column(*store, u"ad_accounts"_s, u"name"_s, u"42"_s).toString(),
             u"Zoë 🚀 'quoted' \"x\""_s);
}

void TestMirrorStore::moneyIsExactMinorUnits_data()
{
    addBackendColumn();
    QTest::addColumn<QString>("amountJson");
    QTest::addColumn<QVariant>("expected"); // minor units, or an invalid QVariant for NULL
    const QList<std::pair<const char *, QString>> backends = {{"sqlite", u"sqlite"_s},
                                                              {"postgres", u"postgres"_s}};
    for (const auto &[tag, backend] : backends) {
        if (backend == u"postgres" && !postgresRequested())
            continue;
        QTest::addRow("%s/string 12.34", tag) << backend << u"\"12.34\""_s << QVariant(1234LL);
        QTest::addRow("%s/number 12.34", tag) << backend << u"12.34"_s << QVariant(1234LL);
        // Doubles whose product with 100 is not a whole number: 4.35 * 100 = 434.99999999999994.
        QTest::addRow("%s/number 4.35", tag) << backend << u"4.35"_s << QVariant(435LL);
        QTest::addRow("%s/number 0.29", tag) << backend << u"0.29"_s << QVariant(29LL);
        QTest::addRow("%s/number 1.1", tag) << backend << u"1.1"_s << QVariant(110LL);
        QTest::addRow("%s/whole number", tag) << backend << u"250"_s << QVariant(25000LL);
        QTest::addRow("%s/negative", tag) << backend << u"\"-0.07\""_s << QVariant(-7LL);
        QTest::addRow("%s/large", tag)
                << backend << u"\"92233720368547758.07\""_s << QVariant(9223372036854775807LL);
        QTest::addRow("%s/null", tag) << backend << u"null"_s << QVariant();
        QTest::addRow("%s/not a number", tag) << backend << u"\"n/a\""_s << QVariant();
    }
}

void TestMirrorStore::moneyIsExactMinorUnits()
{
    QFETCH(QString, amountJson);
    QFETCH(QVariant, expected);
    auto store = openStore(newLocation());
    QVERIFY(store);
    const QByteArray text = "{\"invoice_id\": \"inv1\", \"amount\": " + amountJson.toUtf8()
                            + ", \"total_tax_amount\": 0.3, \"currency_code\": \"USD\"}";
    WRITE_OK(*store, listing(MirrorList::Invoices, {json(text.constData())}, true));
    const QVariant stored = column(*store, u"invoices"_s, u"amount"_s, u"inv1"_s);
    if (expected.isValid()) {
        QVERIFY(!stored.isNull());
        QCOMPARE(stored.toLongLong(), expected.toLongLong());
    } else {
        QVERIFY(stored.isNull());
    }
    QCOMPARE(column(*store, u"invoices"_s, u"total_tax_amount"_s, u"inv1"_s).toLongLong(), 30);
    QCOMPARE(column(*store, u"invoices"_s, u"currency"_s, u"inv1"_s).toString(), u"USD"_s);

    // Sums in SQL stay exact: 0.1 + 0.2 is 30 cents, not 30.000000000000004.
    WRITE_OK(*store, listing(MirrorList::AccountTransactions,
                             {json(R"({"transaction_id": "t1", "amount": 0.1})"),
                              json(R"({"transaction_id": "t2", "amount": 0.2})")},
                             true));
    QSqlQuery sum(store->connection().database());
    QVERIFY(sum.exec(u"SELECT sum(amount) FROM account_transactions"_s));
    QVERIFY(sum.next());
    QCOMPARE(sum.value(0).toLongLong(), 30);
}

void TestMirrorStore::failedWriteKeepsPreviousRows_data()
{
    addBackendColumn();
    QTest::addColumn<QString>("breakage");
    const QList<std::pair<const char *, QString>> backends = {{"sqlite", u"sqlite"_s},
                                                              {"postgres", u"postgres"_s}};
    for (const auto &[tag, backend] : backends) {
        if (backend == u"postgres" && !postgresRequested())
            continue;
        // The third row is refused after the first two were upserted.
        QTest::addRow("%s/row refused midway", tag) << backend << u"trigger"_s;
        // Every row is upserted and the stale ones deleted, then recording the fetch fails.
        QTest::addRow("%s/fetch record fails last", tag) << backend << u"list_fetches"_s;
    }
}

void TestMirrorStore::failedWriteKeepsPreviousRows()
{
    QFETCH(QString, backend);
    QFETCH(QString, breakage);
    auto store = openStore(newLocation());
    QVERIFY(store);
    const QDateTime first = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    ListWrite before = listing(MirrorList::AdAccounts,
                               {adAccount(u"1"_s, u"One"_s), adAccount(u"2"_s, u"Two"_s),
                                adAccount(u"3"_s, u"Three"_s)},
                               true);
    before.fetchedAt = first;
    WRITE_OK(*store, before);

    if (breakage == u"trigger") {
        if (backend == u"sqlite") {
            QVERIFY(runSql(*store,
                           u"CREATE TRIGGER refuse_four BEFORE INSERT ON ad_accounts "
                           u"WHEN NEW.id = '4' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        } else {
            QVERIFY(runSql(*store, u"CREATE FUNCTION refuse_four() RETURNS trigger LANGUAGE "
                                   u"plpgsql AS 'BEGIN IF NEW.id = ''4'' THEN RAISE EXCEPTION "
                                   u"''refused''; END IF; RETURN NEW; END'"_s));
            QVERIFY(runSql(*store, u"CREATE TRIGGER refuse_four BEFORE INSERT ON ad_accounts "
                                   u"FOR EACH ROW EXECUTE FUNCTION refuse_four()"_s));
        }
    } else {
        QVERIFY(runSql(*store, u"DROP TABLE list_fetches"_s));
    }

    ListWrite after = listing(MirrorList::AdAccounts,
                              {adAccount(u"1"_s, u"Changed"_s), adAccount(u"2"_s, u"Changed"_s),
                               adAccount(u"4"_s, u"Four"_s)},
                              true);
    after.fetchedAt = first.addSecs(60);
    const ListWriteResult result = store->write(after);
    QVERIFY(result.error.isError());
    QVERIFY(!result.error.message().isEmpty());
    QCOMPARE(result.upserted, 0);
    QCOMPARE(result.removed, 0);

    const QList<MirrorRow> rows = store->rows(MirrorList::AdAccounts, u"bc1"_s);
    QCOMPARE(idsOf(rows), QStringList({u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(namesOf(rows), QStringList({u"One"_s, u"Two"_s, u"Three"_s}));
    for (const MirrorRow &row : rows)
        QCOMPARE(row.fetchedAt, first);
    if (breakage == u"trigger") {
        const auto fresh = store->freshness(MirrorList::AdAccounts, u"bc1"_s);
        QVERIFY(fresh);
        QCOMPARE(fresh->fetchedAt, first);
        QCOMPARE(fresh->rowCount, 3);
        // The connection is still usable after the rollback.
        WRITE_OK(*store, listing(MirrorList::AdAccounts, {adAccount(u"5"_s)}, false));
        QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), 4);
    }
}

void TestMirrorStore::profilesNeverSeeEachOther_data()
{
    addBackendRows();
}

void TestMirrorStore::profilesNeverSeeEachOther()
{
    const StoreLocation sandboxLocation = newLocation(u"sandbox"_s);
    const StoreLocation productionLocation = newLocation(u"production"_s);
    QVERIFY(sandboxLocation.path() != productionLocation.path());
    StoreError error;
    auto sandboxStore = MirrorStore::open(sandboxLocation, sandbox, &error);
    QVERIFY2(sandboxStore, qPrintable(error.describe()));
    auto productionStore = MirrorStore::open(productionLocation, production, &error);
    QVERIFY2(productionStore, qPrintable(error.describe()));
    QCOMPARE(sandboxStore->identity(), sandbox);
    QCOMPARE(productionStore->identity(), production);

    WRITE_OK(*sandboxStore,
             listing(MirrorList::AdAccounts, {adAccount(u"111"_s, u"Sandbox"_s)}, true));
    WRITE_OK(*productionStore,
             listing(MirrorList::AdAccounts, {adAccount(u"222"_s, u"Production"_s)}, true));
    // Same BC id, same list, same scope: still two worlds.
    QCOMPARE(idsOf(sandboxStore->rows(MirrorList::AdAccounts, u"bc1"_s)), QStringList({u"111"_s}));
    QCOMPARE(idsOf(productionStore->rows(MirrorList::AdAccounts, u"bc1"_s)),
             QStringList({u"222"_s}));
    QCOMPARE(sandboxStore->freshness(MirrorList::AdAccounts, u"bc1"_s)->rowCount, 1);
    QCOMPARE(productionStore->freshness(MirrorList::AdAccounts, u"bc1"_s)->rowCount, 1);
}

void TestMirrorStore::wrongProfileChangesNothing_data()
{
    addBackendColumn();
    QTest::addColumn<StoreIdentity>("other");
    QTest::addColumn<bool>("atVersion1");
    const QList<std::pair<const char *, QString>> backends = {{"sqlite", u"sqlite"_s},
                                                              {"postgres", u"postgres"_s}};
    const StoreIdentity otherApi{u"Agency sandbox"_s, u"sandbox"_s,
                                 u"https://other.example/open_api/"_s};
    for (const auto &[tag, backend] : backends) {
        if (backend == u"postgres" && !postgresRequested())
            continue;
        QTest::addRow("%s/production identity", tag) << backend << production << false;
        QTest::addRow("%s/another API base", tag) << backend << otherApi << false;
        // An older mirror is not even migrated for the wrong profile.
        QTest::addRow("%s/production identity, old schema", tag) << backend << production << true;
    }
}

void TestMirrorStore::wrongProfileChangesNothing()
{
    QFETCH(StoreIdentity, other);
    QFETCH(bool, atVersion1);
    const StoreLocation location = newLocation(u"sandbox"_s);
    {
        auto store = openStore(location);
        QVERIFY(store);
        WRITE_OK(*store, listing(MirrorList::AdAccounts, {adAccount(u"111"_s)}, true));
        if (atVersion1) {
            // What the first release left: no audit log yet.
            QVERIFY(runSql(*store, u"DROP TABLE audit_log"_s));
            QVERIFY(runSql(*store, u"DROP TABLE activity"_s));
            QVERIFY(runSql(*store, u"DROP TABLE invoice_files"_s));
            if (store->connection().backend() == StoreBackend::Postgres)
                QVERIFY(runSql(*store, u"DROP FUNCTION audit_log_append_only()"_s));
            QVERIFY(runSql(*store, u"UPDATE meta SET value = '1' WHERE key = 'schema_version'"_s));
        }
    }

    StoreError error;
    OpenReport report;
    auto wrong = MirrorStore::open(location, other, &error, &report);
    QVERIFY(!wrong);
    QCOMPARE(error.kind(), StoreError::Kind::WrongProfile);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(report.movedAsidePath.isEmpty());

    StoreError connectError;
    auto connection = StoreConnection::open(location, &connectError);
    QVERIFY2(connection, qPrintable(connectError.describe()));
    StoreError versionError;
    QCOMPARE(Schema::currentVersion(*connection, &versionError),
             atVersion1 ? 1 : Schema::latestVersion());
    QCOMPARE(connection->database().tables().contains(u"audit_log"_s), !atVersion1);
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(u"SELECT key, value FROM meta ORDER BY key"_s));
    QStringList meta;
    while (query.next())
        meta.append(query.value(0).toString() + u'=' + query.value(1).toString());
    QCOMPARE(meta,
             QStringList(
                     {u"api_base="_s + sandbox.apiBase, u"created_by_profile="_s + sandbox.profile,
                      u"environment=sandbox"_s,
                      u"schema_version="_s
                              + (atVersion1 ? u"1"_s : QString::number(Schema::latestVersion()))}));
    connection.reset();

    auto store = openStore(location);
    QVERIFY(store);
    QCOMPARE(idsOf(store->rows(MirrorList::AdAccounts, u"bc1"_s)), QStringList({u"111"_s}));
}

void TestMirrorStore::writerAppliesWritesInOrder_data()
{
    addBackendRows();
}

void TestMirrorStore::writerAppliesWritesInOrder()
{
    const StoreLocation location = newLocation();
    MirrorWriter writer(location, sandbox);
    QSignalSpy opened(&writer, &MirrorWriter::opened);
    QSignalSpy written(&writer, &MirrorWriter::written);
    QSignalSpy idle(&writer, &MirrorWriter::idle);
    writer.start();

    // Each write depends on the one before: only the order submitted gives {2, 5}.
    const quint64 t1 = writer.submit(
            listing(MirrorList::AdAccounts, {adAccount(u"1"_s), adAccount(u"2"_s)}, true));
    const quint64 t2 = writer.submit(listing(MirrorList::AdAccounts, {adAccount(u"3"_s)}, false));
    const quint64 t3 = writer.submit(
            listing(MirrorList::AdAccounts, {adAccount(u"2"_s), adAccount(u"5"_s)}, true));
    QVERIFY(t1 < t2 && t2 < t3);
    QCOMPARE(writer.pendingWrites(), 3);
    QVERIFY(idle.wait(10000));
    QCOMPARE(idle.count(), 1);
    QCOMPARE(writer.pendingWrites(), 0);

    QCOMPARE(opened.count(), 1);
    const auto openError = opened.constFirst().at(0).value<StoreError>();
    QVERIFY2(!openError.isError(), qPrintable(openError.describe()));
    QCOMPARE(opened.constFirst().at(1).value<OpenReport>().migratedFrom, 0);

    QCOMPARE(written.count(), 3);
    const QList<quint64> tickets = {t1, t2, t3};
    const QList<int> removed = {0, 0, 2};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(written.at(i).at(0).value<quint64>(), tickets.at(i));
        const auto result = written.at(i).at(1).value<ListWriteResult>();
        QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
        QCOMPARE(result.removed, removed.at(i));
    }

    // A second burst after idle: idle again once it is done.
    writer.submit(listing(MirrorList::Partners, {QJsonObject{{u"bc_id"_s, u"p1"_s}}}, true));
    QVERIFY(idle.wait(10000));
    QCOMPARE(idle.count(), 2);

    auto store = openStore(location);
    QVERIFY(store);
    QCOMPARE(idsOf(store->rows(MirrorList::AdAccounts, u"bc1"_s)), QStringList({u"2"_s, u"5"_s}));
    QCOMPARE(store->rowCount(MirrorList::Partners, u"bc1"_s), 1);
}

void TestMirrorStore::writerDestructorFinishesPendingWrites_data()
{
    addBackendRows();
}

void TestMirrorStore::writerDestructorFinishesPendingWrites()
{
    const StoreLocation location = newLocation();
    constexpr int writes = 30;
    constexpr int rowsPerWrite = 200;
    {
        MirrorWriter writer(location, sandbox);
        for (int w = 0; w < writes; ++w) {
            QList<QJsonObject> rows;
            for (int r = 0; r < rowsPerWrite; ++r)
                rows.append(adAccount(QString::number(w * rowsPerWrite + r)));
            writer.submit(listing(MirrorList::AdAccounts, rows, false));
        }
        QCOMPARE(writer.pendingWrites(), writes);
        // Destroyed at once, with (nearly) every write still queued on the worker.
    }
    auto store = openStore(location);
    QVERIFY(store);
    QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), qint64(writes) * rowsPerWrite);
}

void TestMirrorStore::writerReportsOpenFailureForEachWrite_data()
{
    addBackendColumn();
    QTest::addColumn<StoreError::Kind>("kind");
    QTest::newRow("sqlite") << u"sqlite"_s << StoreError::Kind::CannotOpen;
    if (postgresRequested())
        QTest::newRow("postgres") << u"postgres"_s << StoreError::Kind::WrongProfile;
}

void TestMirrorStore::writerReportsOpenFailureForEachWrite()
{
    QFETCH(QString, backend);
    QFETCH(StoreError::Kind, kind);
    StoreLocation location = newLocation();
    if (backend == u"sqlite") {
        // The mirror's folder would have to be created inside a file.
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        location = StoreLocation::sqliteFile(m_dir->filePath(u"blocker/sub/mirror.sqlite"_s));
    } else {
        // A production mirror, opened by a writer for the sandbox profile.
        StoreError error;
        QVERIFY(MirrorStore::open(location, production, &error));
    }

    MirrorWriter writer(location, sandbox);
    QSignalSpy opened(&writer, &MirrorWriter::opened);
    QSignalSpy written(&writer, &MirrorWriter::written);
    QSignalSpy idle(&writer, &MirrorWriter::idle);
    const quint64 t1 = writer.submit(listing(MirrorList::AdAccounts, {adAccount(u"1"_s)}, true));
    const quint64 t2 = writer.submit(listing(MirrorList::Members, {}, true));
    QVERIFY(idle.wait(10000));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().at(0).value<StoreError>().kind(), kind);
    QCOMPARE(written.count(), 2);
    QCOMPARE(written.at(0).at(0).value<quint64>(), t1);
    QCOMPARE(written.at(1).at(0).value<quint64>(), t2);
    for (const QList<QVariant> &signal : std::as_const(written)) {
        const auto result = signal.at(1).value<ListWriteResult>();
        QCOMPARE(result.error.kind(), kind);
        QCOMPARE(result.upserted, 0);
    }
}

QTEST_GUILESS_MAIN(TestMirrorStore)
#include "tst_mirrorstore.moc"
