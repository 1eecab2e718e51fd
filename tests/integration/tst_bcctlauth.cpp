// bcctl's profiles and sign-in as a user runs them: the built executable as a process against an
// in-process emulator (--base-url) and a REAL Secret Service (ctest runs this binary under
// `dbus-run-session -- bash support/with-keyring.sh`). `profile create` puts the app secret in
// the keychain and nothing secret in profiles.json; `auth url` prints the emulator's consent
// page with a fresh state whose hash alone stays behind; the consent page's redirect pasted into
// `auth exchange` stores the token in the keychain, after which list commands need no
// --access-token-env; wrong, replaced and reused states are refused before anything is sent; a
// token the API rejects marks the profile "needs sign-in"; `auth revoke` removes it; and with no
// keychain every secret-bearing command fails plainly (exit 1) and writes nothing.
// QTEST_MAIN: the in-process emulator may render PDFs, which needs a QGuiApplication.
#include "core/auth/keychaintokenvault.h"
#include "core/auth/pendingsignin.h"
#include "core/auth/secretkey.h"
#include "emulator/emulatorserver.h"
#include "tests/support/emulatorfixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;
using bc::auth::SecretKey;
using bc::auth::SecretKind;
using bc::emulator::EmulatorServer;

namespace {

const QString kSecret = u"FAKE-SECRET-bcctlauth-3f9a61"_s;
const QString kSecretVariable = u"BCCTL_AUTH_TEST_APP_SECRET"_s;
const QString kConfiguredToken = u"fake-configured-token-bcctlauth"_s; // never given to bcctl

std::pair<QKeychain::Error, QString> readKeychain(const SecretKey &key)
{
    QKeychain::ReadPasswordJob job(bc::auth::KeychainTokenVault::serviceName);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key.entryName());
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(20000))
        return {QKeychain::OtherError, u"timeout"_s};
    return {job.error(), job.textData()};
}

void deleteKeychain(const SecretKey &key)
{
    QKeychain::DeletePasswordJob job(bc::auth::KeychainTokenVault::serviceName);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key.entryName());
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    finished.wait(20000);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBcctlAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profileCreateKeepsTheSecretInTheKeychainOnly();
    void newProfilesDefaultToSandbox();
    void profileCreateUsageErrors_data();
    void profileCreateUsageErrors();
    void authUrlPointsAtTheConsentPage();
    void signInThenListWithoutTokenVariable();
    void addressFromStdin();
    void wrongStateIsRejected();
    void reusedStateIsRejected();
    void replacedLinkIsRejected();
    void deniedAccessIsReported();
    void rejectedTokenNeedsSignIn();
    void revokeRemovesTheToken();
    void notSignedInIsPlain();
    void authCommandsNeedASavedProfile();
    void noKeychainIsAPlainError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &extra = {});
    [[nodiscard]] QString appId() const { return m_server->world().app().appId; }
    [[nodiscard]] QString dataDir() const { return m_dir->path() + u"/data"_s; }
    [[nodiscard]] QStringList profileArgs() const { return {u"--profile"_s, m_profile}; }
    [[nodiscard]] SecretKey key(SecretKind kind) const { return {m_profile, appId(), kind}; }
    [[nodiscard]] int requests(const QString &path) const
    {
        return m_server->stats().requestsByPath.value(u"/open_api/v1.3/"_s + path);
    }
    // profile create against the emulator; true on exit 0.
    bool createProfile();
    // auth url: the printed URL.
    QUrl authUrl();
    // The consent page as a browser: where it redirects.
    QUrl consent(const QUrl &url);
    // create, url, consent, exchange: the stored token.
    QString signIn();

    QNetworkAccessManager m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorServer> m_server;
    QString m_profile;
};

void TestBcctlAuth::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session -- bash tests/support/with-keyring.sh");
    m_browser.setProxy(QNetworkProxy::NoProxy);
}

void TestBcctlAuth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    bc::emulator::EmulatorConfig config = bc::testing::unlimitedEmulatorConfig(kConfiguredToken);
    config.secret = kSecret;
    config.size = bc::emulator::WorldSize::Small;
    config.businessCenterCount = -1;
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY2(m_server->listenOnLoopback() != 0, qPrintable(m_server->errorString()));
    // A name no earlier run used: keychain entries of a crashed run cannot interfere.
    m_profile = u"auth-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void TestBcctlAuth::cleanup()
{
    for (SecretKind kind : SecretKey::allKinds())
        deleteKeychain(key(kind));
    m_browser.clearConnectionCache();
    m_server.reset();
    m_dir.reset();
}

