// The OAuth endpoints (reference §2) against the in-process emulator: each request's encoding,
// the advertiser code exchange (codes from the emulator's /portal/auth page or straight from its
// world), the ad accounts a token grants, revocation, the tt_user token flow with its rotating
// refresh token, one documented error per endpoint, and no secret in the activity log.
#include "core/api/endpoints/oauthendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::OAuthEndpoints;
using bc::api::WriteReceipt;
using bc::domain::AdvertiserAccessToken;
using bc::domain::AuthorizedAdvertiser;
using bc::domain::TokenRevocation;
using bc::domain::TtUserToken;
using bc::domain::TtUserTokenInfo;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-oauth-config-token"_s;
const QString kRedirect = u"http://127.0.0.1/oauth/callback"_s;

QSet<QString> toSet(const QStringList &list)
{
    return {list.cbegin(), list.cend()};
}

} // namespace

class TestOAuthEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void portalCodeExchangesForAToken();
    void usedCodeIsRefused();
    void exchangeWithoutAdvertiserIds();
    void advertisersListsWhatTheTokenGrants();
    void advertisersWithAWrongSecretIsRefused();
    void revokeEndsTheToken();
    void revokeOfAnUnknownTokenIsRefused();
    void ttUserTokenInfoRefreshAndRevoke();
    void ttUserCodeForAnotherRedirectIsRejected();
    void ttUserRefreshWithAnUnknownTokenIsRefused();
    void ttUserRevokeWithAWrongSecretIsRefused();
    void ttUserTokenInfoOfAnExpiredTokenIsRefused();
    void secretsNeverReachTheActivityLog();

private:
    [[nodiscard]] QString issueCode();
    [[nodiscard]] QString issueTtUserCode();
    [[nodiscard]] AdvertiserAccessToken exchange(const QString &code);
    [[nodiscard]] TtUserToken ttUserExchange(const QString &code);
    [[nodiscard]] std::unique_ptr<ApiClient> clientWithToken(const QString &token);
    [[nodiscard]] QString appId() const { return m_server->config().appId; }
    [[nodiscard]] QString secret() const { return m_server->config().secret; }

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OAuthEndpoints> m_oauth;
    QStringList m_secrets; // every secret value the tests handled, for the activity log check
    QObject m_context;
};

void TestOAuthEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 44);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_server->mutableWorld().setNow(m_server->world().now()); // frozen: tests move it
    m_client = emulatorClient(*m_server, kToken);
    m_oauth = std::make_unique<OAuthEndpoints>(*m_client);
    m_secrets << secret() << kToken;
}

QString TestOAuthEndpoints::issueCode()
{
    const auto code = m_server->mutableWorld().issueAuthCode(appId(), kRedirect, u"s"_s);
    if (!code.ok())
        return {};
    m_secrets << code.value.code;
    return code.value.code;
}

QString TestOAuthEndpoints::issueTtUserCode()
{
    const auto code = m_server->mutableWorld().issueTtUserAuthCode(appId(), {}, kRedirect);
    if (!code.ok())
        return {};
    m_secrets << code.value.code;
    return code.value.code;
}

AdvertiserAccessToken TestOAuthEndpoints::exchange(const QString &code)
{
    AwaitedResult<AdvertiserAccessToken> token;
    m_oauth->accessToken({appId(), secret(), code, {}}, &m_context, token.handler());
    if (!token.wait() || !token.ok())
        return {};
    m_secrets << token.value().accessToken;
    return token.value();
}

TtUserToken TestOAuthEndpoints::ttUserExchange(const QString &code)
{
    AwaitedResult<TtUserToken> token;
    m_oauth->ttUserToken({appId(), secret(), code, kRedirect}, &m_context, token.handler());
    if (!token.wait() || !token.ok())
        return {};
    m_secrets << token.value().accessToken << token.value().refreshToken;
    return token.value();
}

std::unique_ptr<ApiClient> TestOAuthEndpoints::clientWithToken(const QString &token)
{
    auto client = std::make_unique<ApiClient>(bc::api::Environment::custom(m_server->baseUrl()));
    client->setAccessToken(token);
    client->setActivityLog(m_client->activityLog()); // one log to check for secrets
    return client;
}

