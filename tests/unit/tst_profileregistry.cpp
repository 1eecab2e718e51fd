#include "core/store/mirrorstore.h"
#include "core/store/profileregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::EnvironmentKind;
using bc::store::MirrorList;
using bc::store::MirrorStore;
using bc::store::Profile;
using bc::store::ProfileRegistry;
using bc::store::StoreError;

Q_DECLARE_METATYPE(bc::store::Profile)

namespace {

Profile profile(const QString &name, EnvironmentKind environment = EnvironmentKind::Sandbox)
{
    Profile p;
    p.name = name;
    p.environment = environment;
    if (environment == EnvironmentKind::Custom)
        p.customBaseUrl = QUrl(u"http://127.0.0.1:8080/open_api/"_s);
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject businessCenter(const QString &id, const QString &name)
{
    return QJsonObject{{u"bc_info"_s, QJsonObject{{u"bc_id"_s, id}, {u"name"_s, name}}},
                       {u"user_role"_s, u"ADMIN"_s}};
}

} // namespace

class TestProfileRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newProfilesDefaultToSandbox();
    void roundTrip();
    void validation_data();
    void validation();
    void namesAreUnique();
    void updateAndRemove();
    void removeKeepsOrDeletesTheFolder_data();
    void removeKeepsOrDeletesTheFolder();
    void folderNames_data();
    void folderNames();
    void differentNamesNeverShareAFolder();
    void locationAndIdentity_data();
    void locationAndIdentity();
    void demoIdentityIgnoresThePort();
    void implicitProfiles_data();
    void implicitProfiles();
    void mirrorsAreIsolated();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void unreadableFileIsMovedAside();
    void newerFileIsLeftAlone();
    void profilesFileHoldsNoSecret_data();
    void profilesFileHoldsNoSecret();
    void defaultDataDirectoryIsWritable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileRegistry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileRegistry::newProfilesDefaultToSandbox()
{
    QCOMPARE(Profile().environment, EnvironmentKind::Sandbox);
}

void TestProfileRegistry::roundTrip()
{
    ProfileRegistry registry(m_dir->path());
    QString error;
    QVERIFY(registry.load(&error)); // no file yet: an empty registry
    QVERIFY(registry.profiles().isEmpty());

    Profile full = profile(u"Finance — 財務"_s, EnvironmentKind::Custom);
    full.appId = u"7123456789012345678"_s;
    full.postgresConnection = u"host=127.0.0.1 port=5432 dbname=bc user=finance"_s;
    full.redirectUri = QUrl(u"http://127.0.0.1:53682/callback"_s);
    const QList<Profile> saved{profile(u"sandbox"_s),
                               profile(u"live"_s, EnvironmentKind::Production),
                               profile(u"demo"_s, EnvironmentKind::Demo), full};
    for (const Profile &p : saved)
        QVERIFY2(registry.add(p, &error), qPrintable(error));
    QCOMPARE(registry.profiles(), saved);

    ProfileRegistry again(m_dir->path());
    QVERIFY2(again.load(&error), qPrintable(error));
    QCOMPARE(again.profiles(), saved);
    QCOMPARE(again.find(full.name), full);
    QVERIFY(!again.find(u"missing"_s));
    QVERIFY(!again.find(u"SANDBOX"_s)); // names are exact
}

void TestProfileRegistry::validation_data()
{
    QTest::addColumn<Profile>("candidate");
    QTest::addColumn<QString>("problem"); // empty: accepted

    QTest::newRow("plain") << profile(u"work"_s) << QString();
    QTest::newRow("unicode and spaces inside") << profile(u"Agence Zoé 🚀"_s) << QString();
    QTest::newRow("empty name") << profile(QString()) << u"needs a name"_s;
    QTest::newRow("blank name") << profile(u"   "_s) << u"needs a name"_s;
    QTest::newRow("leading space") << profile(u" work"_s) << u"spaces"_s;
    QTest::newRow("newline") << profile(u"a\nb"_s) << u"control"_s;
    QTest::newRow("too long") << profile(QString(65, u'x')) << u"too long"_s;
    QTest::newRow("long unicode") << profile(QString(60, QChar(0x4e2d))) << u"too long"_s;

    Profile custom = profile(u"custom"_s, EnvironmentKind::Custom);
    QTest::newRow("custom") << custom << QString();
    custom.customBaseUrl = QUrl(u"http://example.com/open_api/"_s);
    QTest::newRow("custom over plain http") << custom << u"loopback"_s;
    custom.customBaseUrl = QUrl(u"https://example.com/api/"_s);
    QTest::newRow("custom without /open_api/") << custom << u"/open_api/"_s;
    custom.customBaseUrl = QUrl();
    QTest::newRow("custom without URL") << custom << u"not a valid URL"_s;
    Profile sandboxWithUrl = profile(u"s"_s);
    sandboxWithUrl.customBaseUrl = QUrl(u"https://example.com/open_api/"_s);
    QTest::newRow("sandbox with its own URL") << sandboxWithUrl << u"Only a custom profile"_s;

    Profile app = profile(u"app"_s);
    app.appId = u"71234 5678"_s;
    QTest::newRow("app id with a space") << app << u"app id"_s;

    Profile team = profile(u"team"_s);
    team.postgresConnection = u"host=db dbname=bc user=finance passfile=/home/f/.pgpass"_s;
    QTest::newRow("postgres with a passfile") << team << QString();
    team.postgresConnection = u"host=db dbname=bc user=finance password=hunter2"_s;
    QTest::newRow("postgres with a password") << team << u"password"_s;
    team.postgresConnection = u"postgresql://finance:hunter2@db/bc"_s;
    QTest::newRow("postgres URI with a password") << team << u"password"_s;

    Profile redirect = profile(u"redirect"_s);
    redirect.redirectUri = QUrl(u"https://example.com/callback?state=1"_s);
    QTest::newRow("redirect") << redirect << QString();
    redirect.redirectUri = QUrl(u"https://example.com/callback?client_secret=abc"_s);
    QTest::newRow("redirect with a secret") << redirect << u"client_secret"_s;
    redirect.redirectUri = QUrl(u"https://user:pw@example.com/callback"_s);
    QTest::newRow("redirect with a password") << redirect << u"password"_s;
}

void TestProfileRegistry::validation()
{
    QFETCH(Profile, candidate);
    QFETCH(QString, problem);
    const QString found = ProfileRegistry::validate(candidate);
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found));
    } else {
        QVERIFY2(found.contains(problem), qPrintable(found));
    }
    ProfileRegistry registry(m_dir->path());
    QString error;
    QCOMPARE(registry.add(candidate, &error), problem.isEmpty());
    QCOMPARE(registry.profiles().size(), problem.isEmpty() ? 1 : 0);
    // A refused profile leaves no file behind.
    QCOMPARE(QFile::exists(registry.profilesFilePath()), problem.isEmpty());
}