TestBcctlAuth::Run TestBcctlAuth::run(const QStringList &arguments, const QByteArray &input,
                                      const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->path() + u"/home"_s;
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(kSecretVariable, kSecret);
    environment.remove(u"QT_LOGGING_RULES"_s);
    for (const QString &name : extra.keys())
        environment.insert(name, extra.value(name));
    process.setProcessEnvironment(environment);
    Run result;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(BCCTL_EXE), QStringList{u"--data-dir"_s, dataDir()} + arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    // The emulator answers from this thread's event loop while bcctl runs.
    while (finished.isEmpty() && process.state() != QProcess::NotRunning && clock.elapsed() < 90000)
        finished.wait(500);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool TestBcctlAuth::createProfile()
{
    const Run result = run(profileArgs()
                           + QStringList{u"--base-url"_s, m_server->baseUrl().toString(),
                                         u"profile"_s, u"create"_s, u"--app-id"_s, appId(),
                                         u"--app-secret-env"_s, kSecretVariable});
    if (result.exitCode != 0)
        qWarning("profile create: %s", result.err.constData());
    return result.exitCode == 0;
}

QUrl TestBcctlAuth::authUrl()
{
    const Run result = run(profileArgs() + QStringList{u"auth"_s, u"url"_s});
    if (result.exitCode != 0) {
        qWarning("auth url: %s", result.err.constData());
        return {};
    }
    return QUrl(QString::fromUtf8(result.out).trimmed(), QUrl::StrictMode);
}

QUrl TestBcctlAuth::consent(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_browser.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
        return {};
    return QUrl::fromEncoded(reply->rawHeader("Location"));
}

QString TestBcctlAuth::signIn()
{
    if (!createProfile())
        return {};
    const QUrl landed = consent(authUrl());
    if (landed.isEmpty())
        return {};
    const Run result = run(profileArgs()
                           + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s,
                                         landed.toString(QUrl::FullyEncoded)});
    if (result.exitCode != 0) {
        qWarning("auth exchange: %s", result.err.constData());
        return {};
    }
    const auto [error, token] = readKeychain(key(SecretKind::AdvertiserAccessToken));
    return error == QKeychain::NoError ? token : QString();
}

void TestBcctlAuth::profileCreateKeepsTheSecretInTheKeychainOnly()
{
    QVERIFY(createProfile());
    const QByteArray profiles = readAll(dataDir() + u"/profiles.json"_s);
    QVERIFY2(profiles.contains(m_profile.toUtf8()), profiles.constData());
    QVERIFY2(profiles.contains(appId().toUtf8()), profiles.constData());
    QVERIFY(!profiles.contains(kSecret.toUtf8()));
    const auto [error, secret] = readKeychain(key(SecretKind::AppSecret));
    QCOMPARE(error, QKeychain::NoError);
    QCOMPARE(secret, kSecret);
    // No token yet.
    QCOMPARE(readKeychain(key(SecretKind::AdvertiserAccessToken)).first, QKeychain::EntryNotFound);

    // Again for the same name and root: an update, not a second profile.
    const Run again =
            run(profileArgs()
                + QStringList{u"--base-url"_s, m_server->baseUrl().toString(), u"--format"_s,
                              u"json"_s, u"profile"_s, u"create"_s, u"--app-id"_s, appId(),
                              u"--app-secret-env"_s, kSecretVariable});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject saved = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(saved.value(u"updated"_s).toBool(), true);
    QCOMPARE(saved.value(u"environment"_s).toString(), u"custom"_s);
    // Plain http to the loopback emulator is allowed, with a warning.
    QVERIFY2(again.err.contains("plain http"), again.err.constData());
}

void TestBcctlAuth::newProfilesDefaultToSandbox()
{
    const Run result =
            run(profileArgs()
                + QStringList{u"--format"_s, u"json"_s, u"profile"_s, u"create"_s, u"--app-id"_s,
                              u"7000000000000000042"_s, u"--app-secret-env"_s, kSecretVariable,
                              u"--redirect-uri"_s, u"https://app.example/bc-console/callback"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"environment"_s).toString(),
             u"sandbox"_s);
    // auth url for sandbox: TikTok's portal, https (only printed, never contacted).
    const Run url = run(profileArgs() + QStringList{u"auth"_s, u"url"_s});
    QVERIFY2(url.exitCode == 0, url.err.constData());
    const QUrl printed(QString::fromUtf8(url.out).trimmed());
    QCOMPARE(printed.toString(QUrl::RemoveQuery), u"https://business-api.tiktok.com/portal/auth"_s);
    QCOMPARE(QUrlQuery(printed).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
             u"https://app.example/bc-console/callback"_s);
    deleteKeychain({m_profile, u"7000000000000000042"_s, SecretKind::AppSecret});
}

