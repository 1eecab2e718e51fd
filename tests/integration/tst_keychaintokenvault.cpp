// KeychainTokenVault against a REAL Secret Service: ctest runs this binary under
// `dbus-run-session -- bash support/with-keyring.sh`, which provides a throwaway unlocked GNOME
// Keyring. Entries are stored, read back (also by a plain QtKeychain job and by a second vault,
// so they really are in the keychain), and deleted. The no-keychain path runs this same binary
// again as a child process with DBUS_SESSION_BUS_ADDRESS pointing nowhere.
#include "core/auth/keychaintokenvault.h"
#include "core/auth/secretkey.h"
#include "core/auth/sessiontokenvault.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bc::auth;

namespace {

const char noKeychainChildFlag[] = "--no-keychain-child";

class Answer
{
public:
    [[nodiscard]] VaultHandler handler()
    {
        m_result.reset();
        return [this](const VaultResult &result) { m_result = result; };
    }
    [[nodiscard]] bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 20000);
    }
    [[nodiscard]] const VaultResult &result() const { return *m_result; }

private:
    std::optional<VaultResult> m_result;
};

// What plain QtKeychain (not our class) finds under the entry name.
std::pair<QKeychain::Error, QString> readDirectly(const SecretKey &key)
{
    QKeychain::ReadPasswordJob job(KeychainTokenVault::serviceName);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key.entryName());
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(20000))
        return {QKeychain::OtherError, u"timeout"_s};
    return {job.error(), job.textData()};
}

// A profile name no earlier run used: entries from a crashed run cannot interfere.
QString freshProfile()
{
    return u"keychain-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestKeychainTokenVault final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeFindsTheService();
    void storeReadDelete_data();
    void storeReadDelete();
    void entriesOutliveTheVaultObject();
    void replaceOverwrites();
    void logoutRemovesEveryKind();
    void noKeychainIsReportedAndSessionVaultTakesOver();
};

void TestKeychainTokenVault::initTestCase()
{
    // Run by ctest inside with-keyring.sh; without a bus there is nothing real to test against.
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session -- bash tests/support/with-keyring.sh");
}

void TestKeychainTokenVault::probeFindsTheService()
{
    KeychainTokenVault vault;
    QVERIFY(vault.persistent());
    Answer answer;
    vault.probe(this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));
    QVERIFY(vault.available());
    QVERIFY(vault.unavailableReason().isEmpty());
}

void TestKeychainTokenVault::storeReadDelete_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("secret");
    QTest::newRow("app secret") << SecretKind::AppSecret << u"fake-app-secret-kc-1"_s;
    QTest::newRow("advertiser token")
            << SecretKind::AdvertiserAccessToken << u"fake-advertiser-token-kc-1"_s;
    QTest::newRow("tt_user access") << SecretKind::TtUserAccessToken << u"fake-tt-access-kc-1"_s;
    QTest::newRow("tt_user refresh, unicode")
            << SecretKind::TtUserRefreshToken << u"fake-tt-refresh-kc-\u00e9\u4e2d"_s;
}

void TestKeychainTokenVault::storeReadDelete()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, secret);
    KeychainTokenVault vault;
    const SecretKey key{freshProfile(), u"7000000001"_s, kind};
    Answer answer;

    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().status, VaultResult::Status::NotFound);

    vault.store(key, secret, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));

    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));
    QCOMPARE(answer.result().secret, secret);
    // It really is in the Secret Service, under the service "BC Console".
    const auto [error, direct] = readDirectly(key);
    QCOMPARE(error, QKeychain::NoError);
    QCOMPARE(direct, secret);

    vault.remove(key, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));
    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().status, VaultResult::Status::NotFound);
    QCOMPARE(readDirectly(key).first, QKeychain::EntryNotFound);

    // Deleting what is gone is not an error.
    vault.remove(key, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));
    QVERIFY(vault.available());
}

void TestKeychainTokenVault::entriesOutliveTheVaultObject()
{
    const SecretKey key{freshProfile(), u"7000000002"_s, SecretKind::AdvertiserAccessToken};
    Answer answer;
    {
        KeychainTokenVault first;
        first.store(key, u"fake-advertiser-token-persist"_s, this, answer.handler());
        QVERIFY(answer.wait());
        QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));
    }
    KeychainTokenVault second;
    second.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().secret, u"fake-advertiser-token-persist"_s);
    second.remove(key, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY(answer.result().ok());
}