void TestProfileRegistry::namesAreUnique()
{
    ProfileRegistry registry(m_dir->path());
    QString error;
    QVERIFY(registry.add(profile(u"work"_s), &error));
    QVERIFY(!registry.add(profile(u"work"_s, EnvironmentKind::Production), &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QCOMPARE(registry.profiles().size(), 1);
    QCOMPARE(registry.find(u"work"_s)->environment, EnvironmentKind::Sandbox);
}

void TestProfileRegistry::updateAndRemove()
{
    ProfileRegistry registry(m_dir->path());
    QString error;
    QVERIFY(registry.add(profile(u"a"_s), &error));
    QVERIFY(registry.add(profile(u"b"_s), &error));

    Profile changed = profile(u"a"_s, EnvironmentKind::Production);
    changed.appId = u"42"_s;
    QVERIFY2(registry.update(changed, &error), qPrintable(error));
    QVERIFY(!registry.update(profile(u"c"_s), &error));
    QVERIFY(error.contains(u"no profile"_s));
    Profile invalid = changed;
    invalid.postgresConnection = u"password=x"_s;
    QVERIFY(!registry.update(invalid, &error));

    QVERIFY(!registry.remove(u"c"_s, ProfileRegistry::FolderOnRemove::Keep, &error));
    QVERIFY(registry.remove(u"b"_s, ProfileRegistry::FolderOnRemove::Keep, &error));

    ProfileRegistry again(m_dir->path());
    QVERIFY(again.load(&error));
    QCOMPARE(again.profiles(), QList<Profile>{changed});
}

void TestProfileRegistry::removeKeepsOrDeletesTheFolder_data()
{
    QTest::addColumn<ProfileRegistry::FolderOnRemove>("folder");
    QTest::addColumn<bool>("folderRemains");
    QTest::newRow("keep") << ProfileRegistry::FolderOnRemove::Keep << true;
    QTest::newRow("delete") << ProfileRegistry::FolderOnRemove::Delete << false;
}

void TestProfileRegistry::removeKeepsOrDeletesTheFolder()
{
    QFETCH(ProfileRegistry::FolderOnRemove, folder);
    QFETCH(bool, folderRemains);
    ProfileRegistry registry(m_dir->path());
    QString error;
    const Profile gone = profile(u"gone"_s);
    const Profile other = profile(u"other"_s);
    QVERIFY(registry.add(gone, &error));
    QVERIFY(registry.add(other, &error));
    for (const Profile &p : {gone, other}) {
        StoreError storeError;
        QVERIFY(MirrorStore::open(registry.location(p), ProfileRegistry::identity(p), &storeError));
        QVERIFY(QFile::exists(registry.location(p).path()));
    }
    QVERIFY2(registry.remove(gone.name, folder, &error), qPrintable(error));
    QCOMPARE(QFileInfo::exists(registry.profileDirectory(gone)), folderRemains);
    QCOMPARE(QFile::exists(registry.location(gone).path()), folderRemains);
    QVERIFY(QFile::exists(registry.location(other).path())); // never another profile's
}

void TestProfileRegistry::folderNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain") << u"sandbox"_s << u"sandbox"_s;
    QTest::newRow("digits and dash") << u"team-2"_s << u"team-2"_s;
    QTest::newRow("upper case") << u"Prod"_s << u"_prod"_s;
    QTest::newRow("space") << u"my work"_s << u"my+20+work"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a+2f+b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a+5c+b"_s;
    QTest::newRow("dot dot") << u".."_s << u"+2e+."_s;
    QTest::newRow("dot") << u"."_s << u"+2e+"_s;
    QTest::newRow("parent path") << u"../x"_s << u"+2e+.+2f+x"_s;
    QTest::newRow("inner dot") << u"custom-127.0.0.1-8080"_s << u"custom-127.0.0.1-8080"_s;
    QTest::newRow("underscore") << u"a_b"_s << u"a+5f+b"_s;
    QTest::newRow("plus") << u"a+b"_s << u"a+2b+b"_s;
    QTest::newRow("accent") << u"zoé"_s << u"zo+e9+"_s;
    QTest::newRow("chinese") << u"財務"_s << u"+8ca1++52d9+"_s;
    QTest::newRow("emoji") << u"🚀"_s << u"+1f680+"_s;
}

void TestProfileRegistry::folderNames()
{
    QFETCH(QString, name);
    QFETCH(QString, folder);
    QCOMPARE(ProfileRegistry::folderName(name), folder);
    ProfileRegistry registry(m_dir->path());
    Profile p = profile(name);
    // The mirror is always one level inside <dataDir>/profiles.
    const QFileInfo mirror(registry.location(p).path());
    QCOMPARE(mirror.fileName(), u"mirror.sqlite"_s);
    QCOMPARE(QDir::cleanPath(mirror.absolutePath()),
             QDir::cleanPath(m_dir->path() + u"/profiles/"_s + folder));
}

void TestProfileRegistry::differentNamesNeverShareAFolder()
{
    const QStringList names{u"prod"_s,  u"Prod"_s,   u"PROD"_s,    u"pRoD"_s,   u"_prod"_s,
                            u"+prod"_s, u"prod."_s,  u".prod"_s,   u"prod "_s,  u"prod_"_s,
                            u"a/b"_s,   u"a+2f+b"_s, u"a_b"_s,     u"a+5f+b"_s, u"."_s,
                            u".."_s,    u"..."_s,    u"+2e+"_s,    u"é"_s,      u"e\u0301"_s,
                            u"É"_s,     u"🚀"_s,      u"+1f680+"_s, u"x"_s,      u"_x"_s,
                            u"X"_s,     u"ẞ"_s,      u"ß"_s,       u"ss"_s,     u"SS"_s};
    QSet<QString> folders;
    for (const QString &name : names) {
        const QString folder = ProfileRegistry::folderName(name);
        QVERIFY2(!folder.isEmpty() && folder != u"."_s && folder != u".."_s, qPrintable(name));
        QVERIFY(!folder.contains(u'/') && !folder.contains(u'\\'));
        QVERIFY(!folder.startsWith(u'.'));
        // Only ASCII, and no upper case: distinct even where the file system ignores case.
        QCOMPARE(folder, folder.toLower());
        QVERIFY(std::all_of(folder.cbegin(), folder.cend(),
                            [](QChar c) { return c.unicode() < 128; }));
        folders.insert(folder.toLower());
    }
    QCOMPARE(folders.size(), names.size());
}

void TestProfileRegistry::locationAndIdentity_data()
{
    QTest::addColumn<Profile>("subject");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("apiBase");
    QTest::newRow("sandbox") << profile(u"s"_s) << u"sandbox"_s
                             << u"https://sandbox-ads.tiktok.com/open_api/"_s;
    QTest::newRow("production") << profile(u"p"_s, EnvironmentKind::Production) << u"production"_s
                                << u"https://business-api.tiktok.com/open_api/"_s;
    QTest::newRow("demo") << profile(u"d"_s, EnvironmentKind::Demo) << u"demo"_s << u"demo"_s;
    QTest::newRow("custom") << profile(u"c"_s, EnvironmentKind::Custom) << u"custom"_s
                            << u"http://127.0.0.1:8080/open_api/"_s;
}

void TestProfileRegistry::locationAndIdentity()
{
    QFETCH(Profile, subject);
    QFETCH(QString, environment);
    QFETCH(QString, apiBase);
    const bc::store::StoreIdentity identity = ProfileRegistry::identity(subject);
    QCOMPARE(identity.profile, subject.name);
    QCOMPARE(identity.environment, environment);
    QCOMPARE(identity.apiBase, apiBase);

    ProfileRegistry registry(m_dir->path());
    QCOMPARE(registry.location(subject).backend(), bc::store::StoreBackend::Sqlite);
    subject.postgresConnection = u"host=127.0.0.1 dbname=bc"_s;
    const bc::store::StoreLocation team = registry.location(subject);
    QCOMPARE(team.backend(), bc::store::StoreBackend::Postgres);
    QCOMPARE(team.connectionString(), subject.postgresConnection);
}

void TestProfileRegistry::demoIdentityIgnoresThePort()
{
    const Profile a = Profile::implicitFor(EnvironmentKind::Demo);
    QCOMPARE(ProfileRegistry::identity(a),
             ProfileRegistry::identity(Profile::implicitFor(EnvironmentKind::Demo)));
    // A custom root is its URL, port included: another server is another API.
    const Profile c1 =
            Profile::implicitFor(EnvironmentKind::Custom, QUrl(u"http://127.0.0.1:1/open_api/"_s));
    const Profile c2 =
            Profile::implicitFor(EnvironmentKind::Custom, QUrl(u"http://127.0.0.1:2/open_api/"_s));
    QVERIFY(ProfileRegistry::identity(c1).apiBase != ProfileRegistry::identity(c2).apiBase);
}

void TestProfileRegistry::implicitProfiles_data()
{
    QTest::addColumn<EnvironmentKind>("environment");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("name");
    QTest::newRow("demo") << EnvironmentKind::Demo << QUrl() << u"demo"_s;
    QTest::newRow("sandbox") << EnvironmentKind::Sandbox << QUrl() << u"sandbox"_s;
    QTest::newRow("production") << EnvironmentKind::Production << QUrl() << u"production"_s;
    QTest::newRow("custom") << EnvironmentKind::Custom << QUrl(u"http://127.0.0.1:8080/open_api/"_s)
                            << u"custom-127.0.0.1-8080"_s;
    QTest::newRow("custom https default port")
            << EnvironmentKind::Custom << QUrl(u"https://api.example.com/open_api/"_s)
            << u"custom-api.example.com-443"_s;
}

void TestProfileRegistry::implicitProfiles()
{
    QFETCH(EnvironmentKind, environment);
    QFETCH(QUrl, url);
    QFETCH(QString, name);
    const Profile p = Profile::implicitFor(environment, url);
    QCOMPARE(p.name, name);
    QCOMPARE(p.environment, environment);
    QVERIFY2(ProfileRegistry::validate(p).isEmpty(), qPrintable(ProfileRegistry::validate(p)));
}

void TestProfileRegistry::mirrorsAreIsolated()
{
    ProfileRegistry registry(m_dir->path());
    QString error;
    const Profile sandbox = profile(u"acme"_s);
    const Profile production = profile(u"acme-live"_s, EnvironmentKind::Production);
    QVERIFY(registry.add(sandbox, &error));
    QVERIFY(registry.add(production, &error));
    QVERIFY(registry.location(sandbox).path() != registry.location(production).path());

    StoreError storeError;
    {
        auto store = MirrorStore::open(registry.location(sandbox),
                                       ProfileRegistry::identity(sandbox), &storeError);
        QVERIFY2(store, qPrintable(storeError.describe()));
        bc::store::ListWrite write;
        write.list = MirrorList::BusinessCenters;
        write.rows = {businessCenter(u"7000000000000000001"_s, u"Sandbox BC"_s)};
        write.complete = true;
        QVERIFY2(!store->write(write).error.isError(), "write");
        QCOMPARE(store->rows(MirrorList::BusinessCenters, QString()).size(), 1);
    }
    {
        auto store = MirrorStore::open(registry.location(production),
                                       ProfileRegistry::identity(production), &storeError);
        QVERIFY2(store, qPrintable(storeError.describe()));
        QVERIFY(store->rows(MirrorList::BusinessCenters, QString()).isEmpty());
        QVERIFY(!store->freshness(MirrorList::BusinessCenters, QString()));
    }
    // One profile's file opened with the other's identity, either way round, is refused.
    for (const auto &[file, identity] :
         {std::pair{sandbox, production}, std::pair{production, sandbox}}) {
        auto store = MirrorStore::open(registry.location(file), ProfileRegistry::identity(identity),
                                       &storeError);
        QVERIFY(!store);
        QCOMPARE(storeError.kind(), StoreError::Kind::WrongProfile);
    }
}

void TestProfileRegistry::damagedFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("garbage") << QByteArray("\x00\xff garbage {", 12) << u"not valid JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"version": 1, "profiles": [{"name": "a")")
                               << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("no version") << QByteArray(R"({"profiles": []})") << u"version"_s;
    QTest::newRow("no list") << QByteArray(R"({"version": 1})") << u"list of profiles"_s;
    QTest::newRow("unknown environment") << QByteArray(
            R"({"version": 1, "profiles": [{"name": "a", "environment": "staging"}]})")
                                         << u"unknown environment"_s;
    QTest::newRow("duplicate") << QByteArray(
            R"({"version": 1, "profiles": [{"name": "a", "environment": "demo"},
                          {"name": "a", "environment": "sandbox"}]})")
                               << u"twice"_s;
    QTest::newRow("secret") << QByteArray(R"({"version": 1, "profiles": [{"name": "a",
                               "environment": "sandbox", "postgres": "password=x"}]})")
                            << u"password"_s;
}