void TestBcctlAuth::profileCreateUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no app id") << QStringList{u"--env"_s,  u"sandbox"_s,          u"profile"_s,
                                              u"create"_s, u"--app-secret-env"_s, kSecretVariable}
                               << 2;
    QTest::newRow("secret variable unset") << QStringList{u"--env"_s,
                                                          u"sandbox"_s,
                                                          u"profile"_s,
                                                          u"create"_s,
                                                          u"--app-id"_s,
                                                          u"700"_s,
                                                          u"--app-secret-env"_s,
                                                          u"BCCTL_AUTH_UNSET_VARIABLE"_s}
                                           << 2;
    QTest::newRow("sandbox without redirect uri")
            << QStringList{u"--env"_s,    u"sandbox"_s, u"profile"_s,          u"create"_s,
                           u"--app-id"_s, u"700"_s,     u"--app-secret-env"_s, kSecretVariable}
            << 2;
    QTest::newRow("production with a plain http redirect")
            << QStringList{u"--env"_s,
                           u"production"_s,
                           u"profile"_s,
                           u"create"_s,
                           u"--app-id"_s,
                           u"700"_s,
                           u"--app-secret-env"_s,
                           kSecretVariable,
                           u"--redirect-uri"_s,
                           u"http://app.example/callback"_s}
            << 2;
    QTest::newRow("plain http base url off loopback")
            << QStringList{u"--base-url"_s,       u"http://api.example.test/open_api/"_s,
                           u"profile"_s,          u"create"_s,
                           u"--app-id"_s,         u"700"_s,
                           u"--app-secret-env"_s, kSecretVariable}
            << 2;
}

void TestBcctlAuth::profileCreateUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run result = run(profileArgs() + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY(!QFile::exists(dataDir() + u"/profiles.json"_s));
    QCOMPARE(readKeychain({m_profile, u"700"_s, SecretKind::AppSecret}).first,
             QKeychain::EntryNotFound);
}

void TestBcctlAuth::authUrlPointsAtTheConsentPage()
{
    QVERIFY(createProfile());
    const QUrl first = authUrl();
    const QUrl second = authUrl();
    QVERIFY(first.isValid());
    QUrl page = m_server->baseUrl();
    page.setPath(u"/portal/auth"_s);
    QCOMPARE(first.toString(QUrl::RemoveQuery), page.toString());
    const QUrlQuery query(first);
    QCOMPARE(query.queryItemValue(u"app_id"_s), appId());
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
             u"http://127.0.0.1/callback"_s);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    QVERIFY(state.size() >= 40);
    QVERIFY(state != QUrlQuery(second).queryItemValue(u"state"_s, QUrl::FullyDecoded));
    // Only the hash of the newest state stays behind.
    QString pendingFile;
    QDirIterator it(dataDir(), {bc::auth::PendingSignIn::fileName}, QDir::Files,
                    QDirIterator::Subdirectories);
    if (it.hasNext())
        pendingFile = it.next();
    const QByteArray pending = readAll(pendingFile);
    QVERIFY2(!pending.isEmpty(), qPrintable(pendingFile));
    QVERIFY(!pending.contains(state.toUtf8()));
    const QString newest = QUrlQuery(second).queryItemValue(u"state"_s, QUrl::FullyDecoded);
    QVERIFY(pending.contains(bc::auth::PendingSignIn::hash(newest).toUtf8()));
    // Printing a URL talks to no one.
    QCOMPARE(m_server->stats().totalRequests, 0);
}

