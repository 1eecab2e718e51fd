#include "core/store/mirrorlist.h"
#include "core/store/mirrorstore.h"
#include "core/store/schema.h"
#include "core/store/storeconnection.h"
#include "tests/support/postgresfixture.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::store;
using bc::testsupport::PostgresFixture;

// The mirror's versioned schema (issue 5, "Schema"): creation on an empty database, each migration
// step, a failing step that rolls back, and a database written by a newer program. Every case
// runs on SQLite and, when BC_TEST_POSTGRES names a server, on PostgreSQL.
class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsEveryTableAndColumn_data();
    void createsEveryTableAndColumn();
    void migratesOneStepAtATime_data();
    void migratesOneStepAtATime();
    void failingStepRollsBack_data();
    void failingStepRollsBack();
    void newerSchemaIsRefusedAndUntouched_data();
    void newerSchemaIsRefusedAndUntouched();
    void openReportsTheVersionFound_data();
    void openReportsTheVersionFound();

private:
    // Where this test's database lives: a file in a fresh temporary folder, or a fresh PostgreSQL
    // database (dropped with the fixture).
    StoreLocation newLocation();
    std::unique_ptr<StoreConnection> connect(const StoreLocation &location);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
};

namespace {

const StoreIdentity sandbox{u"Agency sandbox"_s, u"sandbox"_s,
                            u"https://sandbox-ads.tiktok.com/open_api/"_s};

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    if (!qEnvironmentVariableIsEmpty("BC_TEST_POSTGRES"))
        QTest::newRow("postgres") << u"postgres"_s;
}

QStringList tablesOf(StoreConnection &connection)
{
    QStringList tables = connection.database().tables(QSql::Tables);
    tables.sort();
    return tables;
}

QStringList columnsOf(StoreConnection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    if (connection.backend() == StoreBackend::Sqlite) {
        // PRAGMA takes no bound values; the table names here are the schema's own.
        if (!query.exec(u"PRAGMA table_info("_s + table + u')'))
            return {};
    } else {
        query.prepare(u"SELECT column_name FROM information_schema.columns "
                      u"WHERE table_schema = current_schema() AND table_name = ?"_s);
        query.addBindValue(table);
        if (!query.exec())
            return {};
    }
    const int nameField = query.record().indexOf(u"name"_s) >= 0
                                  ? query.record().indexOf(u"name"_s)
                                  : query.record().indexOf(u"column_name"_s);
    QStringList columns;
    while (query.next())
        columns.append(query.value(nameField).toString());
    return columns;
}

int versionOf(StoreConnection &connection)
{
    StoreError error;
    const int version = Schema::currentVersion(connection, &error);
    if (error.isError())
        qWarning("currentVersion: %s", qPrintable(error.describe()));
    return version;
}

QString metaValue(StoreConnection &connection, const QString &key)
{
    QSqlQuery query(connection.database());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

QJsonObject adAccount(const QString &id, const QString &name)
{
    return {{u"asset_id"_s, id}, {u"asset_name"_s, name}, {u"advertiser_role"_s, u"ADMIN"_s}};
}

ListWrite adAccounts(const QList<QJsonObject> &rows, bool complete)
{
    ListWrite write;
    write.list = MirrorList::AdAccounts;
    write.bcId = u"bc1"_s;
    write.rows = rows;
    write.complete = complete;
    return write;
}

} // namespace

void TestSchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_postgres = std::make_unique<PostgresFixture>();
}

void TestSchema::cleanup()
{
    m_postgres.reset();
    m_dir.reset();
}

StoreLocation TestSchema::newLocation()
{
    QFETCH(QString, backend);
    if (backend == u"sqlite")
        return StoreLocation::sqliteFile(m_dir->filePath(u"profiles/test/mirror.sqlite"_s));
    const QString conninfo = m_postgres->createDatabase();
    if (conninfo.isEmpty())
        qWarning("PostgresFixture: %s", qPrintable(m_postgres->lastError()));
    return StoreLocation::postgres(conninfo);
}

std::unique_ptr<StoreConnection> TestSchema::connect(const StoreLocation &location)
{
    StoreError error;
    std::unique_ptr<StoreConnection> connection = StoreConnection::open(location, &error);
    if (!connection)
        qWarning("StoreConnection::open: %s", qPrintable(error.describe()));
    return connection;
}

void TestSchema::createsEveryTableAndColumn_data()
{
    addBackendRows();
}