void TestProfileRegistry::damagedFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    ProfileRegistry registry(m_dir->path());
    QVERIFY(writeAll(registry.profilesFilePath(), content));

    QString error;
    QVERIFY(!registry.load(&error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(registry.profilesFilePath())),
             qPrintable(error));
    const QString aside = registry.movedAsidePath();
    QVERIFY(!aside.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(aside)), qPrintable(error));
    QCOMPARE(readAll(aside), content);
    QVERIFY(!QFile::exists(registry.profilesFilePath()));
    QVERIFY(registry.profiles().isEmpty());

    // Starting again writes a new file and never touches the one kept aside.
    QVERIFY2(registry.add(profile(u"fresh"_s), &error), qPrintable(error));
    QCOMPARE(readAll(aside), content);
    ProfileRegistry again(m_dir->path());
    QVERIFY2(again.load(&error), qPrintable(error));
    QCOMPARE(again.profiles().size(), 1);
}

void TestProfileRegistry::unreadableFileIsMovedAside()
{
    // A folder where the file should be cannot be read, whoever runs the test (root included).
    ProfileRegistry registry(m_dir->path());
    QVERIFY(QDir().mkpath(registry.profilesFilePath()));
    QString error;
    QVERIFY(!registry.load(&error));
    QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
    QVERIFY(QFileInfo(registry.movedAsidePath()).isDir());
    QVERIFY2(registry.add(profile(u"fresh"_s), &error), qPrintable(error));
    QVERIFY(QFileInfo(registry.profilesFilePath()).isFile());
}

