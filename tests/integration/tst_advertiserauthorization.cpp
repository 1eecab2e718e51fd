// The sign-in flows of core/auth against the in-process emulator: the advertiser authorization
// URL and its state, the loopback flow end to end (the emulator's /portal/auth consent stand-in
// redirects a QNetworkAccessManager "browser" to our listener), the pasted-address flow, wrong,
// reused and missing states, reused and expired codes (40110), revocation, and the TikTok
// account holder flow with refresh and rotation. Everything stays on 127.0.0.1; the https
// redirect URIs below are only text, never contacted.
#include "core/api/activitylog.h"
#include "core/api/endpoints/oauthendpoints.h"
#include "core/auth/advertiserauthorization.h"
#include "core/auth/authorizationredirect.h"
#include "core/auth/authorizationstate.h"
#include "core/auth/loopbackredirectlistener.h"
#include "core/auth/sessiontokenvault.h"
#include "core/auth/signintracker.h"
#include "core/auth/ttuserauthorization.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"

#include <emulator/world.h>
#include <emulator/world/worldclock.h>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bc::auth;
using bc::api::EnvironmentKind;

namespace {

const QString emulatorToken = u"fake-emulator-token-auth"_s;
const QUrl pastedRedirect(u"https://app.example/bc-console/callback?keep=1"_s);

// Waits for one vault answer.
std::optional<VaultResult> vaultRead(TokenVault &vault, const SecretKey &key, QObject *context)
{
    std::optional<VaultResult> result;
    vault.read(key, context, [&result](const VaultResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

} // namespace

class TestAdvertiserAuthorization final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void authorizationPage_data();
    void authorizationPage();
    void authorizationUrlShape();
    void statesAreRandomAndUrlSafe();
    void noRedirectUri();

    void loopbackFlowEndToEnd();
    void loopbackListenerIgnoresOtherPaths();
    void pastedAddressFlow_data();
    void pastedAddressFlow();
    void stateMismatchIsRejected();
    void stateReuseIsRejected();
    void replacedStateIsRejected();
    void deniedAndCodelessRedirects();
    void reusedCodeNeedsSignIn();
    void expiredCodeNeedsSignIn();
    void missingAppSecret();
    void revoke();
    void tokenStatusRoundTrip();

    void ttUserAuthorizationUrl();
    void ttUserFlowWithRefreshRotation();
    void ttUserRefreshBeforeExpiry();

private:
    [[nodiscard]] bc::store::Profile profile(const QUrl &redirect = pastedRedirect) const;
    [[nodiscard]] QString appId() const { return m_server->world().app().appId; }
    [[nodiscard]] QString appSecret() const { return m_server->world().app().secret; }
    void storeAppSecret(const QString &profileName);
    // GET the authorization URL like a browser, without following the redirect: Location.
    [[nodiscard]] QUrl consent(const QUrl &authorizationUrl);
    // Runs the paste flow to the end; the authorized status.
    [[nodiscard]] std::optional<TokenStatus> signIn(AdvertiserAuthorization &auth);

    QNetworkAccessManager m_browser;
    std::unique_ptr<bc::emulator::EmulatorServer> m_server;
    std::unique_ptr<bc::api::ApiClient> m_client;
    std::unique_ptr<SessionTokenVault> m_vault;
};

void TestAdvertiserAuthorization::initTestCase()
{
    m_browser.setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<bc::emulator::EmulatorServer>(
            bc::testing::unlimitedEmulatorConfig(emulatorToken, 5));
    QVERIFY(m_server->listenOnLoopback(0) != 0);
    m_server->mutableWorld().setNow(
            QDateTime::fromSecsSinceEpoch(bc::emulator::WorldClock::startSecs(), Qt::UTC));
}

void TestAdvertiserAuthorization::init()
{
    m_browser.clearConnectionCache();
    m_client =
            std::make_unique<bc::api::ApiClient>(bc::api::Environment::custom(m_server->baseUrl()));
    m_vault = std::make_unique<SessionTokenVault>();
}

void TestAdvertiserAuthorization::cleanup()
{
    m_client.reset();
    m_vault.reset();
}

bc::store::Profile TestAdvertiserAuthorization::profile(const QUrl &redirect) const
{
    bc::store::Profile p;
    p.name = u"demo-auth"_s;
    p.environment = EnvironmentKind::Custom;
    p.customBaseUrl = m_server->baseUrl();
    p.appId = appId();
    p.redirectUri = redirect;
    return p;
}

void TestAdvertiserAuthorization::storeAppSecret(const QString &profileName)
{
    bool stored = false;
    m_vault->store({profileName, appId(), SecretKind::AppSecret}, appSecret(), this,
                   [&stored](const VaultResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
}

QUrl TestAdvertiserAuthorization::consent(const QUrl &authorizationUrl)
{
    QNetworkRequest request(authorizationUrl);
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

std::optional<TokenStatus> TestAdvertiserAuthorization::signIn(AdvertiserAuthorization &auth)
{
    QSignalSpy authorized(&auth, &AdvertiserAuthorization::authorized);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QUrl landed = consent(auth.begin());
    if (landed.isEmpty())
        return std::nullopt;
    auth.acceptRedirect(landed);
    if (!QTest::qWaitFor([&] { return !authorized.isEmpty() || !failed.isEmpty(); }, 10000)
        || authorized.isEmpty())
        return std::nullopt;
    return authorized.at(0).at(0).value<TokenStatus>();
}

// ---- URL and state -----------------------------------------------------------------------------

void TestAdvertiserAuthorization::authorizationPage_data()
{
    QTest::addColumn<EnvironmentKind>("kind");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("production") << EnvironmentKind::Production << QUrl()
                                << QUrl(u"https://business-api.tiktok.com/portal/auth"_s);
    QTest::newRow("sandbox") << EnvironmentKind::Sandbox << QUrl()
                             << QUrl(u"https://business-api.tiktok.com/portal/auth"_s);
    QTest::newRow("custom") << EnvironmentKind::Custom << QUrl(u"http://127.0.0.1:8123/open_api/"_s)
                            << QUrl(u"http://127.0.0.1:8123/portal/auth"_s);
    QTest::newRow("demo") << EnvironmentKind::Demo << QUrl(u"http://localhost:9/open_api/"_s)
                          << QUrl(u"http://localhost:9/portal/auth"_s);
}

void TestAdvertiserAuthorization::authorizationPage()
{
    QFETCH(EnvironmentKind, kind);
    QFETCH(QUrl, baseUrl);
    QFETCH(QUrl, expected);
    const bc::api::Environment environment =
            kind == EnvironmentKind::Production ? bc::api::Environment::production()
            : kind == EnvironmentKind::Sandbox  ? bc::api::Environment::sandbox()
            : kind == EnvironmentKind::Demo     ? bc::api::Environment::demo(baseUrl)
                                                : bc::api::Environment::custom(baseUrl);
    QCOMPARE(AdvertiserAuthorization::authorizationPage(environment), expected);
}

void TestAdvertiserAuthorization::authorizationUrlShape()
{
    AdvertiserAuthorization auth(*m_client, *m_vault, profile());
    const QUrl url = auth.begin();
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(url.port(), m_server->baseUrl().port());
    QCOMPARE(url.path(), u"/portal/auth"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 3);
    QCOMPARE(query.queryItemValue(u"app_id"_s, QUrl::FullyDecoded), appId());
    QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), auth.pendingState());
    // The redirect URI survives with its own query intact.
    QCOMPARE(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)), pastedRedirect);
    QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"redirect_uri=https%3A%2F%2F"_s));

    // Production: TikTok's page with the same parameters.
    const QUrl production = AdvertiserAuthorization::authorizationUrl(
            AdvertiserAuthorization::authorizationPage(bc::api::Environment::production()),
            u"7001"_s, u"abc"_s, pastedRedirect);
    QCOMPARE(production.toString(QUrl::FullyEncoded),
             u"https://business-api.tiktok.com/portal/auth?app_id=7001&state=abc&redirect_uri="
             "https%3A%2F%2Fapp.example%2Fbc-console%2Fcallback%3Fkeep%3D1"_s);
}