void TestOAuthEndpoints::requestsAreEncodedAsDocumented()
{
    const ApiRequest token =
            OAuthEndpoints::accessTokenRequest({u"app"_s, u"sec"_s, u"code"_s, {}});
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.path, u"oauth2/access_token/"_s);
    QCOMPARE(token.body, (QJsonObject{{u"app_id"_s, u"app"_s},
                                      {u"secret"_s, u"sec"_s},
                                      {u"auth_code"_s, u"code"_s}}));
    QVERIFY(!token.isIdempotent()); // a code is single use: never sent twice
    const ApiRequest noIds =
            OAuthEndpoints::accessTokenRequest({u"app"_s, u"sec"_s, u"code"_s, false});
    QCOMPARE(noIds.body.value("return_advertiser_ids"_L1), QJsonValue(false));

    const ApiRequest advertisers = OAuthEndpoints::advertisersRequest({u"app"_s, u"sec"_s});
    QCOMPARE(advertisers.method, QByteArray("GET"));
    QCOMPARE(advertisers.path, u"oauth2/advertiser/get/"_s);
    QCOMPARE(queryValue(advertisers, u"app_id"_s), u"app"_s);
    QCOMPARE(queryValue(advertisers, u"secret"_s), u"sec"_s);

    const ApiRequest revoke = OAuthEndpoints::revokeTokenRequest({u"app"_s, u"sec"_s, u"tok"_s});
    QCOMPARE(revoke.path, u"oauth2/revoke_token/"_s);
    QCOMPARE(revoke.body, (QJsonObject{{u"app_id"_s, u"app"_s},
                                       {u"secret"_s, u"sec"_s},
                                       {u"access_token"_s, u"tok"_s}}));

    const ApiRequest ttToken =
            OAuthEndpoints::ttUserTokenRequest({u"app"_s, u"sec"_s, u"code"_s, kRedirect});
    QCOMPARE(ttToken.method, QByteArray("POST"));
    QCOMPARE(ttToken.path, u"tt_user/oauth2/token/"_s);
    QCOMPARE(ttToken.body, (QJsonObject{{u"client_id"_s, u"app"_s},
                                        {u"client_secret"_s, u"sec"_s},
                                        {u"grant_type"_s, u"authorization_code"_s},
                                        {u"auth_code"_s, u"code"_s},
                                        {u"redirect_uri"_s, kRedirect}}));
    const ApiRequest refresh =
            OAuthEndpoints::ttUserRefreshRequest({u"app"_s, u"sec"_s, u"refresh"_s});
    QCOMPARE(refresh.path, u"tt_user/oauth2/refresh_token/"_s);
    QCOMPARE(refresh.body, (QJsonObject{{u"client_id"_s, u"app"_s},
                                        {u"client_secret"_s, u"sec"_s},
                                        {u"grant_type"_s, u"refresh_token"_s},
                                        {u"refresh_token"_s, u"refresh"_s}}));
    QVERIFY(!refresh.isIdempotent()); // the refresh token rotates
    const ApiRequest ttRevoke = OAuthEndpoints::ttUserRevokeRequest({u"app"_s, u"sec"_s, u"tok"_s});
    QCOMPARE(ttRevoke.path, u"tt_user/oauth2/revoke/"_s);
    QCOMPARE(ttRevoke.body, (QJsonObject{{u"client_id"_s, u"app"_s},
                                         {u"client_secret"_s, u"sec"_s},
                                         {u"access_token"_s, u"tok"_s}}));
    const ApiRequest info = OAuthEndpoints::ttUserTokenInfoRequest({u"app"_s, u"tok"_s});
    QCOMPARE(info.method, QByteArray("POST"));
    QCOMPARE(info.path, u"tt_user/token_info/get/"_s);
    QCOMPARE(info.body, (QJsonObject{{u"app_id"_s, u"app"_s}, {u"access_token"_s, u"tok"_s}}));
}

