#include "core/store/auditlog.h"
#include "core/store/mirrorstore.h"
#include "core/store/storeconnection.h"
#include "tests/support/filemodesenforced.h"
#include "tests/support/postgresfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using bc::store::AuditEntry;
using bc::store::AuditLog;
using bc::store::AuditOutcome;
using bc::store::AuditQuery;
using bc::store::MirrorStore;
using bc::store::StoreConnection;
using bc::store::StoreError;
using bc::store::StoreIdentity;
using bc::store::StoreLocation;
using bc::testsupport::PostgresFixture;

Q_DECLARE_METATYPE(AuditQuery)
Q_DECLARE_METATYPE(AuditOutcome)

// The append-only audit log of write actions: append and read back, filters, redaction before
// anything reaches the database, refusal of UPDATE/DELETE, and the CSV export. Every test runs on
// SQLite, and on PostgreSQL too when BC_TEST_POSTGRES names a server.
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void outcomeKeys_data();
    void outcomeKeys();
    void appendAndReadBack_data();
    void appendAndReadBack();
    void appendSetsTimeWhenInvalid_data();
    void appendSetsTimeWhenInvalid();
    void appendWithoutSchemaFails_data();
    void appendWithoutSchemaFails();
    void filters_data();
    void filters();
    void secretsNeverStored_data();
    void secretsNeverStored();
    void changesAreRefused_data();
    void changesAreRefused();
    void csvExportIsExact_data();
    void csvExportIsExact();
    void exportToUnwritablePath_data();
    void exportToUnwritablePath();
    void failedExportKeepsExistingFile_data();
    void failedExportKeepsExistingFile();

private:
    std::unique_ptr<MirrorStore> openStore(const QString &backend);
    StoreLocation freshLocation(const QString &backend);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
};

namespace {

const QDateTime t0(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

QStringList backends()
{
    QStringList names{u"sqlite"_s};
    if (PostgresFixture::available())
        names.append(u"postgres"_s);
    return names;
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &backend : backends())
        QTest::newRow(qPrintable(backend)) << backend;
}

AuditEntry makeEntry(const QString &requestId, const QDateTime &at, const QString &endpoint,
                     AuditOutcome outcome, std::optional<qint64> code = std::nullopt,
                     const QJsonObject &parameters = {})
{
    AuditEntry entry;
    entry.at = at;
    entry.profile = u"Agency"_s;
    entry.environment = u"sandbox"_s;
    entry.endpoint = endpoint;
    entry.parameters = parameters;
    entry.requestId = requestId;
    entry.outcome = outcome;
    entry.code = code;
    return entry;
}

QStringList requestIds(const QList<AuditEntry> &entries)
{
    QStringList ids;
    for (const AuditEntry &entry : entries)
        ids.append(entry.requestId);
    return ids;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every value of every row of audit_log as the database returns it, one text.
QString rawAuditTable(StoreConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(u"SELECT * FROM audit_log ORDER BY seq"_s))
        return u"<query failed: "_s + query.lastError().text() + u'>';
    QString text;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            text += query.value(i).toString() + u'|';
        text += u'\n';
    }
    return text;
}

// A strict RFC 4180 reader: CRLF between records, quotes only around whole fields, a quote
// inside doubled. Returns nothing when the text breaks a rule.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return std::nullopt; // must have been quoted
                field += text.at(i++);
            }
        }
        if (i < n && text.at(i) == u',') {
            record.append(field);
            field.clear();
            ++i;
        } else if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            i += 2;
        } else {
            return std::nullopt; // a record must end with CRLF
        }
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt;
    return records;
}

QStringList csvHeader()
{
    return {u"sequence"_s,   u"at"_s,         u"profile"_s, u"environment"_s, u"endpoint"_s,
            u"parameters"_s, u"request_id"_s, u"outcome"_s, u"code"_s};
}

} // namespace

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!PostgresFixture::available())
        qInfo("BC_TEST_POSTGRES is not set (or QPSQL is missing): SQLite rows only");
}

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_postgres = std::make_unique<PostgresFixture>();
}

void TestAuditLog::cleanup()
{
    m_postgres.reset();
    m_dir.reset();
}

StoreLocation TestAuditLog::freshLocation(const QString &backend)
{
    if (backend == u"postgres") {
        const QString conninfo = m_postgres->createDatabase();
        if (conninfo.isEmpty())
            qWarning("PostgresFixture: %s", qPrintable(m_postgres->lastError()));
        return StoreLocation::postgres(conninfo);
    }
    return StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s));
}