void TestAdvertiserAuthorization::statesAreRandomAndUrlSafe()
{
    const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]+$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 500; ++i) {
        const QString state = AuthorizationState::generate();
        QVERIFY(state.size() >= 22); // at least 128 bits in base64
        QVERIFY2(urlSafe.match(state).hasMatch(), qPrintable(state));
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 500);
    // Each sign-in gets a new one.
    AdvertiserAuthorization auth(*m_client, *m_vault, profile());
    const QString first = QUrlQuery(auth.begin()).queryItemValue(u"state"_s);
    const QString second = QUrlQuery(auth.begin()).queryItemValue(u"state"_s);
    QVERIFY(first != second);
}

void TestAdvertiserAuthorization::noRedirectUri()
{
    AdvertiserAuthorization auth(*m_client, *m_vault, profile(QUrl()));
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    QVERIFY(auth.begin().isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<AuthError>().kind, AuthError::Kind::NoRedirectUri);
}

// ---- Flows -------------------------------------------------------------------------------------

void TestAdvertiserAuthorization::loopbackFlowEndToEnd()
{
    const bc::store::Profile p = profile(QUrl());
    storeAppSecret(p.name);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    QString error;
    QVERIFY2(auth.listenOnLoopback(0, &error), qPrintable(error));
    const QUrl redirect = auth.redirectUri();
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QVERIFY(redirect.port() > 0);
    QCOMPARE(redirect.path(), u"/callback"_s);

    QSignalSpy authorized(&auth, &AdvertiserAuthorization::authorized);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QUrl url = auth.begin();
    QCOMPARE(QUrl(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)), redirect);

    // The "browser" opens the consent page and follows its 302 to our listener.
    std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->url().port(), redirect.port());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("close this tab"));

    QVERIFY(authorized.wait(10000) || !authorized.isEmpty());
    QVERIFY(failed.isEmpty());
    const auto status = authorized.at(0).at(0).value<TokenStatus>();
    QCOMPARE(status.kind, TokenStatus::Kind::Advertiser);
    QCOMPARE(status.profile, p.name);
    QVERIFY(!status.accounts.isEmpty());
    QVERIFY(!status.scopeIds.isEmpty());
    QCOMPARE(status.scopesInWords().size(), status.scopeIds.size());
    QVERIFY(status.grantedAt.isValid());
    QCOMPARE(auth.status(), status);
    // The listener stopped after the one redirect.
    QVERIFY(!auth.loopbackListener()->isListening());

    // The token is in the vault and on the client: the granted accounts can be listed.
    const auto token =
            vaultRead(*m_vault, {p.name, appId(), SecretKind::AdvertiserAccessToken}, this);
    QVERIFY(token && token->ok());
    QVERIFY(!token->secret.isEmpty());
    QVERIFY(m_client->hasAccessToken());
    QSignalSpy listed(&auth, &AdvertiserAuthorization::advertisersFetched);
    auth.fetchAdvertisers();
    QVERIFY(listed.wait(10000));
    const auto advertisers = listed.at(0).at(0).value<QList<bc::domain::AuthorizedAdvertiser>>();
    QStringList ids;
    for (const auto &advertiser : advertisers)
        ids << advertiser.advertiserId;
    ids.sort();
    QStringList granted = status.accounts;
    granted.sort();
    QCOMPARE(ids, granted);

    // The secret and the token never reach the activity log.
    for (const bc::api::ActivityEntry &entry : m_client->activityLog()->entries()) {
        QVERIFY(!entry.parameters.contains(appSecret()));
        QVERIFY(!entry.parameters.contains(token->secret));
    }
}