void TestKeychainTokenVault::replaceOverwrites()
{
    KeychainTokenVault vault;
    const SecretKey key{freshProfile(), u"7000000003"_s, SecretKind::TtUserRefreshToken};
    Answer answer;
    vault.store(key, u"fake-refresh-old"_s, this, answer.handler());
    QVERIFY(answer.wait());
    vault.store(key, u"fake-refresh-rotated"_s, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY(answer.result().ok());
    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().secret, u"fake-refresh-rotated"_s);
    vault.remove(key, this, answer.handler());
    QVERIFY(answer.wait());
}

void TestKeychainTokenVault::logoutRemovesEveryKind()
{
    KeychainTokenVault vault;
    const QString leaving = freshProfile();
    const QString staying = freshProfile();
    const QString appId = u"7000000004"_s;
    Answer answer;
    for (SecretKind kind : SecretKey::allKinds()) {
        vault.store({leaving, appId, kind}, u"fake-secret-leaving-"_s + SecretKey::kindName(kind),
                    this, answer.handler());
        QVERIFY(answer.wait());
        QVERIFY(answer.result().ok());
    }
    vault.store({staying, appId, SecretKind::AppSecret}, u"fake-app-secret-staying"_s, this,
                answer.handler());
    QVERIFY(answer.wait());

    vault.removeProfile(leaving, appId, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result().ok(), qPrintable(answer.result().message));
    for (SecretKind kind : SecretKey::allKinds())
        QCOMPARE(readDirectly({leaving, appId, kind}).first, QKeychain::EntryNotFound);
    QCOMPARE(readDirectly({staying, appId, SecretKind::AppSecret}).second,
             u"fake-app-secret-staying"_s);
    vault.remove({staying, appId, SecretKind::AppSecret}, this, answer.handler());
    QVERIFY(answer.wait());
}

void TestKeychainTokenVault::noKeychainIsReportedAndSessionVaultTakesOver()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       u"unix:path=%1/no-bus-here"_s.arg(home.path()));
    // Anything QtKeychain might write as a plaintext fallback would land in here.
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(noKeychainChildFlag)});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
    QVERIFY2(output.contains("no-keychain: ok"), output.constData());
    QVERIFY(!output.contains("fake-app-secret"));

    // Nothing was written to disk in its stead.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    QStringList written;
    while (files.hasNext())
        written << files.next();
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
}

namespace {

// The child's side: no session bus. Prints "no-keychain: ok" when everything behaved.
int runWithoutKeychain()
{
    auto check = [](bool condition, const char *what) {
        if (!condition)
            qCritical("no-keychain: FAILED: %s", what);
        return condition;
    };
    QObject context;
    KeychainTokenVault vault;
    QSignalSpy unavailable(&vault, &KeychainTokenVault::becameUnavailable);
    const SecretKey key{u"no-keychain"_s, u"7000000009"_s, SecretKind::AppSecret};
    Answer answer;

    vault.probe(&context, answer.handler());
    if (!check(answer.wait(), "probe answered"))
        return 1;
    bool ok = check(answer.result().status == VaultResult::Status::Unavailable,
                    "probe says Unavailable");
    ok = check(!vault.available(), "available() is false") && ok;
    ok = check(!vault.unavailableReason().isEmpty(), "a reason is given") && ok;
    ok = check(unavailable.size() == 1, "becameUnavailable emitted once") && ok;

    vault.store(key, u"fake-app-secret-nokeychain"_s, &context, answer.handler());
    if (!check(answer.wait(), "store answered"))
        return 1;
    ok = check(answer.result().status == VaultResult::Status::Unavailable, "store Unavailable")
         && ok;
    ok = check(!answer.result().message.contains(u"fake-app-secret"_s),
               "the message does not contain the secret")
         && ok;
    vault.read(key, &context, answer.handler());
    if (!check(answer.wait(), "read answered"))
        return 1;
    ok = check(answer.result().status == VaultResult::Status::Unavailable, "read Unavailable")
         && ok;
    ok = check(answer.result().secret.isEmpty(), "read gives nothing") && ok;

    // The caller's fallback: the session vault keeps it for this run.
    SessionTokenVault session;
    session.store(key, u"fake-app-secret-nokeychain"_s, &context, answer.handler());
    if (!check(answer.wait(), "session store answered"))
        return 1;
    session.read(key, &context, answer.handler());
    if (!check(answer.wait(), "session read answered"))
        return 1;
    ok = check(answer.result().secret == u"fake-app-secret-nokeychain"_s, "session read") && ok;
    if (ok)
        qInfo("no-keychain: ok (%s)", qPrintable(vault.unavailableReason()));
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && std::strcmp(argv[1], noKeychainChildFlag) == 0)
        return runWithoutKeychain();
    TestKeychainTokenVault test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaintokenvault.moc"