std::unique_ptr<MirrorStore> TestAuditLog::openStore(const QString &backend)
{
    StoreError error;
    std::unique_ptr<MirrorStore> store = MirrorStore::open(
            freshLocation(backend),
            StoreIdentity{u"Agency"_s, u"sandbox"_s, u"https://sandbox-ads.tiktok.com/open_api/"_s},
            &error);
    if (!store)
        qWarning("MirrorStore::open: %s", qPrintable(error.describe()));
    return store;
}

void TestAuditLog::outcomeKeys_data()
{
    QTest::addColumn<AuditOutcome>("outcome");
    QTest::addColumn<QString>("key");
    QTest::newRow("succeeded") << AuditOutcome::Succeeded << u"succeeded"_s;
    QTest::newRow("failed") << AuditOutcome::Failed << u"failed"_s;
    QTest::newRow("unknown") << AuditOutcome::Unknown << u"unknown"_s;
}

void TestAuditLog::outcomeKeys()
{
    QFETCH(AuditOutcome, outcome);
    QFETCH(QString, key);
    QCOMPARE(bc::store::auditOutcomeKey(outcome), key);
    QCOMPARE(bc::store::auditOutcomeFromKey(key), std::optional<AuditOutcome>(outcome));
    QCOMPARE(bc::store::auditOutcomeFromKey(key.toUpper()), std::nullopt);
}

void TestAuditLog::appendAndReadBack_data()
{
    addBackendRows();
}