void TestAdvertiserAuthorization::loopbackListenerIgnoresOtherPaths()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    QUrl other = listener.redirectUri();
    other.setPath(u"/favicon.ico"_s);
    std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(other)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(redirected.isEmpty());
    QVERIFY(listener.isListening());

    QUrl callback = listener.redirectUri();
    callback.setQuery(u"code=abc&state=xyz"_s);
    std::unique_ptr<QNetworkReply> second(m_browser.get(QNetworkRequest(callback)));
    QVERIFY(redirected.wait(10000));
    QCOMPARE(redirected.at(0).at(0).toUrl(), callback);
    QVERIFY(!listener.isListening());
}

void TestAdvertiserAuthorization::pastedAddressFlow_data()
{
    QTest::addColumn<QString>("wrap");
    QTest::newRow("exact") << u"%1"_s;
    QTest::newRow("blanks and newline") << u"  %1 \n"_s;
}

void TestAdvertiserAuthorization::pastedAddressFlow()
{
    QFETCH(QString, wrap);
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    QSignalSpy authorized(&auth, &AdvertiserAuthorization::authorized);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QUrl landed = consent(auth.begin());
    QCOMPARE(landed.host(), u"app.example"_s);
    const AuthorizationRedirect parsed = AuthorizationRedirect::parse(landed);
    QVERIFY(!parsed.code.isEmpty());
    // What may be logged hides the code and the state.
    const QString redacted = AuthorizationRedirect::redacted(landed);
    QVERIFY(!redacted.contains(parsed.code));
    QVERIFY(!redacted.contains(parsed.state));

    auth.acceptRedirectText(wrap.arg(landed.toString(QUrl::FullyEncoded)));
    QVERIFY(authorized.wait(10000));
    QVERIFY(failed.isEmpty());
    QVERIFY(!authorized.at(0).at(0).value<TokenStatus>().accounts.isEmpty());
    QVERIFY(m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
}

void TestAdvertiserAuthorization::stateMismatchIsRejected()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    QSignalSpy authorized(&auth, &AdvertiserAuthorization::authorized);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QUrl landed = consent(auth.begin());
    QVERIFY(!landed.isEmpty());

    QUrl forged = landed;
    QUrlQuery query(forged);
    query.removeAllQueryItems(u"state"_s);
    query.addQueryItem(u"state"_s, AuthorizationState::generate());
    forged.setQuery(query);
    auth.acceptRedirect(forged);
    QCOMPARE(failed.size(), 1); // at once: nothing was sent
    const auto error = failed.at(0).at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::StateMismatch);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.needsSignIn());
    QVERIFY(!m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));

    // A redirect without any state is no better.
    QUrl stateless = landed;
    QUrlQuery bare(stateless);
    bare.removeAllQueryItems(u"state"_s);
    stateless.setQuery(bare);
    auth.acceptRedirect(stateless);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).value<AuthError>().kind, AuthError::Kind::StateMismatch);

    // The genuine answer still works: a forgery does not use up the real state.
    auth.acceptRedirect(landed);
    QVERIFY(authorized.wait(10000));
    QCOMPARE(failed.size(), 2);
}

