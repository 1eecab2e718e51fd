#include "core/store/mirrorstore.h"
#include "core/store/schema.h"
#include "core/store/storeconnection.h"
#include "core/store/storeerror.h"
#include "tests/support/filemodesenforced.h"
#include "tests/support/postgresfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::store;
using bc::testsupport::FileModesEnforced;
using bc::testsupport::PostgresFixture;

Q_DECLARE_METATYPE(bc::store::StoreError::Kind)

// A mirror that is corrupt, locked, read-only, full or cannot be opened gets a clear error and
// loses nothing (issue 5, "Robustness"). Cases that exist on both backends run on SQLite and, when
// BC_TEST_POSTGRES names a server, on PostgreSQL; file-level cases (garbage bytes, file modes,
// max_page_count) are SQLite's only.
class TestStoreRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void garbageFileIsMovedAside_data();
    void garbageFileIsMovedAside();
    void lockedDatabaseGivesLocked_data();
    void lockedDatabaseGivesLocked();
    void readOnlyFileGivesReadOnly_data();
    void readOnlyFileGivesReadOnly();
    void fullDatabaseGivesFullAndKeepsRows_data();
    void fullDatabaseGivesFullAndKeepsRows();
    void unreachableLocationGivesCannotOpen_data();
    void unreachableLocationGivesCannotOpen();
    void nativeCodesAreClassified_data();
    void nativeCodesAreClassified();
    void everyKindHasItsOwnMessage_data();
    void everyKindHasItsOwnMessage();

private:
    StoreLocation newLocation();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
};

namespace {

const StoreIdentity sandbox{u"Agency sandbox"_s, u"sandbox"_s,
                            u"https://sandbox-ads.tiktok.com/open_api/"_s};

bool postgresRequested()
{
    return !qEnvironmentVariableIsEmpty("BC_TEST_POSTGRES");
}

QJsonObject adAccount(int id)
{
    return {{u"asset_id"_s, QString::number(id)},
            {u"asset_name"_s, u"Account %1 with a name long enough to fill pages"_s.arg(id)}};
}

ListWrite adAccounts(int first, int count, bool complete)
{
    ListWrite write;
    write.list = MirrorList::AdAccounts;
    write.bcId = u"bc1"_s;
    for (int i = first; i < first + count; ++i)
        write.rows.append(adAccount(i));
    write.complete = complete;
    return write;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A second, raw connection to the same database, as another program would hold it.
class RawConnection
{
public:
    explicit RawConnection(const StoreLocation &location)
        : m_name(u"tst_storerobustness."_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        if (location.backend() == StoreBackend::Sqlite) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
            db.setDatabaseName(location.path());
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
            PostgresFixture::configure(db, location.connectionString());
        }
        if (!database().open())
            qWarning("raw connection: %s", qPrintable(database().lastError().text()));
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

private:
    QString m_name;
};

} // namespace

void TestStoreRobustness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStoreRobustness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_postgres = std::make_unique<PostgresFixture>();
}

void TestStoreRobustness::cleanup()
{
    m_postgres.reset();
    m_dir.reset();
}

StoreLocation TestStoreRobustness::newLocation()
{
    QFETCH(QString, backend);
    if (backend == u"sqlite")
        return StoreLocation::sqliteFile(m_dir->filePath(u"mirror/store.sqlite"_s));
    const QString conninfo = m_postgres->createDatabase();
    if (conninfo.isEmpty())
        qWarning("PostgresFixture: %s", qPrintable(m_postgres->lastError()));
    return StoreLocation::postgres(conninfo);
}

void TestStoreRobustness::garbageFileIsMovedAside_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("content"); // empty: a real mirror whose schema page is damaged
    QByteArray random(16384, Qt::Uninitialized);
    QRandomGenerator generator(20260301);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("sqlite/random bytes") << u"sqlite"_s << random;
    QTest::newRow("sqlite/a text file") << u"sqlite"_s << QByteArray("not a database\n");
    QTest::newRow("sqlite/damaged schema page") << u"sqlite"_s << QByteArray();
    QTest::newRow("sqlite/damaged header, unsupported file format")
            << u"sqlite"_s << QByteArray("damaged header");
}