void TestAuditLog::appendAndReadBack()
{
    QFETCH(QString, backend);
    const std::unique_ptr<MirrorStore> store = openStore(backend);
    QVERIFY(store);
    AuditLog log(store->connection());

    QJsonObject parameters{
            {u"bc_id"_s, u"7000000000000000001"_s},
            {u"advertiser_ids"_s, QJsonArray{u"7000000000000000002"_s}},
            {u"amount"_s, qint64(9223372036854775807LL)}, // beyond a double's exact range
            {u"note"_s, u"Zoë, Ünïcode 日本"_s},
            {u"nested"_s, QJsonObject{{u"flag"_s, true}, {u"none"_s, QJsonValue::Null}}},
    };
    QList<AuditEntry> appended{
            makeEntry(u"req-1"_s, t0.addMSecs(10'123), u"bc/member/invite/"_s,
                      AuditOutcome::Succeeded, 0, parameters),
            makeEntry(u"req-2"_s, t0.addSecs(30), u"bc/transfer/"_s, AuditOutcome::Unknown),
            // Not in UTC: kept as the same instant, read back in UTC.
            makeEntry(u"req-3"_s, t0.addSecs(20).toTimeZone(QTimeZone(2 * 3600)),
                      u"bc/partner/add/"_s, AuditOutcome::Failed, 40002),
            // The same time as req-2: the later append is the newer one.
            makeEntry(u"req-4"_s, t0.addSecs(30), u"bc/asset/assign/"_s, AuditOutcome::Failed,
                      40001),
    };
    appended[1].profile = QString(); // null: stored as empty
    appended[1].requestId = QString();
    for (AuditEntry &entry : appended) {
        const StoreError error = log.append(entry);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
    }
    QVERIFY(appended[0].sequence > 0);
    for (qsizetype i = 1; i < appended.size(); ++i)
        QVERIFY(appended[i].sequence > appended[i - 1].sequence);
    QCOMPARE(appended[2].at.timeSpec(), Qt::UTC);
    QCOMPARE(appended[2].at, t0.addSecs(20));

    StoreError error;
    const QList<AuditEntry> read = log.entries({}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(requestIds(read), (QStringList{u"req-4"_s, u""_s, u"req-3"_s, u"req-1"_s}));
    QCOMPARE(read.at(3), appended[0]);
    QCOMPARE(read.at(1), appended[1]);
    QCOMPARE(read.at(2), appended[2]);
    QCOMPARE(read.at(0), appended[3]);
    for (const AuditEntry &entry : read)
        QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    QCOMPARE(read.at(3).at.time().msec(), 123);
    QCOMPARE(read.at(3).parameters.value(u"amount"_s).toInteger(), 9223372036854775807LL);
    QCOMPARE(read.at(3).parameters.value(u"note"_s).toString(), u"Zoë, Ünïcode 日本"_s);
    QCOMPARE(read.at(3).code, std::optional<qint64>(0));
    QCOMPARE(read.at(1).code, std::nullopt);
    QCOMPARE(read.at(1).profile, u""_s);
    QCOMPARE(read.at(0).code, std::optional<qint64>(40001));
}

void TestAuditLog::appendSetsTimeWhenInvalid_data()
{
    addBackendRows();
}

void TestAuditLog::appendSetsTimeWhenInvalid()
{
    QFETCH(QString, backend);
    const std::unique_ptr<MirrorStore> store = openStore(backend);
    QVERIFY(store);
    AuditLog log(store->connection());

    AuditEntry entry = makeEntry(u"req-now"_s, QDateTime(), u"bc/member/invite/"_s,
                                 AuditOutcome::Succeeded, 0);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const StoreError error = log.append(entry);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QVERIFY(entry.at.isValid());
    QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    QVERIFY2(before <= entry.at && entry.at <= after,
             qPrintable(entry.at.toString(Qt::ISODateWithMs)));
    const QList<AuditEntry> read = log.entries();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first(), entry);
}

void TestAuditLog::appendWithoutSchemaFails_data()
{
    addBackendRows();
}

void TestAuditLog::appendWithoutSchemaFails()
{
    QFETCH(QString, backend);
    StoreError error;
    // A connection that was never migrated: there is no audit_log table to write to.
    const std::unique_ptr<StoreConnection> connection =
            StoreConnection::open(freshLocation(backend), &error);
    QVERIFY2(connection, qPrintable(error.describe()));
    AuditLog log(*connection);

    AuditEntry entry = makeEntry(u"req-1"_s, QDateTime(), u"bc/transfer/"_s, AuditOutcome::Unknown,
                                 std::nullopt, QJsonObject{{u"access_token"_s, u"tok-1"_s}});
    const AuditEntry original = entry;
    error = log.append(entry);
    QVERIFY(error.isError());
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(entry, original); // untouched, parameters included
    QVERIFY(!entry.at.isValid());

    QVERIFY(log.entries({}, &error).isEmpty());
    QVERIFY(error.isError());
}

void TestAuditLog::filters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<AuditQuery>("query");
    QTest::addColumn<QStringList>("expected");

    const auto query = [](auto &&set) {
        AuditQuery q;
        set(q);
        return q;
    };
    const QList<std::tuple<const char *, AuditQuery, QStringList>> cases{
            {"everything", AuditQuery{}, {u"f"_s, u"e"_s, u"d"_s, u"c"_s, u"b"_s, u"a"_s}},
            {"since is inclusive",
             query([](AuditQuery &q) { q.since = t0.addSecs(120); }),
             {u"f"_s, u"e"_s, u"d"_s, u"c"_s}},
            {"since in another time zone",
             query([](AuditQuery &q) {
                 q.since = t0.addSecs(120).toTimeZone(QTimeZone(-5 * 3600));
             }),
             {u"f"_s, u"e"_s, u"d"_s, u"c"_s}},
            {"until is exclusive",
             query([](AuditQuery &q) { q.until = t0.addSecs(120); }),
             {u"b"_s, u"a"_s}},
            {"since and until",
             query([](AuditQuery &q) {
                 q.since = t0.addSecs(60);
                 q.until = t0.addSecs(240);
             }),
             {u"d"_s, u"c"_s, u"b"_s}},
            {"endpoint substring, any case",
             query([](AuditQuery &q) { q.endpoint = u"member"_s; }),
             {u"e"_s, u"d"_s, u"a"_s}},
            {"endpoint in upper case",
             query([](AuditQuery &q) { q.endpoint = u"MEMBER/INVITE"_s; }),
             {u"a"_s}},
            {"endpoint percent is literal",
             query([](AuditQuery &q) { q.endpoint = u"t%g"_s; }),
             {}},
            {"endpoint underscore is literal",
             query([](AuditQuery &q) { q.endpoint = u"r_a"_s; }),
             {}},
            {"endpoint underscore matches itself",
             query([](AuditQuery &q) { q.endpoint = u"asset_g"_s; }),
             {u"f"_s}},
            {"endpoint nowhere", query([](AuditQuery &q) { q.endpoint = u"invoice"_s; }), {}},
            {"outcome failed",
             query([](AuditQuery &q) { q.outcome = AuditOutcome::Failed; }),
             {u"d"_s, u"b"_s}},
            {"outcome unknown",
             query([](AuditQuery &q) { q.outcome = AuditOutcome::Unknown; }),
             {u"c"_s}},
            {"limit", query([](AuditQuery &q) { q.limit = 2; }), {u"f"_s, u"e"_s}},
            {"limit beyond the log",
             query([](AuditQuery &q) { q.limit = 100; }),
             {u"f"_s, u"e"_s, u"d"_s, u"c"_s, u"b"_s, u"a"_s}},
            {"everything combined",
             query([](AuditQuery &q) {
                 q.endpoint = u"member"_s;
                 q.outcome = AuditOutcome::Succeeded;
                 q.until = t0.addSecs(300);
                 q.limit = 1;
             }),
             {u"e"_s}},
    };
    for (const QString &backend : backends()) {
        for (const auto &[name, q, expected] : cases)
            QTest::addRow("%s/%s", qPrintable(backend), name) << backend << q << expected;
    }
}