void TestAdvertiserAuthorization::stateReuseIsRejected()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    QSignalSpy authorized(&auth, &AdvertiserAuthorization::authorized);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QUrl landed = consent(auth.begin());
    auth.acceptRedirect(landed);
    QVERIFY(authorized.wait(10000));

    auth.acceptRedirect(landed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<AuthError>().kind, AuthError::Kind::StateReused);
    // Still reused while a newer sign-in is pending.
    const QUrl newer = consent(auth.begin());
    auth.acceptRedirect(landed);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).value<AuthError>().kind, AuthError::Kind::StateReused);
    QCOMPARE(authorized.size(), 1);
    auth.acceptRedirect(newer);
    QVERIFY(authorized.wait(10000));
}

void TestAdvertiserAuthorization::replacedStateIsRejected()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QUrl older = consent(auth.begin());
    const QUrl newer = consent(auth.begin());
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    auth.acceptRedirect(older);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<AuthError>().kind, AuthError::Kind::StateReused);

    // Nothing pending at all: a fresh object (e.g. a new run) that did not resume the state.
    AdvertiserAuthorization fresh(*m_client, *m_vault, p);
    QSignalSpy freshFailed(&fresh, &AuthorizationFlow::failed);
    fresh.acceptRedirect(newer);
    QCOMPARE(freshFailed.size(), 1);
    QCOMPARE(freshFailed.at(0).at(0).value<AuthError>().kind, AuthError::Kind::NotStarted);
    // Resuming the state (bcctl's next run) accepts it.
    QSignalSpy authorized(&fresh, &AdvertiserAuthorization::authorized);
    fresh.resumeState(QUrlQuery(newer).queryItemValue(u"state"_s, QUrl::FullyDecoded));
    fresh.acceptRedirect(newer);
    QVERIFY(authorized.wait(10000));
}

void TestAdvertiserAuthorization::deniedAndCodelessRedirects()
{
    AdvertiserAuthorization auth(*m_client, *m_vault, profile());
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    (void)auth.begin();
    QUrl denied = pastedRedirect;
    denied.setQuery(u"state="_s + auth.pendingState() + u"&error=access_denied"_s);
    auth.acceptRedirect(denied);
    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::Denied);
    QVERIFY(error.message.contains(u"access_denied"_s));

    (void)auth.begin();
    QUrl codeless = pastedRedirect;
    codeless.setQuery(u"state="_s + auth.pendingState());
    auth.acceptRedirect(codeless);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).value<AuthError>().kind, AuthError::Kind::MissingCode);
}