void TestOAuthEndpoints::portalCodeExchangesForAToken()
{
    // The consent page as a browser meets it: a redirect carrying auth_code (and code).
    QUrl portal = m_server->baseUrl().resolved(QUrl(u"/portal/auth"_s));
    portal.setQuery(QUrlQuery{
            {u"app_id"_s, appId()}, {u"state"_s, u"xyz"_s}, {u"redirect_uri"_s, kRedirect}});
    QNetworkAccessManager network;
    QNetworkRequest request(portal);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrlQuery redirect(QUrl::fromEncoded(reply->rawHeader("Location")));
    reply->deleteLater();
    // Either name may carry the code (§2.1).
    QString code = redirect.queryItemValue(u"auth_code"_s);
    if (code.isEmpty())
        code = redirect.queryItemValue(u"code"_s);
    QVERIFY(!code.isEmpty());
    QCOMPARE(redirect.queryItemValue(u"state"_s), u"xyz"_s);
    m_secrets << code;

    AwaitedResult<AdvertiserAccessToken> token;
    m_oauth->accessToken({appId(), secret(), code, {}}, &m_context, token.handler());
    QVERIFY(token.wait());
    QVERIFY2(token.ok(), token.describe().constData());
    m_secrets << token.value().accessToken;
    QVERIFY(!token.value().accessToken.isEmpty());
    QVERIFY(m_server->world().acceptsAccessToken(token.value().accessToken));
    const QStringList granted = m_server->world().grantedAdvertiserIds(token.value().accessToken);
    QVERIFY(!granted.isEmpty());
    QCOMPARE(toSet(token.value().advertiserIds), toSet(granted)); // digit-exact
    QCOMPARE(token.value().advertiserIds.size(), granted.size());
    const auto *grant = m_server->world().findAccessGrant(token.value().accessToken);
    QVERIFY(grant);
    QCOMPARE(token.value().scope.size(), grant->scope.size());
    for (int i = 0; i < grant->scope.size(); ++i)
        QCOMPARE(token.value().scope.at(i), qint64(grant->scope.at(i)));
}

void TestOAuthEndpoints::usedCodeIsRefused()
{
    const QString code = issueCode();
    QVERIFY(!code.isEmpty());
    QVERIFY(!exchange(code).accessToken.isEmpty());
    AwaitedResult<AdvertiserAccessToken> again;
    m_oauth->accessToken({appId(), secret(), code, {}}, &m_context, again.handler());
    QVERIFY(again.wait());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, 40110); // single use
    QVERIFY(again.error().needsSignIn());
}

void TestOAuthEndpoints::exchangeWithoutAdvertiserIds()
{
    const QString code = issueCode();
    AwaitedResult<AdvertiserAccessToken> token;
    m_oauth->accessToken({appId(), secret(), code, false}, &m_context, token.handler());
    QVERIFY(token.wait());
    QVERIFY2(token.ok(), token.describe().constData());
    m_secrets << token.value().accessToken;
    QVERIFY(!token.value().accessToken.isEmpty());
    QVERIFY(token.value().advertiserIds.isEmpty());
    // The token still grants the accounts: advertiser/get/ is how the app learns them.
    QVERIFY(!m_server->world().grantedAdvertiserIds(token.value().accessToken).isEmpty());
}

void TestOAuthEndpoints::advertisersListsWhatTheTokenGrants()
{
    const AdvertiserAccessToken token = exchange(issueCode());
    QVERIFY(!token.accessToken.isEmpty());
    const auto client = clientWithToken(token.accessToken);
    OAuthEndpoints oauth(*client);
    AwaitedResult<QList<AuthorizedAdvertiser>> advertisers;
    oauth.advertisers({appId(), secret()}, &m_context, advertisers.handler());
    QVERIFY(advertisers.wait());
    QVERIFY2(advertisers.ok(), advertisers.describe().constData());
    const QStringList granted = m_server->world().grantedAdvertiserIds(token.accessToken);
    QCOMPARE(advertisers.value().size(), granted.size());
    for (const AuthorizedAdvertiser &advertiser : advertisers.value()) {
        QVERIFY(granted.contains(advertiser.advertiserId));
        const auto *account = m_server->world().findAdAccount(advertiser.advertiserId);
        QVERIFY(account);
        QCOMPARE(advertiser.advertiserName, account->name);
    }
}