void TestAuditLog::filters()
{
    QFETCH(QString, backend);
    QFETCH(AuditQuery, query);
    QFETCH(QStringList, expected);
    const std::unique_ptr<MirrorStore> store = openStore(backend);
    QVERIFY(store);
    AuditLog log(store->connection());

    // Appended out of time order: the order of the answer is by time.
    QList<AuditEntry> entries{
            makeEntry(u"c"_s, t0.addSecs(120), u"bc/transfer/"_s, AuditOutcome::Unknown),
            makeEntry(u"a"_s, t0, u"bc/member/invite/"_s, AuditOutcome::Succeeded, 0),
            makeEntry(u"b"_s, t0.addSecs(60), u"bc/partner/add/"_s, AuditOutcome::Failed, 40002),
            makeEntry(u"d"_s, t0.addSecs(180), u"bc/member/update/"_s, AuditOutcome::Failed, 40001),
            makeEntry(u"f"_s, t0.addSecs(300), u"bc/asset_group/create/"_s, AuditOutcome::Succeeded,
                      0),
            makeEntry(u"e"_s, t0.addSecs(240), u"BC/Member/Delete/"_s, AuditOutcome::Succeeded, 0),
    };
    for (AuditEntry &entry : entries) {
        const StoreError error = log.append(entry);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
    }

    StoreError error;
    const QList<AuditEntry> read = log.entries(query, &error);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(requestIds(read), expected);

    // The export applies the same query, in the same order.
    const QString path = m_dir->filePath(u"filtered.csv"_s);
    error = log.exportCsv(path, query);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    const std::optional<QList<QStringList>> csv = parseCsv(QString::fromUtf8(readAll(path)));
    QVERIFY(csv);
    QCOMPARE(csv->size(), expected.size() + 1);
    QStringList exportedIds;
    for (qsizetype i = 1; i < csv->size(); ++i)
        exportedIds.append(csv->at(i).at(6));
    QCOMPARE(exportedIds, expected);
}