void TestStoreRobustness::garbageFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    const StoreLocation location = newLocation();
    QVERIFY(QDir().mkpath(QFileInfo(location.path()).absolutePath()));
    const bool damageHeader = content == "damaged header";
    if (content.isEmpty() || damageHeader) {
        // A real mirror, then noise over the first page's b-tree (the schema), header kept; or
        // its header's schema format number made nonsense.
        {
            StoreError error;
            auto store = MirrorStore::open(location, sandbox, &error);
            QVERIFY2(store, qPrintable(error.describe()));
            QVERIFY(!store->write(adAccounts(1, 20, true)).error.isError());
        }
        content = fileBytes(location.path());
        QVERIFY(content.startsWith("SQLite format 3"));
        QRandomGenerator generator(7);
        for (qsizetype i = damageHeader ? 44 : 100; i < (damageHeader ? 48 : 4096); ++i)
            content[i] = damageHeader ? char(0x7f) : char(generator.bounded(256));
    }
    {
        QFile file(location.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    StoreError error;
    OpenReport report;
    auto store = MirrorStore::open(location, sandbox, &error, &report);
    QVERIFY2(store, qPrintable(error.describe()));
    QVERIFY(!report.movedAsidePath.isEmpty());
    QVERIFY2(QFileInfo(report.movedAsidePath).fileName().startsWith(u"store.sqlite.corrupt-"_s),
             qPrintable(report.movedAsidePath));
    QCOMPARE(QFileInfo(report.movedAsidePath).absolutePath(),
             QFileInfo(location.path()).absolutePath());
    QCOMPARE(fileBytes(report.movedAsidePath), content);
    QCOMPARE(report.migratedFrom, 0);

    // A new, working mirror took its place.
    StoreError versionError;
    QCOMPARE(Schema::currentVersion(store->connection(), &versionError), Schema::latestVersion());
    const ListWriteResult result = store->write(adAccounts(1, 3, true));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), 3);
    store.reset();

    // Opening it again is an ordinary open: nothing more is moved aside.
    store = MirrorStore::open(location, sandbox, &error, &report);
    QVERIFY2(store, qPrintable(error.describe()));
    QVERIFY(report.movedAsidePath.isEmpty());
    QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), 3);
}

void TestStoreRobustness::lockedDatabaseGivesLocked_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("whileOpening");
    QTest::newRow("sqlite/write while another program writes") << u"sqlite"_s << false;
    QTest::newRow("sqlite/open while another program writes") << u"sqlite"_s << true;
    if (postgresRequested()) {
        QTest::newRow("postgres/write while a table is locked") << u"postgres"_s << false;
        QTest::newRow("postgres/open while meta is locked") << u"postgres"_s << true;
    }
}

void TestStoreRobustness::lockedDatabaseGivesLocked()
{
    QFETCH(QString, backend);
    QFETCH(bool, whileOpening);
    const StoreLocation location = newLocation();
    const bool sqlite = backend == u"sqlite";
    std::unique_ptr<MirrorStore> store;
    StoreError error;
    if (!whileOpening || !sqlite) {
        store = MirrorStore::open(location, sandbox, &error);
        QVERIFY2(store, qPrintable(error.describe()));
        QVERIFY(!store->write(adAccounts(1, 2, true)).error.isError());
        if (whileOpening)
            store.reset();
    } else {
        QVERIFY(QDir().mkpath(QFileInfo(location.path()).absolutePath()));
    }

    RawConnection other(location);
    QVERIFY(other.database().isOpen());
    if (sqlite) {
        // A brand-new file is still in rollback-journal mode: an exclusive lock keeps readers
        // out too. In WAL mode (an existing mirror) it keeps out other writers.
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        if (whileOpening)
            QVERIFY(other.exec(u"CREATE TABLE other_program (x TEXT)"_s));
    } else {
        QVERIFY(other.exec(u"BEGIN"_s));
        QVERIFY(other.exec(whileOpening ? u"LOCK TABLE meta IN ACCESS EXCLUSIVE MODE"_s
                                        : u"LOCK TABLE ad_accounts IN ACCESS EXCLUSIVE MODE"_s));
    }

    QElapsedTimer timer;
    timer.start();
    if (whileOpening) {
        store = MirrorStore::open(location, sandbox, &error);
        QVERIFY(!store);
    } else {
        const ListWriteResult result = store->write(adAccounts(3, 2, true));
        error = result.error;
    }
    const qint64 waited = timer.elapsed();
    QCOMPARE(error.kind(), StoreError::Kind::Locked);
    QVERIFY(!error.message().isEmpty());
    // It waits for the lock a little (a short write by another program is not an error), then
    // gives up instead of hanging.
    QVERIFY2(waited >= StoreConnection::busyTimeoutMs / 2, qPrintable(QString::number(waited)));
    QVERIFY2(waited < 10000, qPrintable(QString::number(waited)));

    // Once the other program lets go, everything works and nothing was lost.
    QVERIFY(other.exec(u"ROLLBACK"_s));
    if (!store) {
        store = MirrorStore::open(location, sandbox, &error);
        QVERIFY2(store, qPrintable(error.describe()));
    }
    const ListWriteResult result = store->write(adAccounts(3, 2, false));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), whileOpening && sqlite ? 2 : 4);
}