void TestOAuthEndpoints::advertisersWithAWrongSecretIsRefused()
{
    AwaitedResult<QList<AuthorizedAdvertiser>> advertisers;
    m_oauth->advertisers({appId(), u"not-the-secret"_s}, &m_context, advertisers.handler());
    QVERIFY(advertisers.wait());
    QVERIFY(!advertisers.ok());
    QCOMPARE(advertisers.error().code, 40101);
}

void TestOAuthEndpoints::revokeEndsTheToken()
{
    const AdvertiserAccessToken token = exchange(issueCode());
    QVERIFY(!token.accessToken.isEmpty());
    const QStringList granted = m_server->world().grantedAdvertiserIds(token.accessToken);
    AwaitedResult<TokenRevocation> revoked;
    m_oauth->revokeToken({appId(), secret(), token.accessToken}, &m_context, revoked.handler());
    QVERIFY(revoked.wait());
    QVERIFY2(revoked.ok(), revoked.describe().constData());
    QCOMPARE(revoked.value().appId, appId());
    QCOMPARE(toSet(revoked.value().advertiserIds), toSet(granted));

    // Read back through the client: the token no longer opens anything.
    const auto client = clientWithToken(token.accessToken);
    OAuthEndpoints oauth(*client);
    AwaitedResult<QList<AuthorizedAdvertiser>> advertisers;
    oauth.advertisers({appId(), secret()}, &m_context, advertisers.handler());
    QVERIFY(advertisers.wait());
    QVERIFY(!advertisers.ok());
    QCOMPARE(advertisers.error().code, 40105);
    QVERIFY(advertisers.error().needsSignIn());
}

void TestOAuthEndpoints::revokeOfAnUnknownTokenIsRefused()
{
    AwaitedResult<TokenRevocation> revoked;
    m_oauth->revokeToken({appId(), secret(), u"no-such-token"_s}, &m_context, revoked.handler());
    QVERIFY(revoked.wait());
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.error().code, 40105);
}

void TestOAuthEndpoints::ttUserTokenInfoRefreshAndRevoke()
{
    const auto code = m_server->mutableWorld().issueTtUserAuthCode(appId(), {}, kRedirect);
    QVERIFY(code.ok());
    m_secrets << code.value.code;
    const TtUserToken token = ttUserExchange(code.value.code);
    QVERIFY(!token.accessToken.isEmpty());
    QVERIFY(!token.refreshToken.isEmpty());
    QCOMPARE(token.tokenType, u"Bearer"_s);
    QCOMPARE(token.expiresIn, std::optional<qint64>(86400));
    QCOMPARE(token.refreshTokenExpiresIn, std::optional<qint64>(31536000));
    QCOMPARE(token.openId, code.value.openId);
    QCOMPARE(token.scope, code.value.scope.split(u','));

    AwaitedResult<TtUserTokenInfo> info;
    m_oauth->ttUserTokenInfo({appId(), token.accessToken}, &m_context, info.handler());
    QVERIFY(info.wait());
    QVERIFY2(info.ok(), info.describe().constData());
    QCOMPARE(info.value().appId, appId());
    QCOMPARE(info.value().creatorId, code.value.openId);
    QCOMPARE(info.value().scope, code.value.scope.split(u','));

    AwaitedResult<TtUserToken> refreshed;
    m_oauth->ttUserRefresh({appId(), secret(), token.refreshToken}, &m_context,
                           refreshed.handler());
    QVERIFY(refreshed.wait());
    QVERIFY2(refreshed.ok(), refreshed.describe().constData());
    m_secrets << refreshed.value().accessToken << refreshed.value().refreshToken;
    QCOMPARE(refreshed.value().openId, code.value.openId);
    QVERIFY(!refreshed.value().accessToken.isEmpty());
    QVERIFY(refreshed.value().refreshToken != token.refreshToken); // rotated
    AwaitedResult<TtUserToken> stale;
    m_oauth->ttUserRefresh({appId(), secret(), token.refreshToken}, &m_context, stale.handler());
    QVERIFY(stale.wait());
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, 40107);

    AwaitedResult<WriteReceipt> revoked;
    m_oauth->ttUserRevoke({appId(), secret(), refreshed.value().accessToken}, &m_context,
                          revoked.handler());
    QVERIFY(revoked.wait());
    QVERIFY2(revoked.ok(), revoked.describe().constData());
    QVERIFY(!revoked.value().requestId.isEmpty());
    AwaitedResult<TtUserTokenInfo> after;
    m_oauth->ttUserTokenInfo({appId(), refreshed.value().accessToken}, &m_context, after.handler());
    QVERIFY(after.wait());
    QVERIFY(!after.ok());
    QCOMPARE(after.error().code, 40105);
}