void TestAuditLog::secretsNeverStored_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<QStringList>("secrets"); // must appear nowhere
    QTest::addColumn<QStringList>("visible"); // must be kept (proves the search looks)

    const QString invite = u"bc/member/invite/"_s;
    const QList<std::tuple<const char *, QString, QJsonObject, QStringList, QStringList>> cases{
            {"access_token",
             u"oauth2/advertiser/get/"_s,
             QJsonObject{{u"access_token"_s, u"tok-SECRET-1a"_s},
                         {u"advertiser_id"_s, u"visible-adv-1"_s}},
             {u"tok-SECRET-1a"_s},
             {u"visible-adv-1"_s, u"access_token"_s}},
            {"app secret",
             u"oauth2/access_token/"_s,
             QJsonObject{{u"app_id"_s, u"visible-app-2"_s},
                         {u"secret"_s, u"sec-SECRET-2a"_s},
                         {u"app_secret"_s, u"sec-SECRET-2b"_s}},
             {u"sec-SECRET-2a"_s, u"sec-SECRET-2b"_s},
             {u"visible-app-2"_s}},
            {"auth_code, code and state",
             u"oauth2/access_token/"_s,
             QJsonObject{{u"auth_code"_s, u"auth-SECRET-3a"_s},
                         {u"code"_s, u"auth-SECRET-3b"_s},
                         {u"state"_s, u"state-SECRET-3c"_s},
                         {u"rid"_s, u"visible-3"_s}},
             {u"auth-SECRET-3a"_s, u"auth-SECRET-3b"_s, u"state-SECRET-3c"_s},
             {u"visible-3"_s}},
            {"numeric auth_code",
             u"oauth2/access_token/"_s,
             QJsonObject{{u"auth_code"_s, qint64(987654321012345)}, {u"rid"_s, u"visible-4"_s}},
             {u"987654321012345"_s},
             {u"visible-4"_s}},
            {"nested objects",
             invite,
             QJsonObject{{u"filtering"_s,
                          QJsonObject{{u"credentials"_s,
                                       QJsonObject{{u"refresh_token"_s, u"tok-SECRET-5a"_s},
                                                   {u"client_key"_s, u"key-SECRET-5b"_s}}},
                                      {u"bc_id"_s, u"visible-bc-5"_s}}}},
             {u"tok-SECRET-5a"_s, u"key-SECRET-5b"_s},
             {u"visible-bc-5"_s}},
            {"arrays of objects",
             invite,
             QJsonObject{{u"members"_s,
                          QJsonArray{QJsonObject{{u"email"_s, u"alice.lee@corp-example.test"_s},
                                                 {u"user_role"_s, u"visible-role-6"_s}},
                                     QJsonObject{{u"password"_s, u"pw-SECRET-6"_s}}}}},
             {u"alice.lee"_s, u"corp-example.test"_s, u"pw-SECRET-6"_s},
             {u"visible-role-6"_s}},
            {"arrays of arrays",
             invite,
             QJsonObject{
                     {u"batches"_s,
                      QJsonArray{QJsonArray{QJsonObject{{u"access_token"_s, u"tok-SECRET-7"_s}}},
                                 QJsonArray{u"carol.ng@corp-example.test"_s, u"visible-7"_s}}}},
             {u"tok-SECRET-7"_s, u"carol.ng"_s, u"corp-example.test"_s},
             {u"visible-7"_s}},
            {"e-mail address inside text",
             invite,
             QJsonObject{{u"note"_s, u"invite bob.ray@corp-example.test (finance), visible-8"_s}},
             {u"bob.ray"_s, u"corp-example.test"_s},
             {u"visible-8"_s}},
            {"e-mail address as a key",
             invite,
             QJsonObject{{u"roles"_s,
                          QJsonObject{{u"erin.key@corp-example.test"_s, u"visible-role-9"_s},
                                      {u"finn.oak@corp-example.test"_s, u"visible-role-9b"_s}}}},
             {u"erin.key"_s, u"finn.oak"_s, u"corp-example.test"_s},
             {u"visible-role-9"_s, u"visible-role-9b"_s}},
            {"secret key holding an object",
             invite,
             QJsonObject{{u"token"_s, QJsonObject{{u"value"_s, u"tok-SECRET-10"_s}}},
                         {u"id"_s, u"visible-10"_s}},
             {u"tok-SECRET-10"_s},
             {u"visible-10"_s}},
            {"signatures",
             u"bc/invoice/download/"_s,
             QJsonObject{{u"sign"_s, u"sig-SECRET-11a"_s},
                         {u"signature"_s, u"sig-SECRET-11b"_s},
                         {u"invoice_id"_s, u"visible-11"_s}},
             {u"sig-SECRET-11a"_s, u"sig-SECRET-11b"_s},
             {u"visible-11"_s}},
            {"URL with a secret query",
             u"bc/invoice/download/"_s,
             QJsonObject{{u"url"_s, u"https://files.example.test/inv.pdf?x-token=url-SECRET-12"
                                    u"&mail=dan.elm%40corp-example.test"_s},
                         {u"id"_s, u"visible-12"_s}},
             {u"url-SECRET-12"_s, u"dan.elm"_s, u"corp-example.test"_s},
             {u"visible-12"_s, u"files.example.test/inv.pdf"_s}},
            {"secret in an endpoint URL",
             u"https://business-api.tiktok.com/open_api/v1.3/oauth2/access_token/"
             u"?secret=sec-SECRET-13"_s,
             QJsonObject{{u"id"_s, u"visible-13"_s}},
             {u"sec-SECRET-13"_s},
             {u"visible-13"_s, u"oauth2/access_token/"_s}},
    };
    for (const QString &backend : backends()) {
        for (const auto &[name, endpoint, parameters, secrets, visible] : cases) {
            QTest::addRow("%s/%s", qPrintable(backend), name)
                    << backend << endpoint << parameters << secrets << visible;
        }
    }
}