void TestBcctlAuth::signInThenListWithoutTokenVariable()
{
    const QString token = signIn();
    QVERIFY(!token.isEmpty());
    QVERIFY(m_server->world().acceptsAccessToken(token));
    QCOMPARE(requests(u"oauth2/access_token/"_s), 1);

    const Run status =
            run(profileArgs() + QStringList{u"--format"_s, u"json"_s, u"auth"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(status.out).object();
    QStringList ids;
    for (const QJsonValue &id : object.value(u"advertiser_ids"_s).toArray())
        ids.append(id.toString());
    QCOMPARE(ids, m_server->world().grantedAdvertiserIds(token));
    QVERIFY(!ids.isEmpty());
    QVERIFY(!object.value(u"scopes"_s).toArray().isEmpty());
    QCOMPARE(object.value(u"signed_in"_s).toBool(), true);
    QCOMPARE(object.value(u"needs_sign_in"_s).toBool(), false);
    QCOMPARE(object.value(u"environment"_s).toString(), u"custom"_s);
    QVERIFY(!status.out.contains(token.toUtf8()));

    const Run list = run(profileArgs() + QStringList{u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.size(), qsizetype(m_server->world().businessCenters().size()));
}

void TestBcctlAuth::addressFromStdin()
{
    QVERIFY(createProfile());
    const QUrl landed = consent(authUrl());
    QVERIFY(!landed.isEmpty());
    const Run result = run(
            profileArgs() + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s, u"-"_s},
            "  " + landed.toEncoded() + "\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(readKeychain(key(SecretKind::AdvertiserAccessToken)).first, QKeychain::NoError);
}

void TestBcctlAuth::wrongStateIsRejected()
{
    QVERIFY(createProfile());
    const QUrl landed = consent(authUrl());
    QVERIFY(!landed.isEmpty());
    QUrl forged = landed;
    QUrlQuery query(forged);
    query.removeAllQueryItems(u"state"_s);
    query.addQueryItem(u"state"_s, u"not-the-state-bcctl-sent"_s);
    forged.setQuery(query);
    const Run result = run(profileArgs()
                           + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s,
                                         forged.toString(QUrl::FullyEncoded)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("does not match"), result.err.constData());
    QCOMPARE(requests(u"oauth2/access_token/"_s), 0);
    QCOMPARE(readKeychain(key(SecretKind::AdvertiserAccessToken)).first, QKeychain::EntryNotFound);
    // The genuine answer still works: a forged one does not use the sign-in up.
    const Run genuine = run(profileArgs()
                            + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s,
                                          landed.toString(QUrl::FullyEncoded)});
    QVERIFY2(genuine.exitCode == 0, genuine.err.constData());
}

void TestBcctlAuth::reusedStateIsRejected()
{
    QVERIFY(createProfile());
    const QUrl landed = consent(authUrl());
    const QStringList exchange = profileArgs()
                                 + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s,
                                               landed.toString(QUrl::FullyEncoded)};
    const Run first = run(exchange);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run second = run(exchange);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("already used"), second.err.constData());
    QCOMPARE(requests(u"oauth2/access_token/"_s), 1); // the reused code was never sent
}

void TestBcctlAuth::replacedLinkIsRejected()
{
    QVERIFY(createProfile());
    const QUrl older = consent(authUrl());
    const QUrl newer = consent(authUrl());
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    const Run stale = run(profileArgs()
                          + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s,
                                        older.toString(QUrl::FullyEncoded)});
    QCOMPARE(stale.exitCode, 1);
    QCOMPARE(requests(u"oauth2/access_token/"_s), 0);
    const Run fresh = run(profileArgs()
                          + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s,
                                        newer.toString(QUrl::FullyEncoded)});
    QVERIFY2(fresh.exitCode == 0, fresh.err.constData());
}

void TestBcctlAuth::deniedAccessIsReported()
{
    QVERIFY(createProfile());
    const QUrl url = authUrl();
    const QString state = QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded);
    const Run result =
            run(profileArgs()
                + QStringList{u"auth"_s, u"exchange"_s, u"--redirected-url"_s,
                              u"http://127.0.0.1/callback?error=access_denied&state="_s + state});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("access_denied"), result.err.constData());
    QCOMPARE(requests(u"oauth2/access_token/"_s), 0);
}