void TestOAuthEndpoints::ttUserCodeForAnotherRedirectIsRejected()
{
    const QString code = issueTtUserCode();
    QVERIFY(!code.isEmpty());
    AwaitedResult<TtUserToken> token;
    m_oauth->ttUserToken({appId(), secret(), code, u"http://127.0.0.1/elsewhere"_s}, &m_context,
                         token.handler());
    QVERIFY(token.wait());
    QVERIFY(!token.ok());
    QCOMPARE(token.error().code, 40002);
}

void TestOAuthEndpoints::ttUserRefreshWithAnUnknownTokenIsRefused()
{
    AwaitedResult<TtUserToken> token;
    m_oauth->ttUserRefresh({appId(), secret(), u"no-such-refresh-token"_s}, &m_context,
                           token.handler());
    QVERIFY(token.wait());
    QVERIFY(!token.ok());
    QCOMPARE(token.error().code, 40107);
}

void TestOAuthEndpoints::ttUserRevokeWithAWrongSecretIsRefused()
{
    const TtUserToken token = ttUserExchange(issueTtUserCode());
    QVERIFY(!token.accessToken.isEmpty());
    AwaitedResult<WriteReceipt> revoked;
    m_oauth->ttUserRevoke({appId(), u"not-the-secret"_s, token.accessToken}, &m_context,
                          revoked.handler());
    QVERIFY(revoked.wait());
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.error().code, 40101);
}

void TestOAuthEndpoints::ttUserTokenInfoOfAnExpiredTokenIsRefused()
{
    const TtUserToken token = ttUserExchange(issueTtUserCode());
    QVERIFY(!token.accessToken.isEmpty());
    m_server->mutableWorld().advanceClock(86400 + 1); // access tokens last a day
    AwaitedResult<TtUserTokenInfo> info;
    m_oauth->ttUserTokenInfo({appId(), token.accessToken}, &m_context, info.handler());
    QVERIFY(info.wait());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, 40102);
    QVERIFY(info.error().needsSignIn());
}

void TestOAuthEndpoints::secretsNeverReachTheActivityLog()
{
    const QList<bc::api::ActivityEntry> entries = m_client->activityLog()->entries();
    QVERIFY(entries.size() >= 15);
    QSet<QString> paths;
    for (const bc::api::ActivityEntry &entry : entries) {
        paths.insert(entry.path);
        for (const QString &secretValue : std::as_const(m_secrets)) {
            QVERIFY(!secretValue.isEmpty());
            QVERIFY2(!entry.parameters.contains(secretValue),
                     qPrintable(entry.path + u": "_s + entry.parameters));
            QVERIFY2(!entry.message.contains(secretValue), qPrintable(entry.message));
        }
    }
    for (const QString &path :
         {u"oauth2/access_token/"_s, u"oauth2/advertiser/get/"_s, u"oauth2/revoke_token/"_s,
          u"tt_user/oauth2/token/"_s, u"tt_user/oauth2/refresh_token/"_s,
          u"tt_user/oauth2/revoke/"_s, u"tt_user/token_info/get/"_s})
        QVERIFY2(paths.contains(path), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestOAuthEndpoints)
#include "tst_oauthendpoints.moc"