void TestAuditLog::secretsNeverStored()
{
    QFETCH(QString, backend);
    QFETCH(QString, endpoint);
    QFETCH(QJsonObject, parameters);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, visible);
    std::unique_ptr<MirrorStore> store = openStore(backend);
    QVERIFY(store);
    AuditLog log(store->connection());

    AuditEntry entry =
            makeEntry(u"req-secret"_s, t0, endpoint, AuditOutcome::Succeeded, 0, parameters);
    StoreError error = log.append(entry);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    const QString csvPath = m_dir->filePath(u"audit.csv"_s);
    error = log.exportCsv(csvPath);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));

    const QString appended =
            QString::fromUtf8(QJsonDocument(entry.parameters).toJson()) + entry.endpoint;
    const QList<AuditEntry> read = log.entries();
    QCOMPARE(read.size(), 1);
    const QString readBack = QString::fromUtf8(QJsonDocument(read.first().parameters).toJson())
                             + read.first().endpoint;
    const QString table = rawAuditTable(store->connection());
    const QByteArray csv = readAll(csvPath);
    QVERIFY(!csv.isEmpty());

    // For SQLite, the bytes on disk: the main file and the write-ahead log.
    QByteArray files;
    if (backend == u"sqlite") {
        const QString path = store->connection().location().path();
        files = readAll(path) + readAll(path + u"-wal"_s);
        QVERIFY(!files.isEmpty());
    }

    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!files.contains(secret.toUtf8()), qPrintable(secret + u" in the file"_s));
        QVERIFY2(!table.contains(secret), qPrintable(secret + u" in "_s + table));
        QVERIFY2(!csv.contains(secret.toUtf8()), qPrintable(secret + u" in the CSV"_s));
        QVERIFY2(!readBack.contains(secret), qPrintable(secret));
        QVERIFY2(!appended.contains(secret), qPrintable(secret));
    }
    for (const QString &kept : std::as_const(visible)) {
        QVERIFY2(readBack.contains(kept), qPrintable(kept + u" not in "_s + readBack));
        QVERIFY2(table.contains(kept), qPrintable(kept));
        QVERIFY2(csv.contains(kept.toUtf8()), qPrintable(kept));
        if (backend == u"sqlite")
            QVERIFY2(files.contains(kept.toUtf8()), qPrintable(kept));
    }
    store.reset();
    if (backend == u"sqlite") {
        // Closing checkpoints the log into the main file: still nothing there.
        const QString path = m_dir->filePath(u"mirror.sqlite"_s);
        const QByteArray closed = readAll(path) + readAll(path + u"-wal"_s);
        QVERIFY(closed.contains(visible.first().toUtf8()));
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!closed.contains(secret.toUtf8()), qPrintable(secret));
    }
}

void TestAuditLog::changesAreRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("statement");
    const QList<std::pair<const char *, QString>> common{
            {"update every row", u"UPDATE audit_log SET outcome = 'succeeded'"_s},
            {"update one row",
             u"UPDATE audit_log SET parameters = '{}', code = NULL WHERE request_id = 'req-1'"_s},
            {"update the sequence", u"UPDATE audit_log SET seq = seq + 100"_s},
            {"delete every row", u"DELETE FROM audit_log"_s},
            {"delete one row", u"DELETE FROM audit_log WHERE request_id = 'req-2'"_s},
            {"upsert over a row",
             u"INSERT INTO audit_log (seq, at, profile, environment, endpoint, parameters, "
             u"outcome) SELECT seq, at, profile, environment, endpoint, '{}', 'succeeded' "
             u"FROM audit_log WHERE request_id = 'req-1' "
             u"ON CONFLICT (seq) DO UPDATE SET outcome = excluded.outcome"_s},
    };
    for (const QString &backend : backends()) {
        for (const auto &[name, statement] : common)
            QTest::addRow("%s/%s", qPrintable(backend), name) << backend << statement;
    }
    for (const QString &backend : backends()) {
        if (backend == u"sqlite") {
            // REPLACE deletes the old row without firing DELETE triggers.
            QTest::addRow("sqlite/insert or replace")
                    << backend
                    << u"INSERT OR REPLACE INTO audit_log (seq, at, profile, environment, "
                       u"endpoint, parameters, outcome) SELECT seq, at, profile, environment, "
                       u"endpoint, '{}', 'succeeded' FROM audit_log WHERE request_id = 'req-1'"_s;
            QTest::addRow("sqlite/replace")
                    << backend
                    << u"REPLACE INTO audit_log (seq, at, profile, environment, endpoint, "
                       u"parameters, outcome) SELECT seq, at, profile, environment, endpoint, "
                       u"'{}', 'succeeded' FROM audit_log WHERE request_id = 'req-2'"_s;
        } else {
            // Row triggers do not see TRUNCATE.
            QTest::addRow("postgres/truncate") << backend << u"TRUNCATE audit_log"_s;
        }
    }
}