void TestProfileRegistry::newerFileIsLeftAlone()
{
    ProfileRegistry registry(m_dir->path());
    const QByteArray content(R"({"version": 99, "profiles": [], "future": true})");
    QVERIFY(writeAll(registry.profilesFilePath(), content));
    QString error;
    QVERIFY(!registry.load(&error));
    QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
    QVERIFY(registry.movedAsidePath().isEmpty());
    QVERIFY(!registry.add(profile(u"x"_s), &error));
    QVERIFY(!registry.save(&error));
    QCOMPARE(readAll(registry.profilesFilePath()), content);
}

void TestProfileRegistry::profilesFileHoldsNoSecret_data()
{
    QTest::addColumn<Profile>("candidate");
    QTest::addColumn<QString>("secret");
    Profile p = profile(u"team"_s);
    p.postgresConnection = u"host=db user=f password=S3cretPw1"_s;
    QTest::newRow("postgres password") << p << u"S3cretPw1"_s;
    p = profile(u"team"_s);
    p.postgresConnection = u"postgres://f:S3cretPw2@db/bc"_s;
    QTest::newRow("postgres URI") << p << u"S3cretPw2"_s;
    p = profile(u"custom"_s, EnvironmentKind::Custom);
    p.customBaseUrl = QUrl(u"http://u:S3cretPw3@127.0.0.1:8080/open_api/"_s);
    QTest::newRow("API root with a password") << p << u"S3cretPw3"_s;
    p = profile(u"custom"_s, EnvironmentKind::Custom);
    p.customBaseUrl = QUrl(u"http://127.0.0.1:8080/open_api/?access_token=S3cretTk4"_s);
    QTest::newRow("API root with a token") << p << u"S3cretTk4"_s;
    p = profile(u"app"_s);
    p.redirectUri = QUrl(u"https://example.com/cb?app_secret=S3cretAs5"_s);
    QTest::newRow("redirect with an app secret") << p << u"S3cretAs5"_s;
    p = profile(u"app"_s);
    p.redirectUri = QUrl(u"https://example.com/cb#access_token=S3cretTk6"_s);
    QTest::newRow("redirect with a token fragment") << p << u"S3cretTk6"_s;
}

