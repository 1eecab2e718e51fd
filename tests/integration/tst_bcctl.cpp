#include "core/store/mirrorstore.h"
#include "core/store/profileregistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// bcctl as a script would use it: the real executable, its stdout and its exit code.
class TestBcctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsDemoBusinessCentersAsJson();
    void listsAsCsvAndTable();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void missingTokenVariable();
    void offlineAfterOnlinePrintsTheSame_data();
    void offlineAfterOnlinePrintsTheSame();
    void offlineWithoutMirrorFails_data();
    void offlineWithoutMirrorFails();
    void profilesDoNotSeeEachOthersMirror();
    void profileErrors_data();
    void profileErrors();
    void syncWritesTheMirror();
    void syncNamesTheFailedLists();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs bcctl with --data-dir `dataDir` (this test's own folder when empty) and its
    // XDG_DATA_HOME in this test's folder too, so that no run ever touches the real app data.
    Run run(const QStringList &arguments, const QString &dataDir = {}) const;
    [[nodiscard]] QString dataDir() const { return m_dir->path() + u"/data"_s; }
    // The id of a demo BC where the user has this finance role ("" for none).
    [[nodiscard]] QString businessCenterId(const QString &financeRole) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBcctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestBcctl::Run TestBcctl::run(const QStringList &arguments, const QString &dataDir) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->path() + u"/xdg"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BCCTL_EXE),
                  QStringList{u"--data-dir"_s, dataDir.isEmpty() ? this->dataDir() : dataDir}
                          + arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestBcctl::listsDemoBusinessCentersAsJson()
{
    const Run result = run({u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 12);
    const QRegularExpression id(u"^7\\d{18}$"_s);
    for (const QJsonValue &value : array) {
        // The bc_info fields are at the top level, next to user_role and finance_role.
        const QJsonObject info = value.toObject();
        QVERIFY(!info.contains("bc_info"_L1));
        // Ids are strings of 19 digits, even those the emulator sent as numbers.
        QVERIFY(info.value("bc_id"_L1).isString());
        QVERIFY2(id.match(info.value("bc_id"_L1).toString()).hasMatch(),
                 qPrintable(info.value("bc_id"_L1).toString()));
        QVERIFY(!info.value("name"_L1).toString().isEmpty());
    }
    // The API's own field names are kept, including the ones the client does not model.
    QVERIFY(array.first().toObject().contains("user_role"_L1));
}

void TestBcctl::listsAsCsvAndTable()
{
    const Run csv = run({u"--format"_s, u"csv"_s, u"bc"_s, u"list"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = QString::fromUtf8(csv.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines.first().startsWith(u"bc_id,name,"_s));

    const Run table = run({u"bc"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts).size(), 13);
}

void TestBcctl::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << u"resource and a verb"_s;
    QTest::newRow("unknown command") << QStringList{u"bc"_s, u"explode"_s} << u"Unknown command"_s;
    QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"bc"_s, u"list"_s}
                                << u"Unknown format"_s;
    QTest::newRow("bad env") << QStringList{u"--env"_s, u"prod"_s, u"bc"_s, u"list"_s}
                             << u"Unknown environment"_s;
    QTest::newRow("sync without --bc") << QStringList{u"sync"_s} << u"--bc"_s;
    QTest::newRow("sync offline") << QStringList{u"--offline"_s, u"sync"_s, u"--bc"_s, u"1"_s}
                                  << u"--offline"_s;
    QTest::newRow("http to a remote host")
            << QStringList{u"--base-url"_s, u"http://example.com/open_api/"_s, u"bc"_s, u"list"_s}
            << u"loopback"_s;
}

void TestBcctl::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestBcctl::missingTokenVariable()
{
    const Run result =
            run({u"--access-token-env"_s, u"BC_TEST_SURELY_UNSET_VARIABLE"_s, u"bc"_s, u"list"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("BC_TEST_SURELY_UNSET_VARIABLE"));
}

QString TestBcctl::businessCenterId(const QString &financeRole) const
{
    const Run result = run({u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    for (const QJsonValue &value : QJsonDocument::fromJson(result.out).array()) {
        const QJsonObject bc = value.toObject();
        const QString role = bc.value("finance_role"_L1).toString();
        if (role == financeRole)
            return bc.value("bc_id"_L1).toString();
    }
    return {};
}

void TestBcctl::offlineAfterOnlinePrintsTheSame_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("table") << u"table"_s;
}

void TestBcctl::offlineAfterOnlinePrintsTheSame()
{
    QFETCH(QString, format);
    const Run online = run({u"--format"_s, format, u"bc"_s, u"list"_s});
    QCOMPARE(online.exitCode, 0);
    QVERIFY(!online.out.isEmpty());
    QVERIFY(QFile::exists(dataDir() + u"/profiles/demo/mirror.sqlite"_s));

    // No network: the demo emulator is not even started.
    const Run offline = run({u"--offline"_s, u"--format"_s, format, u"bc"_s, u"list"_s});
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(offline.out, online.out);
    QVERIFY2(offline.err.contains("offline"), offline.err.constData());
    if (format == u"json") {
        // The API's own objects: fields the client does not model are still there.
        const QJsonArray array = QJsonDocument::fromJson(offline.out).array();
        QCOMPARE(array.size(), 12);
        QVERIFY(array.first().toObject().contains("user_role"_L1));
    }
}

void TestBcctl::offlineWithoutMirrorFails_data()
{
    QTest::addColumn<QStringList>("before");    // run first (online), empty: nothing
    QTest::addColumn<QStringList>("arguments"); // then this, with --offline
    QTest::addColumn<QString>("message");
    const QStringList list{u"bc"_s, u"list"_s};
    QTest::newRow("empty data dir") << QStringList() << list << u"no local mirror yet"_s;
    QTest::newRow("another environment's mirror")
            << list
            << QStringList{u"--base-url"_s, u"http://127.0.0.1:9/open_api/"_s, u"bc"_s, u"list"_s}
            << u"“custom-127.0.0.1-9” has no local mirror yet"_s;
    QTest::newRow("mirror without the list")
            << QStringList{u"sync"_s, u"--bc"_s, u"1"_s} << list << u"never fetched"_s;
}

void TestBcctl::offlineWithoutMirrorFails()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!before.isEmpty())
        run(before);
    const Run result = run(QStringList{u"--offline"_s} + arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(message), qPrintable(err));
    // One error line, the last one.
    QVERIFY2(err.trimmed().split(u'\n').last().startsWith(u"error: "_s), qPrintable(err));
    QCOMPARE(err.count(u"error: "_s), 1);
}

void TestBcctl::profilesDoNotSeeEachOthersMirror()
{
    bc::store::ProfileRegistry registry(dataDir());
    QString error;
    for (const QString &name : {u"alpha"_s, u"Alpha"_s}) {
        bc::store::Profile profile;
        profile.name = name;
        profile.environment = bc::api::EnvironmentKind::Demo;
        QVERIFY2(registry.add(profile, &error), qPrintable(error));
    }
    const QStringList json{u"--format"_s, u"json"_s, u"bc"_s, u"list"_s};
    const Run alpha = run(QStringList{u"--profile"_s, u"alpha"_s} + json);
    QCOMPARE(alpha.exitCode, 0);

    const Run alphaOffline = run(QStringList{u"--profile"_s, u"alpha"_s, u"--offline"_s} + json);
    QCOMPARE(alphaOffline.exitCode, 0);
    QCOMPARE(alphaOffline.out, alpha.out);
    // The other saved profile and the implicit demo profile of the same data dir see nothing.
    for (const QStringList &other :
         {QStringList{u"--profile"_s, u"Alpha"_s}, QStringList{u"--env"_s, u"demo"_s}}) {
        const Run offline = run(other + QStringList{u"--offline"_s} + json);
        QCOMPARE(offline.exitCode, 1);
        QVERIFY(offline.out.isEmpty());
    }
    // A profile in another data dir sees nothing either.
    const Run elsewhere = run(QStringList{u"--offline"_s} + json, m_dir->path() + u"/other"_s);
    QCOMPARE(elsewhere.exitCode, 1);
}

void TestBcctl::profileErrors_data()
{
    QTest::addColumn<QByteArray>("profilesJson"); // written to <dataDir>/profiles.json
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QByteArray sandbox(
            R"({"version": 1, "profiles": [{"name": "acme", "environment": "sandbox"}]})");
    const QStringList list{u"bc"_s, u"list"_s};
    QTest::newRow("unknown profile") << sandbox << QStringList{u"--profile"_s, u"nobody"_s} + list
                                     << u"no saved profile “nobody”"_s;
    QTest::newRow("contradicting --env")
            << sandbox << QStringList{u"--profile"_s, u"acme"_s, u"--env"_s, u"production"_s} + list
            << u"is for sandbox"_s;
    QTest::newRow("contradicting --base-url")
            << sandbox
            << QStringList{u"--profile"_s, u"acme"_s, u"--base-url"_s,
                           u"http://127.0.0.1:9/open_api/"_s}
                       + list
            << u"is for sandbox"_s;
    QTest::newRow("damaged profiles.json")
            << QByteArray("{ not json") << QStringList{u"--profile"_s, u"acme"_s} + list
            << u"was kept as"_s;
}

void TestBcctl::profileErrors()
{
    QFETCH(QByteArray, profilesJson);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(QDir().mkpath(dataDir()));
    QFile file(dataDir() + u"/profiles.json"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(profilesJson);
    file.close();

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    // Nothing was written for a profile that was not used.
    QVERIFY(!QFileInfo::exists(dataDir() + u"/profiles"_s));
}

void TestBcctl::syncWritesTheMirror()
{
    const QString bcId = businessCenterId(u"MANAGER"_s);
    QVERIFY(!bcId.isEmpty());
    const Run result = run({u"sync"_s, u"--bc"_s, bcId});
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(result.exitCode == 0, qPrintable(err));
    QVERIFY(result.out.isEmpty()); // progress goes to stderr
    static const QRegularExpression progress(u"sync: (\\d+)/(\\d+) lists"_s);
    QVERIFY2(progress.match(err).hasMatch(), qPrintable(err));
    QVERIFY2(err.contains(u"sync: done"_s), qPrintable(err));

    bc::store::ProfileRegistry registry(dataDir());
    const bc::store::Profile demo = bc::store::Profile::implicitFor(bc::api::EnvironmentKind::Demo);
    bc::store::StoreError error;
    auto store = bc::store::MirrorStore::open(registry.location(demo),
                                              bc::store::ProfileRegistry::identity(demo), &error);
    QVERIFY2(store, qPrintable(error.describe()));
    QVERIFY(store->rowCount(bc::store::MirrorList::AdAccounts, bcId) > 0);
    QVERIFY(store->freshness(bc::store::MirrorList::Invoices, bcId));
}

void TestBcctl::syncNamesTheFailedLists()
{
    // Without a finance role the finance lists are refused (40001); the others are written.
    const QString bcId = businessCenterId(QString());
    QVERIFY(!bcId.isEmpty());
    const Run result = run({u"sync"_s, u"--bc"_s, bcId});
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QString last = lines.last();
    QVERIFY2(last.contains(u"failed"_s) && last.contains(u"invoices"_s)
                     && last.contains(u"billing_groups"_s) && !last.contains(u"members"_s),
             qPrintable(last));
    QVERIFY2(result.err.contains("40001") && result.err.contains("request_id"),
             result.err.constData());

    bc::store::ProfileRegistry registry(dataDir());
    const bc::store::Profile demo = bc::store::Profile::implicitFor(bc::api::EnvironmentKind::Demo);
    bc::store::StoreError error;
    auto store = bc::store::MirrorStore::open(registry.location(demo),
                                              bc::store::ProfileRegistry::identity(demo), &error);
    QVERIFY2(store, qPrintable(error.describe()));
    QVERIFY(store->freshness(bc::store::MirrorList::Members, bcId));
    QVERIFY(!store->freshness(bc::store::MirrorList::Invoices, bcId));
}

QTEST_GUILESS_MAIN(TestBcctl)
#include "tst_bcctl.moc"