void TestAuditLog::changesAreRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, statement);
    const std::unique_ptr<MirrorStore> store = openStore(backend);
    QVERIFY(store);
    AuditLog log(store->connection());
    for (int n = 1; n <= 3; ++n) {
        AuditEntry entry =
                makeEntry(u"req-%1"_s.arg(n), t0.addSecs(n), u"bc/transfer/"_s,
                          AuditOutcome::Failed, 40000 + n, QJsonObject{{u"amount"_s, n * 100}});
        const StoreError error = log.append(entry);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
    }
    const QList<AuditEntry> before = log.entries();
    QCOMPARE(before.size(), 3);
    const QString tableBefore = rawAuditTable(store->connection());

    // Raw SQL, as any other client of the database could send it.
    QSqlQuery query(store->connection().database());
    QVERIFY2(!query.exec(statement), qPrintable(statement));
    QVERIFY2(query.lastError().text().contains(u"append-only"_s),
             qPrintable(query.lastError().text()));

    QCOMPARE(rawAuditTable(store->connection()), tableBefore);
    QCOMPARE(log.entries(), before);
    // Appending still works afterwards.
    AuditEntry next =
            makeEntry(u"req-4"_s, t0.addSecs(4), u"bc/transfer/"_s, AuditOutcome::Succeeded, 0);
    const StoreError error = log.append(next);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(log.entries().size(), 4);
}

void TestAuditLog::csvExportIsExact_data()
{
    addBackendRows();
}