void TestSchema::createsEveryTableAndColumn()
{
    const StoreLocation location = newLocation();
    auto connection = connect(location);
    QVERIFY(connection);
    QCOMPARE(versionOf(*connection), 0);
    QVERIFY(tablesOf(*connection).isEmpty());

    const StoreError error = Schema::migrate(*connection);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(versionOf(*connection), Schema::latestVersion());
    QCOMPARE(Schema::latestVersion(), Schema::steps(connection->backend()).constLast().version);

    const QStringList tables = tablesOf(*connection);
    for (const QString &table :
         {u"meta"_s, u"list_fetches"_s, u"audit_log"_s, u"activity"_s, u"invoice_files"_s})
        QVERIFY2(tables.contains(table),
                 qPrintable(table + u" missing from "_s + tables.join(u' ')));
    QVERIFY(columnsOf(*connection, u"list_fetches"_s).contains(u"row_count"_s));

    if (connection->backend() == StoreBackend::Sqlite) {
        // WAL (readers never wait for the writer) and foreign keys, on every connection.
        QSqlQuery pragma(connection->database());
        QVERIFY(pragma.exec(u"PRAGMA journal_mode"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), u"wal"_s);
        QVERIFY(pragma.exec(u"PRAGMA foreign_keys"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1);
    }

    QVERIFY(!mirrorListSpecs().isEmpty());
    for (const MirrorListSpec &spec : mirrorListSpecs()) {
        QVERIFY2(tables.contains(spec.table), qPrintable(spec.table + u" missing"_s));
        const QStringList columns = columnsOf(*connection, spec.table);
        QStringList expected = {u"bc_id"_s, u"scope"_s, u"id"_s, u"raw"_s, u"fetched_at"_s};
        for (const MirrorColumn &column : spec.columns)
            expected.append(column.name);
        for (const QString &column : std::as_const(expected)) {
            QVERIFY2(columns.contains(column),
                     qPrintable(spec.table + u'.' + column + u" missing; it has "_s
                                + columns.join(u", "_s)));
        }
        QCOMPARE(columns.size(), expected.size());
    }
}

void TestSchema::migratesOneStepAtATime_data()
{
    addBackendRows();
}

void TestSchema::migratesOneStepAtATime()
{
    const StoreLocation location = newLocation();
    auto connection = connect(location);
    QVERIFY(connection);
    const QList<SchemaStep> steps = Schema::steps(connection->backend());
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).version, 1);
    QCOMPARE(steps.at(1).version, 2);
    QCOMPARE(steps.at(2).version, 3);

    StoreError error = Schema::migrate(*connection, steps.mid(0, 1));
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(versionOf(*connection), 1);
    QCOMPARE(metaValue(*connection, u"schema_version"_s), u"1"_s);
    QVERIFY(tablesOf(*connection).contains(u"ad_accounts"_s));
    QVERIFY(!tablesOf(*connection).contains(u"audit_log"_s));

    error = Schema::migrate(*connection, steps.mid(0, 2));
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(versionOf(*connection), 2);
    QCOMPARE(metaValue(*connection, u"schema_version"_s), u"2"_s);
    QVERIFY(tablesOf(*connection).contains(u"audit_log"_s));
    QVERIFY(!tablesOf(*connection).contains(u"activity"_s));

    error = Schema::migrate(*connection, steps);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(versionOf(*connection), 3);
    QCOMPARE(metaValue(*connection, u"schema_version"_s), u"3"_s);
    QVERIFY(tablesOf(*connection).contains(u"activity"_s));
    QVERIFY(tablesOf(*connection).contains(u"invoice_files"_s));

    // The audit log only grows, whatever statement a client sends.
    QSqlQuery query(connection->database());
    QVERIFY2(query.exec(u"INSERT INTO audit_log (at, profile, environment, endpoint, parameters, "
                        u"outcome) VALUES ('2026-01-01T00:00:00Z', 'p', 'sandbox', "
                        u"'/bc/transfer/', '{}', 'ok')"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    QVERIFY(!query.exec(u"UPDATE audit_log SET outcome = 'forged'"_s));

    // Migrating a database that is up to date does nothing.
    const QStringList before = tablesOf(*connection);
    error = Schema::migrate(*connection);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(versionOf(*connection), 3);
    QCOMPARE(tablesOf(*connection), before);
}

void TestSchema::failingStepRollsBack_data()
{
    addBackendRows();
}

void TestSchema::failingStepRollsBack()
{
    const StoreLocation location = newLocation();
    {
        StoreError error;
        auto store = MirrorStore::open(location, sandbox, &error);
        QVERIFY2(store, qPrintable(error.describe()));
        const ListWriteResult written =
                store->write(adAccounts({adAccount(u"1"_s, u"Before"_s)}, true));
        QVERIFY2(!written.error.isError(), qPrintable(written.error.describe()));
    }

    auto connection = connect(location);
    QVERIFY(connection);
    const int released = Schema::latestVersion();
    QCOMPARE(versionOf(*connection), released);
    QList<SchemaStep> steps = Schema::steps(connection->backend());
    steps.append({released + 1,
                  u"a step that fails half-way"_s,
                  {u"CREATE TABLE extra_notes (id TEXT PRIMARY KEY, note TEXT)"_s,
                   u"INSERT INTO extra_notes (id, note) VALUES ('1', 'written by step 3')"_s,
                   u"ALTER TABLE ad_accounts ADD COLUMN risk_level TEXT"_s,
                   u"INSERT INTO no_such_table (id) VALUES ('1')"_s}});
    const QStringList tablesBefore = tablesOf(*connection);
    const QStringList columnsBefore = columnsOf(*connection, u"ad_accounts"_s);

    const StoreError error = Schema::migrate(*connection, steps);
    QCOMPARE(error.kind(), StoreError::Kind::Migration);
    QVERIFY2(error.detail().contains(u"step "_s + QString::number(released + 1)),
             qPrintable(error.detail()));
    QVERIFY(!error.message().isEmpty());

    QCOMPARE(versionOf(*connection), released);
    QCOMPARE(tablesOf(*connection), tablesBefore);
    QVERIFY(!tablesOf(*connection).contains(u"extra_notes"_s));
    QCOMPARE(columnsOf(*connection, u"ad_accounts"_s), columnsBefore);
    connection.reset();

    // The old file is still a working mirror.
    StoreError openError;
    auto store = MirrorStore::open(location, sandbox, &openError);
    QVERIFY2(store, qPrintable(openError.describe()));
    QCOMPARE(store->rows(MirrorList::AdAccounts, u"bc1"_s).size(), 1);
    const ListWriteResult written = store->write(
            adAccounts({adAccount(u"1"_s, u"After"_s), adAccount(u"2"_s, u"New"_s)}, true));
    QVERIFY2(!written.error.isError(), qPrintable(written.error.describe()));
    const QList<MirrorRow> rows = store->rows(MirrorList::AdAccounts, u"bc1"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).raw.value(u"asset_name"_s).toString(), u"After"_s);
}