void TestStoreRobustness::readOnlyFileGivesReadOnly_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("sqlite/file 0444 in folder 0555") << u"sqlite"_s << true;
    QTest::newRow("sqlite/file 0444 in folder 0700") << u"sqlite"_s << false;
}

void TestStoreRobustness::readOnlyFileGivesReadOnly()
{
    QFETCH(bool, folderReadOnly);
    const StoreLocation location = newLocation();
    const QString folder = QFileInfo(location.path()).absolutePath();
    {
        StoreError error;
        auto store = MirrorStore::open(location, sandbox, &error);
        QVERIFY2(store, qPrintable(error.describe()));
        QVERIFY(!store->write(adAccounts(1, 3, true)).error.isError());
    }
    const QByteArray before = fileBytes(location.path());
    QVERIFY(!before.isEmpty());
    QVERIFY(QFile::setPermissions(location.path(),
                                  QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (folderReadOnly) {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                      | QFile::ExeGroup | QFile::ReadOther
                                                      | QFile::ExeOther));
    }
    struct RestoreModes
    {
        QString folder;
        ~RestoreModes()
        {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    } restore{folder};

    StoreError error;
    std::unique_ptr<MirrorStore> store;
    {
        FileModesEnforced modes;
        QVERIFY2(modes.active(), "could not give up CAP_DAC_OVERRIDE");
        // The proof that the modes now apply: the file cannot be opened for writing.
        QFile probe(location.path());
        QVERIFY(!probe.open(QIODevice::ReadWrite));

        store = MirrorStore::open(location, sandbox, &error);
        // Opening may already fail (it writes the WAL index), or succeed for reading; then
        // writing is what fails.
        if (store) {
            QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), 3);
            error = store->write(adAccounts(4, 2, false)).error;
        }
        store.reset();
    }
    QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
    QVERIFY2(error.message().contains(u"read-only"_s), qPrintable(error.message()));
    QVERIFY(!error.detail().isEmpty());
    QCOMPARE(fileBytes(location.path()), before);
}

void TestStoreRobustness::fullDatabaseGivesFullAndKeepsRows_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite/max_page_count reached") << u"sqlite"_s;
}

void TestStoreRobustness::fullDatabaseGivesFullAndKeepsRows()
{
    const StoreLocation location = newLocation();
    StoreError error;
    auto store = MirrorStore::open(location, sandbox, &error);
    QVERIFY2(store, qPrintable(error.describe()));
    QVERIFY(!store->write(adAccounts(1, 50, true)).error.isError());

    QSqlQuery pragma(store->connection().database());
    QVERIFY(pragma.exec(u"PRAGMA page_count"_s));
    QVERIFY(pragma.next());
    const qint64 pages = pragma.value(0).toLongLong();
    QVERIFY(pragma.exec(u"PRAGMA max_page_count = "_s + QString::number(pages)));

    // A complete listing that no longer has rows 1..50 and does not fit.
    const ListWriteResult result = store->write(adAccounts(1000, 5000, true));
    QCOMPARE(result.error.kind(), StoreError::Kind::Full);
    QVERIFY(!result.error.message().isEmpty());
    QCOMPARE(result.upserted, 0);
    QCOMPARE(store->rowCount(MirrorList::AdAccounts, u"bc1"_s), 50);
    QCOMPARE(store->rows(MirrorList::AdAccounts, u"bc1"_s).constFirst().id, u"1"_s);
    QCOMPARE(store->freshness(MirrorList::AdAccounts, u"bc1"_s)->rowCount, 50);
}

void TestStoreRobustness::unreachableLocationGivesCannotOpen_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite/folder inside a file") << u"sqlite"_s;
    if (postgresRequested())
        QTest::newRow("postgres/no server on the port") << u"postgres"_s;
}

void TestStoreRobustness::unreachableLocationGivesCannotOpen()
{
    QFETCH(QString, backend);
    StoreLocation location = StoreLocation::sqliteFile({});
    if (backend == u"sqlite") {
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        location = StoreLocation::sqliteFile(m_dir->filePath(u"blocker/profiles/store.sqlite"_s));
    } else {
        // Port 1 on the loopback: nobody listens there, the refusal is immediate.
        location = StoreLocation::postgres(PostgresFixture::withValue(
                PostgresFixture::withValue(m_postgres->serverConninfo(), u"host"_s, u"127.0.0.1"_s),
                u"port"_s, u"1"_s));
    }
    StoreError error;
    OpenReport report;
    QElapsedTimer timer;
    timer.start();
    auto store = MirrorStore::open(location, sandbox, &error, &report);
    QVERIFY(!store);
    QCOMPARE(error.kind(), StoreError::Kind::CannotOpen);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.detail().isEmpty());
    QVERIFY(report.movedAsidePath.isEmpty());
    QVERIFY(timer.elapsed() < 10000);
    if (backend == u"sqlite")
        QVERIFY(QFileInfo(m_dir->filePath(u"blocker"_s)).isFile());
}