void TestAdvertiserAuthorization::reusedCodeNeedsSignIn()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    SignInTracker tracker;
    tracker.watch(p.name, m_client->activityLog());
    QSignalSpy marked(&tracker, &SignInTracker::needsSignInChanged);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    QSignalSpy authorized(&auth, &AdvertiserAuthorization::authorized);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QString code = AuthorizationRedirect::parse(consent(auth.begin())).code;
    QVERIFY(!code.isEmpty());
    auth.exchangeCode(code);
    QVERIFY(authorized.wait(10000));
    QVERIFY(!tracker.needsSignIn(p.name));

    auth.exchangeCode(code); // single use
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::Api);
    QVERIFY(error.apiError);
    QCOMPARE(error.apiError->code, 40110);
    QVERIFY(error.needsSignIn());
    QVERIFY(!error.message.isEmpty());
    QVERIFY(tracker.needsSignIn(p.name));
    QCOMPARE(marked.size(), 1);
    QCOMPARE(marked.at(0).at(1).toBool(), true);
    tracker.clear(p.name);
    QVERIFY(!tracker.needsSignIn(p.name));
    QCOMPARE(marked.size(), 2);
}

void TestAdvertiserAuthorization::expiredCodeNeedsSignIn()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    const QUrl landed = consent(auth.begin());
    m_server->mutableWorld().advanceClock(3600); // codes live an hour
    auth.acceptRedirect(landed);
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<AuthError>();
    QVERIFY(error.apiError);
    QCOMPARE(error.apiError->code, 40110);
    QVERIFY(error.needsSignIn());
    QVERIFY(!m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
}

void TestAdvertiserAuthorization::missingAppSecret()
{
    AdvertiserAuthorization auth(*m_client, *m_vault, profile());
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    auth.exchangeCode(u"fake-code"_s);
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::NotSignedIn);
    QVERIFY(error.needsSignIn());

    QSignalSpy restored(&auth, &AdvertiserAuthorization::accessTokenRestored);
    auth.restoreAccessToken();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(1).at(0).value<AuthError>().kind, AuthError::Kind::NotSignedIn);
    QVERIFY(restored.isEmpty());
}

void TestAdvertiserAuthorization::revoke()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    AdvertiserAuthorization auth(*m_client, *m_vault, p);
    const auto status = signIn(auth);
    QVERIFY(status);
    const auto token =
            vaultRead(*m_vault, {p.name, appId(), SecretKind::AdvertiserAccessToken}, this);
    QVERIFY(token && token->ok());
    const QString oldToken = token->secret;

    // A new run restores the token from the vault.
    bc::api::ApiClient later(bc::api::Environment::custom(m_server->baseUrl()));
    AdvertiserAuthorization restoredAuth(later, *m_vault, p);
    QSignalSpy restored(&restoredAuth, &AdvertiserAuthorization::accessTokenRestored);
    restoredAuth.restoreAccessToken();
    QVERIFY(restored.wait(10000));
    QVERIFY(later.hasAccessToken());

    QSignalSpy revoked(&auth, &AdvertiserAuthorization::revoked);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);
    auth.revoke();
    QVERIFY(revoked.wait(10000));
    QVERIFY(failed.isEmpty());
    QStringList lost = revoked.at(0).at(0).toStringList();
    lost.sort();
    QStringList granted = status->accounts;
    granted.sort();
    QCOMPARE(lost, granted);
    QVERIFY(!m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
    QVERIFY(m_vault->contains({p.name, appId(), SecretKind::AppSecret})); // nothing else lost
    QVERIFY(!m_client->hasAccessToken());
    QVERIFY(!auth.status());

    // The old token is dead: the API answers 40105 and the profile needs to sign in again.
    SignInTracker tracker;
    tracker.watch(p.name, later.activityLog());
    bc::testing::AwaitedResult<QList<bc::domain::AuthorizedAdvertiser>> listed;
    later.setAccessToken(oldToken);
    bc::api::OAuthEndpoints(later).advertisers({appId(), appSecret()}, this, listed.handler());
    QVERIFY(listed.wait());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, 40105);
    QVERIFY(listed.error().needsSignIn());
    QVERIFY(tracker.needsSignIn(p.name));

    // Revoking again: nothing stored, so nothing is sent.
    auth.revoke();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<AuthError>().kind, AuthError::Kind::NotSignedIn);
}