void TestProfileRegistry::profilesFileHoldsNoSecret()
{
    QFETCH(Profile, candidate);
    QFETCH(QString, secret);
    ProfileRegistry registry(m_dir->path());
    QString error;
    Profile full = profile(u"full"_s);
    full.appId = u"7123456789"_s;
    full.postgresConnection = u"host=127.0.0.1 dbname=bc user=finance"_s;
    full.redirectUri = QUrl(u"http://127.0.0.1:53682/callback?state=xyz"_s);
    QVERIFY2(registry.add(full, &error), qPrintable(error));
    QVERIFY(!registry.add(candidate, &error));
    // Nor can an existing profile take on the secret.
    Profile replaced = candidate;
    replaced.name = full.name;
    QVERIFY(!registry.update(replaced, &error));

    const QString text = QString::fromUtf8(readAll(registry.profilesFilePath()));
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(secret), qPrintable(text));
    static const QRegularExpression secretLike(u"passw|secret|token|credential|api_?key"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!secretLike.match(text).hasMatch(), qPrintable(text));
}

void TestProfileRegistry::defaultDataDirectoryIsWritable()
{
    const QString directory = ProfileRegistry::defaultDataDirectory();
    QVERIFY(!directory.isEmpty());
    QVERIFY(QDir::isAbsolutePath(directory));
    // In test mode, never the user's real data.
    QVERIFY2(directory.contains(u".qttest"_s), qPrintable(directory));
    QCOMPARE(ProfileRegistry().dataDirectory(), directory);
}

QTEST_GUILESS_MAIN(TestProfileRegistry)
#include "tst_profileregistry.moc"