void TestAuditLog::csvExportIsExact()
{
    QFETCH(QString, backend);
    const std::unique_ptr<MirrorStore> store = openStore(backend);
    QVERIFY(store);
    AuditLog log(store->connection());

    AuditEntry first = makeEntry(u"req-1"_s, t0, u"bc/member/invite/"_s, AuditOutcome::Succeeded, 0,
                                 QJsonObject{{u"name"_s, u"Zoë, 日本"_s}, {u"note"_s, u"a\"b"_s}});
    first.profile = u"Agence \"Nord\", Paris"_s;
    AuditEntry second = makeEntry(u"line1\nline2"_s, t0.addMSecs(1500), u"bc/transfer/"_s,
                                  AuditOutcome::Unknown);
    second.profile = u"Zoë Ünïcode 日本"_s;
    second.environment = u"production"_s;
    AuditEntry third =
            makeEntry(u"cr\r\nlf"_s, t0.addSecs(2), u"bc/partner/add/"_s, AuditOutcome::Failed,
                      40002, QJsonObject{{u"ids"_s, QJsonArray{u"1"_s, u"2"_s}}});
    third.profile = u"plain"_s;
    third.environment = u"demo"_s;
    QList<AuditEntry> appended{first, second, third};
    for (AuditEntry &entry : appended) {
        const StoreError error = log.append(entry);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
    }

    // An existing file is replaced.
    const QString path = m_dir->filePath(u"audit.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export that is longer than the new one will be......................"
                  "............................................................................"
                  "............................................................................"
                  "............................................................................"
                  "............................................................................");
    }
    const StoreError error = log.exportCsv(path);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));

    const QString expected =
            u"sequence,at,profile,environment,endpoint,parameters,request_id,outcome,code\r\n"
            u"%3,2024-05-01T12:00:02.000Z,plain,demo,bc/partner/add/,"
            u"\"{\"\"ids\"\":[\"\"1\"\",\"\"2\"\"]}\",\"cr\r\nlf\",failed,40002\r\n"
            u"%2,2024-05-01T12:00:01.500Z,Zoë Ünïcode 日本,production,bc/transfer/,{},"
            u"\"line1\nline2\",unknown,\r\n"
            u"%1,2024-05-01T12:00:00.000Z,\"Agence \"\"Nord\"\", Paris\",sandbox,"
            u"bc/member/invite/,\"{\"\"name\"\":\"\"Zoë, 日本\"\",\"\"note\"\":\"\"a\\\"\"b\"\"}\","
            u"req-1,succeeded,0\r\n"_s.arg(appended[0].sequence)
                    .arg(appended[1].sequence)
                    .arg(appended[2].sequence);
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes, expected.toUtf8()); // UTF-8, no byte order mark

    // Parsed back, it gives the entries.
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(bytes));
    QVERIFY(records);
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->at(0), csvHeader());
    for (qsizetype i = 1; i < records->size(); ++i) {
        const QStringList &record = records->at(i);
        const AuditEntry &entry = appended.at(appended.size() - i);
        QCOMPARE(record.size(), 9);
        QCOMPARE(record.at(0).toLongLong(), entry.sequence);
        QCOMPARE(QDateTime::fromString(record.at(1), Qt::ISODateWithMs), entry.at);
        QCOMPARE(record.at(2), entry.profile);
        QCOMPARE(record.at(3), entry.environment);
        QCOMPARE(record.at(4), entry.endpoint);
        QJsonParseError parseError;
        const QJsonDocument parameters =
                QJsonDocument::fromJson(record.at(5).toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(parameters.object(), entry.parameters);
        QCOMPARE(record.at(6), entry.requestId);
        QCOMPARE(record.at(7), bc::store::auditOutcomeKey(entry.outcome));
        QCOMPARE(record.at(8), entry.code ? QString::number(*entry.code) : QString());
    }
    // Nothing else was left in the folder (QSaveFile's temporary file is gone).
    QCOMPARE(QDir(m_dir->path()).entryList({u"audit.csv*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"audit.csv"_s});
}

void TestAuditLog::exportToUnwritablePath_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("where");
    const QStringList places{u"missing folder"_s, u"target is a folder"_s, u"read-only folder"_s
#ifdef Q_OS_LINUX
                             ,
                             u"proc"_s
#endif
    };
    for (const QString &backend : backends()) {
        for (const QString &where : places)
            QTest::addRow("%s/%s", qPrintable(backend), qPrintable(where)) << backend << where;
    }
}

void TestAuditLog::exportToUnwritablePath()
{
    QFETCH(QString, backend);
    QFETCH(QString, where);
    const QString exports = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(exports));
    QString path;
    if (where == u"missing folder") {
        path = exports + u"/missing/deeper/audit.csv"_s;
    } else if (where == u"target is a folder") {
        path = exports + u"/audit.csv"_s;
        QVERIFY(QDir().mkpath(path));
    } else if (where == u"read-only folder") {
        QVERIFY(QFile::setPermissions(exports, QFile::ReadOwner | QFile::ExeOwner));
        path = exports + u"/audit.csv"_s;
    } else {
        path = u"/proc/bc-console-audit-test.csv"_s;
    }

    const std::unique_ptr<MirrorStore> store = openStore(backend);
    QVERIFY(store);
    AuditLog log(store->connection());
    AuditEntry entry = makeEntry(u"req-1"_s, t0, u"bc/transfer/"_s, AuditOutcome::Failed, 40002);
    QVERIFY(!log.append(entry).isError());

    const QStringList before =
            QDir(exports).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    StoreError error;
    {
        // As root, file modes only hold while the capabilities that bypass them are given up.
        const bc::testsupport::FileModesEnforced modes;
        QVERIFY2(modes.active(), "could not give up CAP_DAC_OVERRIDE");
        error = log.exportCsv(path);
    }
    QFile::setPermissions(exports, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(error.isError());
    QCOMPARE(error.kind(), StoreError::Kind::Export);
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(error.detail().contains(path), qPrintable(error.detail()));

    QCOMPARE(QDir(exports).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             before);
    if (where == u"target is a folder") {
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    } else {
        QVERIFY(!QFileInfo::exists(path));
    }
    QVERIFY(!QFileInfo::exists(exports + u"/missing"_s));
}

void TestAuditLog::failedExportKeepsExistingFile_data()
{
    addBackendRows();
}

void TestAuditLog::failedExportKeepsExistingFile()
{
    QFETCH(QString, backend);
    StoreError error;
    // No schema: the query fails after the file was opened for writing.
    const std::unique_ptr<StoreConnection> connection =
            StoreConnection::open(freshLocation(backend), &error);
    QVERIFY2(connection, qPrintable(error.describe()));
    AuditLog log(*connection);

    const QString exports = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(exports));
    const QString path = exports + u"/audit.csv"_s;
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export\r\n");
    }
    error = log.exportCsv(path);
    QVERIFY(error.isError());
    QCOMPARE(readAll(path), QByteArray("the previous export\r\n"));
    QCOMPARE(QDir(exports).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"audit.csv"_s});
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