void TestAdvertiserAuthorization::tokenStatusRoundTrip()
{
    TokenStatus advertiser;
    advertiser.kind = TokenStatus::Kind::Advertiser;
    advertiser.profile = u"sandbox"_s;
    advertiser.appId = u"7001"_s;
    advertiser.accounts = {u"7000000000000000001"_s, u"7000000000000000002"_s};
    advertiser.scopeIds = {1, 4, 999};
    advertiser.grantedAt = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    QCOMPARE(TokenStatus::fromJson(advertiser.toJson()), advertiser);
    const QJsonObject json = advertiser.toJson();
    QCOMPARE(json.value(u"advertiser_ids"_s).toArray().at(0).toString(), u"7000000000000000001"_s);
    QCOMPARE(json.value(u"scopes"_s).toArray().size(), 3);
    QVERIFY(json.value(u"scope_words"_s).toArray().at(2).toString().contains(u"999"_s));

    TokenStatus holder;
    holder.kind = TokenStatus::Kind::TtUser;
    holder.accounts = {u"open-id-1"_s};
    holder.scopes = {u"user.info.basic"_s, u"biz.creator.info"_s};
    holder.grantedAt = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    holder.expiresAt = holder.grantedAt.addSecs(86400);
    holder.refreshExpiresAt = holder.grantedAt.addSecs(31536000);
    holder.needsSignIn = true;
    QCOMPARE(TokenStatus::fromJson(holder.toJson()), holder);
    QCOMPARE(holder.scopesInWords().size(), 2);
    QVERIFY(!holder.scopesInWords().at(0).contains(u"user.info"_s));
    QVERIFY(!holder.expiresWithin(holder.grantedAt, 600));
    QVERIFY(holder.expiresWithin(holder.expiresAt.addSecs(-600), 600));
    QVERIFY(!TokenStatus::fromJson(QJsonObject{{u"kind"_s, u"other"_s}}));
}

// ---- TikTok account holder ---------------------------------------------------------------------

void TestAdvertiserAuthorization::ttUserAuthorizationUrl()
{
    TtUserAuthorization auth(*m_client, *m_vault, profile());
    const QUrl url = auth.begin({u"user.info.basic"_s, u"biz.creator.info"_s});
    QCOMPARE(url.scheme(), u"https"_s);
    QCOMPARE(url.host(), u"www.tiktok.com"_s);
    QCOMPARE(url.path(), u"/v2/auth/authorize"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"client_key"_s), appId());
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
             u"user.info.basic,biz.creator.info"_s);
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)), pastedRedirect);
    QCOMPARE(query.queryItemValue(u"state"_s), auth.pendingState());
    QVERIFY(!query.hasQueryItem(u"disable_auto_auth"_s));
    QVERIFY(QUrlQuery(auth.begin({u"user.info.basic"_s}, true))
                    .hasQueryItem(u"disable_auto_auth"_s));
}