void TestBcctlAuth::rejectedTokenNeedsSignIn()
{
    const QString token = signIn();
    QVERIFY(!token.isEmpty());
    const Run before =
            run(profileArgs() + QStringList{u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    QVERIFY2(before.exitCode == 0, before.err.constData());
    const QStringList filesBefore = [this] {
        QStringList files;
        QDirIterator it(dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }();

    // Revoked behind bcctl's back: the API answers 40105.
    QVERIFY(m_server->mutableWorld().revokeAccessToken(appId(), kSecret, token).ok());
    const Run after = run(profileArgs() + QStringList{u"bc"_s, u"list"_s});
    QCOMPARE(after.exitCode, 1);
    QVERIFY2(after.err.contains("40105"), after.err.constData());
    QVERIFY2(after.err.contains("auth url"), after.err.constData());

    const Run status =
            run(profileArgs() + QStringList{u"--format"_s, u"json"_s, u"auth"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(object.value(u"needs_sign_in"_s).toBool(), true);
    // Nothing else is lost: the mirror, the profile, the app secret, the grant summary.
    QVERIFY(!object.value(u"advertiser_ids"_s).toArray().isEmpty());
    QCOMPARE(readKeychain(key(SecretKind::AppSecret)).second, kSecret);
    for (const QString &file : filesBefore)
        QVERIFY2(QFile::exists(file), qPrintable(file));
    const Run offline =
            run(profileArgs()
                + QStringList{u"--offline"_s, u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QCOMPARE(QJsonDocument::fromJson(offline.out).array(),
             QJsonDocument::fromJson(before.out).array());

    // Signing in again clears the mark.
    const QUrl landed = consent(authUrl());
    const Run again =
            run(profileArgs()
                + QStringList{u"--format"_s, u"json"_s, u"auth"_s, u"exchange"_s,
                              u"--redirected-url"_s, landed.toString(QUrl::FullyEncoded)});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"needs_sign_in"_s).toBool(), false);
    const Run list = run(profileArgs() + QStringList{u"bc"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
}

void TestBcctlAuth::revokeRemovesTheToken()
{
    const QString token = signIn();
    QVERIFY(!token.isEmpty());
    const Run revoke =
            run(profileArgs() + QStringList{u"--format"_s, u"json"_s, u"auth"_s, u"revoke"_s});
    QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
    QCOMPARE(QJsonDocument::fromJson(revoke.out).object().value(u"revoked"_s).toBool(), true);
    QVERIFY(!m_server->world().acceptsAccessToken(token));
    QCOMPARE(readKeychain(key(SecretKind::AdvertiserAccessToken)).first, QKeychain::EntryNotFound);
    QCOMPARE(readKeychain(key(SecretKind::AppSecret)).second, kSecret); // the app stays
    const Run status =
            run(profileArgs() + QStringList{u"--format"_s, u"json"_s, u"auth"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(object.value(u"signed_in"_s).toBool(), false);
    QVERIFY(object.value(u"advertiser_ids"_s).toArray().isEmpty());
    // Nothing left to revoke.
    const Run again = run(profileArgs() + QStringList{u"auth"_s, u"revoke"_s});
    QCOMPARE(again.exitCode, 1);
}

void TestBcctlAuth::notSignedInIsPlain()
{
    QVERIFY(createProfile());
    const Run list = run(profileArgs() + QStringList{u"bc"_s, u"list"_s});
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains("not signed in"), list.err.constData());
    QVERIFY2(list.err.contains("auth url"), list.err.constData());
    QCOMPARE(m_server->stats().totalRequests, 0);
    // A token for scripts still works, from the environment (never argv).
    QProcessEnvironment extra;
    extra.insert(u"BCCTL_AUTH_TEST_TOKEN"_s, kConfiguredToken);
    const Run scripted = run(profileArgs()
                                     + QStringList{u"--access-token-env"_s,
                                                   u"BCCTL_AUTH_TEST_TOKEN"_s, u"bc"_s, u"list"_s},
                             {}, extra);
    QVERIFY2(scripted.exitCode == 0, scripted.err.constData());
}

void TestBcctlAuth::authCommandsNeedASavedProfile()
{
    for (const QString &verb : {u"url"_s, u"status"_s, u"revoke"_s}) {
        const Run result = run({u"--base-url"_s, m_server->baseUrl().toString(), u"auth"_s, verb});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--profile"), result.err.constData());
    }
    const Run unknown = run({u"--profile"_s, u"no-such-profile"_s, u"auth"_s, u"url"_s});
    QCOMPARE(unknown.exitCode, 2);
}

void TestBcctlAuth::noKeychainIsAPlainError()
{
    // No session bus: QtKeychain cannot reach any Secret Service.
    QProcessEnvironment noBus;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bcctl-test-bus"_s);
    const Run create = run(profileArgs()
                                   + QStringList{u"--base-url"_s, m_server->baseUrl().toString(),
                                                 u"profile"_s, u"create"_s, u"--app-id"_s, appId(),
                                                 u"--app-secret-env"_s, kSecretVariable},
                           {}, noBus);
    QCOMPARE(create.exitCode, 1);
    QVERIFY2(create.err.contains("No keychain is available"), create.err.constData());
    QVERIFY(!create.err.contains(kSecret.toUtf8()));
    // Nothing saved, and the secret went nowhere on disk.
    QVERIFY(!QFile::exists(dataDir() + u"/profiles.json"_s));
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!readAll(path).contains(kSecret.toUtf8()), qPrintable(path));
    }

    // A profile made with the keychain, used without one: every step says so.
    QVERIFY(createProfile());
    for (const QStringList &command :
         {QStringList{u"auth"_s, u"url"_s}, QStringList{u"auth"_s, u"status"_s},
          QStringList{u"bc"_s, u"list"_s}}) {
        const Run result = run(profileArgs() + command, {}, noBus);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("No keychain is available"), result.err.constData());
    }
}

QTEST_MAIN(TestBcctlAuth)
#include "tst_bcctlauth.moc"