void TestStoreRobustness::nativeCodesAreClassified_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("type");
    QTest::addColumn<StoreError::Kind>("kind");
    const int statement = int(QSqlError::StatementError);
    // Qt's SQLite driver reports failed steps as connection errors.
    const int connection = int(QSqlError::ConnectionError);
    QTest::newRow("sqlite busy") << u"5"_s << connection << StoreError::Kind::Locked;
    QTest::newRow("sqlite busy snapshot") << u"517"_s << connection << StoreError::Kind::Locked;
    QTest::newRow("sqlite readonly") << u"8"_s << connection << StoreError::Kind::ReadOnly;
    QTest::newRow("sqlite corrupt") << u"11"_s << statement << StoreError::Kind::Corrupt;
    QTest::newRow("sqlite not a database") << u"26"_s << statement << StoreError::Kind::Corrupt;
    QTest::newRow("sqlite full") << u"13"_s << connection << StoreError::Kind::Full;
    QTest::newRow("sqlite cannot open") << u"14"_s << connection << StoreError::Kind::CannotOpen;
    QTest::newRow("sqlite constraint, failed step")
            << u"1299"_s << connection << StoreError::Kind::Query;
    QTest::newRow("postgres disk full") << u"53100"_s << statement << StoreError::Kind::Full;
    QTest::newRow("postgres read-only transaction")
            << u"25006"_s << statement << StoreError::Kind::ReadOnly;
    QTest::newRow("postgres lock timeout") << u"55P03"_s << statement << StoreError::Kind::Locked;
    QTest::newRow("postgres deadlock") << u"40P01"_s << statement << StoreError::Kind::Locked;
    QTest::newRow("postgres connection failure")
            << u"08006"_s << connection << StoreError::Kind::CannotOpen;
    QTest::newRow("postgres unique violation")
            << u"23505"_s << statement << StoreError::Kind::Query;
    QTest::newRow("postgres syntax error") << u"42601"_s << statement << StoreError::Kind::Query;
    QTest::newRow("sqlite error, plain") << u"1"_s << connection << StoreError::Kind::Query;
    QTest::newRow("no server, no code") << QString() << connection << StoreError::Kind::CannotOpen;
}

void TestStoreRobustness::nativeCodesAreClassified()
{
    QFETCH(QString, code);
    QFETCH(int, type);
    QFETCH(StoreError::Kind, kind);
    const QSqlError sqlError(u"driver words"_s, u"database words"_s, QSqlError::ErrorType(type),
                             code);
    const StoreError error = StoreError::fromSqlError(sqlError);
    QCOMPARE(error.kind(), kind);
    QVERIFY(error.detail().contains(u"database words"_s));
    QVERIFY(error.describe().startsWith(error.message()));
    QVERIFY(!StoreError::fromSqlError(QSqlError()).isError());
}

void TestStoreRobustness::everyKindHasItsOwnMessage_data()
{
    QTest::addColumn<StoreError::Kind>("kind");
    using K = StoreError::Kind;
    for (K kind : {K::CannotOpen, K::Corrupt, K::Locked, K::ReadOnly, K::Full, K::MissingDriver,
                   K::Migration, K::WrongProfile, K::NewerSchema, K::Query, K::Export})
        QTest::addRow("kind %d", int(kind)) << kind;
}

void TestStoreRobustness::everyKindHasItsOwnMessage()
{
    QFETCH(StoreError::Kind, kind);
    using K = StoreError::Kind;
    const StoreError error(kind, u"detail 42"_s);
    QVERIFY(error.isError());
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(error.describe(), error.message() + u" (detail 42)"_s);
    QCOMPARE(StoreError(kind, {}).describe(), error.message());
    for (K other : {K::CannotOpen, K::Corrupt, K::Locked, K::ReadOnly, K::Full, K::MissingDriver,
                    K::Migration, K::WrongProfile, K::NewerSchema, K::Query, K::Export}) {
        if (other != kind)
            QVERIFY2(StoreError(other, {}).message() != error.message(),
                     qPrintable(error.message()));
    }
    QVERIFY(!StoreError().isError());
    QVERIFY(StoreError().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreRobustness)
#include "tst_storerobustness.moc"