void TestAdvertiserAuthorization::ttUserFlowWithRefreshRotation()
{
    bc::emulator::World &world = m_server->mutableWorld();
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    TtUserAuthorization auth(*m_client, *m_vault, p);
    auth.setClock([&world] { return world.now(); });
    QSignalSpy authorized(&auth, &TtUserAuthorization::authorized);
    QSignalSpy refreshed(&auth, &TtUserAuthorization::refreshed);
    QSignalSpy failed(&auth, &AuthorizationFlow::failed);

    // www.tiktok.com is not emulated as a page: the world issues the code the consent would.
    (void)auth.begin({u"user.info.basic"_s});
    const auto code = world.issueTtUserAuthCode(appId(), u"user.info.basic"_s,
                                                pastedRedirect.toString(QUrl::FullyEncoded));
    QVERIFY(code.ok());
    QUrl landed = pastedRedirect;
    QUrlQuery query(landed);
    query.addQueryItem(u"code"_s, code.value.code);
    query.addQueryItem(u"state"_s, auth.pendingState());
    landed.setQuery(query);
    auth.acceptRedirect(landed);
    QVERIFY2(authorized.wait(10000),
             failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<AuthError>().message));
    const auto status = authorized.at(0).at(0).value<TokenStatus>();
    QCOMPARE(status.kind, TokenStatus::Kind::TtUser);
    QCOMPARE(status.accounts.size(), 1);
    QCOMPARE(status.scopes, QStringList{u"user.info.basic"_s});
    QCOMPARE(status.grantedAt, world.now());
    QCOMPARE(status.expiresAt, world.now().addSecs(86400));
    QCOMPARE(status.refreshExpiresAt, world.now().addSecs(31536000));

    const SecretKey refreshKey{p.name, appId(), SecretKind::TtUserRefreshToken};
    const SecretKey accessKey{p.name, appId(), SecretKind::TtUserAccessToken};
    const auto firstRefresh = vaultRead(*m_vault, refreshKey, this);
    const auto firstAccess = vaultRead(*m_vault, accessKey, this);
    QVERIFY(firstRefresh && firstRefresh->ok() && firstAccess && firstAccess->ok());

    QSignalSpy info(&auth, &TtUserAuthorization::tokenInfoReceived);
    auth.fetchTokenInfo();
    QVERIFY(info.wait(10000));
    QCOMPARE(info.at(0).at(0).value<bc::domain::TtUserTokenInfo>().creatorId,
             status.accounts.at(0));

    world.advanceClock(3600);
    auth.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(failed.isEmpty());
    const auto after = refreshed.at(0).at(0).value<TokenStatus>();
    QCOMPARE(after.grantedAt, status.grantedAt);
    QCOMPARE(after.expiresAt, world.now().addSecs(86400));
    QCOMPARE(after.accounts, status.accounts);
    const auto secondRefresh = vaultRead(*m_vault, refreshKey, this);
    const auto secondAccess = vaultRead(*m_vault, accessKey, this);
    QVERIFY(secondRefresh && secondRefresh->ok());
    QVERIFY(secondRefresh->secret != firstRefresh->secret); // rotated, and stored
    QVERIFY(secondAccess->secret != firstAccess->secret);

    // The old refresh token is used up (40107); the stored one keeps working.
    bc::testing::AwaitedResult<bc::domain::TtUserToken> stale;
    bc::api::OAuthEndpoints(*m_client).ttUserRefresh({appId(), appSecret(), firstRefresh->secret},
                                                     this, stale.handler());
    QVERIFY(stale.wait());
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, 40107);
    QVERIFY(stale.error().needsSignIn());
    auth.refresh();
    QVERIFY(refreshed.wait(10000));

    // Revoke: both tokens leave the vault, the app secret stays.
    QSignalSpy revoked(&auth, &TtUserAuthorization::revoked);
    auth.revoke();
    QVERIFY(revoked.wait(10000));
    QVERIFY(!m_vault->contains(refreshKey));
    QVERIFY(!m_vault->contains(accessKey));
    QVERIFY(m_vault->contains({p.name, appId(), SecretKind::AppSecret}));
    QVERIFY(!auth.status());
}

void TestAdvertiserAuthorization::ttUserRefreshBeforeExpiry()
{
    bc::emulator::World &world = m_server->mutableWorld();
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    TtUserAuthorization auth(*m_client, *m_vault, p);
    auth.setClock([&world] { return world.now(); });
    QSignalSpy authorized(&auth, &TtUserAuthorization::authorized);
    QSignalSpy refreshed(&auth, &TtUserAuthorization::refreshed);
    const auto code = world.issueTtUserAuthCode(appId(), {}, pastedRedirect.toString());
    auth.exchangeCode(code.value.code);
    QVERIFY(authorized.wait(10000));

    QVERIFY(!auth.refreshIfDue()); // a fresh day-long token
    world.advanceClock(86400 - TtUserAuthorization::defaultRefreshMarginSecs - 60);
    QVERIFY(!auth.refreshIfDue());
    world.advanceClock(120); // now inside the margin
    QVERIFY(auth.refreshIfDue());
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!auth.refreshIfDue());

    // Automatic refresh: with the token inside the margin the timer fires at once, and the
    // next one is set for a day later.
    world.advanceClock(86400 - TtUserAuthorization::defaultRefreshMarginSecs + 60);
    auth.setAutomaticRefresh(true);
    QVERIFY(auth.automaticRefreshScheduled());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.size(), 2);
    QVERIFY(auth.automaticRefreshScheduled());
    QCOMPARE(auth.status()->expiresAt, world.now().addSecs(86400));
    auth.setAutomaticRefresh(false);
    QVERIFY(!auth.automaticRefreshScheduled());
}

QTEST_GUILESS_MAIN(TestAdvertiserAuthorization)
#include "tst_advertiserauthorization.moc"