void TestSchema::newerSchemaIsRefusedAndUntouched_data()
{
    addBackendRows();
}

void TestSchema::newerSchemaIsRefusedAndUntouched()
{
    const StoreLocation location = newLocation();
    const QString newer = QString::number(Schema::latestVersion() + 1);
    QStringList tablesBefore;
    {
        StoreError error;
        auto store = MirrorStore::open(location, sandbox, &error);
        QVERIFY2(store, qPrintable(error.describe()));
        QVERIFY(!store->write(adAccounts({adAccount(u"1"_s, u"A"_s)}, false)).error.isError());
        // What a newer BC Console leaves behind: a higher version and a table this one does not
        // know.
        QSqlQuery query(store->connection().database());
        QVERIFY(query.exec(u"CREATE TABLE from_the_future (x TEXT)"_s));
        QVERIFY(query.prepare(u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s));
        query.addBindValue(newer);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        tablesBefore = tablesOf(store->connection());
    }

    {
        auto connection = connect(location);
        QVERIFY(connection);
        const StoreError error = Schema::migrate(*connection);
        QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(metaValue(*connection, u"schema_version"_s), newer);
    }

    StoreError error;
    OpenReport report;
    auto store = MirrorStore::open(location, sandbox, &error, &report);
    QVERIFY(!store);
    QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
    QVERIFY(report.movedAsidePath.isEmpty());

    auto connection = connect(location);
    QVERIFY(connection);
    QCOMPARE(metaValue(*connection, u"schema_version"_s), newer);
    QCOMPARE(tablesOf(*connection), tablesBefore);
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(u"SELECT count(*) FROM ad_accounts"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSchema::openReportsTheVersionFound_data()
{
    addBackendRows();
}

void TestSchema::openReportsTheVersionFound()
{
    const StoreLocation location = newLocation();
    {
        // A mirror left at version 1 by an older BC Console.
        auto connection = connect(location);
        QVERIFY(connection);
        const StoreError error =
                Schema::migrate(*connection, Schema::steps(connection->backend()).mid(0, 1));
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
    }
    StoreError error;
    OpenReport report;
    {
        auto store = MirrorStore::open(location, sandbox, &error, &report);
        QVERIFY2(store, qPrintable(error.describe()));
        QCOMPARE(report.migratedFrom, 1);
        QCOMPARE(versionOf(store->connection()), Schema::latestVersion());
    }
    auto store = MirrorStore::open(location, sandbox, &error, &report);
    QVERIFY2(store, qPrintable(error.describe()));
    QCOMPARE(report.migratedFrom, Schema::latestVersion());
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
