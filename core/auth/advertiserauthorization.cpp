#include "core/auth/advertiserauthorization.h"

#include "core/api/apiclient.h"
#include "core/api/endpoints/oauthendpoints.h"
#include "core/auth/logging.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/tokenvault.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bc::auth {

AdvertiserAuthorization::AdvertiserAuthorization(api::ApiClient &client, TokenVault &vault,
                                                 store::Profile profile, QObject *parent)
    : AuthorizationFlow(client, vault, std::move(profile), parent)
{ }

QUrl AdvertiserAuthorization::authorizationPage(const api::Environment &environment)
{
    switch (environment.kind()) {
    case api::EnvironmentKind::Sandbox:
    case api::EnvironmentKind::Production:
        return QUrl(u"https://business-api.tiktok.com/portal/auth"_s);
    case api::EnvironmentKind::Demo:
    case api::EnvironmentKind::Custom:
        break;
    }
    QUrl page = environment.baseUrl();
    page.setPath(u"/portal/auth"_s);
    page.setQuery(QString());
    page.setFragment(QString());
    return page;
}

QUrl AdvertiserAuthorization::authorizationUrl(const QUrl &page, const QString &appId,
                                               const QString &state, const QUrl &redirectUri)
{
    QUrlQuery query;
    // Fully encoded values: a redirect URI with its own query must survive the trip intact.
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    query.addQueryItem(u"app_id"_s, encoded(appId));
    query.addQueryItem(u"state"_s, encoded(state));
    query.addQueryItem(u"redirect_uri"_s, encoded(redirectUri.toString(QUrl::FullyEncoded)));
    QUrl url = page;
    url.setQuery(query);
    return url;
}

QUrl AdvertiserAuthorization::begin()
{
    const QString state = beginState();
    if (state.isEmpty())
        return {};
    return authorizationUrl(authorizationPage(client().environment()), profile().appId, state,
                            m_usedRedirectUri);
}

void AdvertiserAuthorization::exchangeCode(const QString &code)
{
    readSecrets({SecretKind::AppSecret}, [this, code = SecretScrubber::ownCopy(code)](
                                                 QStringList secrets) mutable {
        api::AccessTokenExchange exchange{profile().appId, secrets.value(0), code, std::nullopt};
        SecretScrubber::scrub(code);
        api::OAuthEndpoints(client()).accessToken(
                exchange, this, [this](const api::Result<domain::AdvertiserAccessToken> &result) {
                    if (!result.ok()) {
                        failApi(result.error());
                        return;
                    }
                    const domain::AdvertiserAccessToken &token = result.value();
                    TokenStatus status;
                    status.kind = TokenStatus::Kind::Advertiser;
                    status.profile = profile().name;
                    status.appId = profile().appId;
                    status.accounts = token.advertiserIds;
                    status.scopeIds = token.scope;
                    status.grantedAt = now().toUTC();
                    const QString accessToken = token.accessToken;
                    storeSecrets({{SecretKind::AdvertiserAccessToken, accessToken}}, [this, status,
                                                                                      accessToken] {
                        client().setAccessToken(accessToken);
                        m_status = status;
                        qCInfo(lcAuth) << "profile" << profile().name << "authorized for"
                                       << status.accounts.size() << "accounts";
                        Q_EMIT authorized(status);
                    });
                });
        SecretScrubber::scrub(exchange.secret);
        SecretScrubber::scrub(exchange.authCode);
    });
}

void AdvertiserAuthorization::restoreAccessToken()
{
    readSecrets({SecretKind::AdvertiserAccessToken}, [this](QStringList secrets) {
        client().setAccessToken(secrets.value(0));
        Q_EMIT accessTokenRestored();
    });
}

void AdvertiserAuthorization::fetchAdvertisers()
{
    readSecrets({SecretKind::AppSecret, SecretKind::AdvertiserAccessToken},
                [this](QStringList secrets) {
                    client().setAccessToken(secrets.value(1));
                    api::OAuthEndpoints(client()).advertisers(
                            {profile().appId, secrets.value(0)}, this,
                            [this](const api::Result<QList<domain::AuthorizedAdvertiser>> &result) {
                                if (!result.ok())
                                    failApi(result.error());
                                else
                                    Q_EMIT advertisersFetched(result.value());
                            });
                });
}

void AdvertiserAuthorization::revoke()
{
    readSecrets({SecretKind::AppSecret, SecretKind::AdvertiserAccessToken},
                [this](QStringList secrets) {
                    api::OAuthEndpoints(client()).revokeToken(
                            {profile().appId, secrets.value(0), secrets.value(1)}, this,
                            [this](const api::Result<domain::TokenRevocation> &result) {
                                if (!result.ok()) {
                                    failApi(result.error());
                                    return;
                                }
                                const QStringList lost = result.value().advertiserIds;
                                vault().remove(key(SecretKind::AdvertiserAccessToken), this,
                                               [this, lost](const VaultResult &removed) {
                                                   client().setAccessToken(QString());
                                                   m_status.reset();
                                                   if (!removed.ok()) {
                                                       fail(AuthError::make(AuthError::Kind::Vault,
                                                                            removed.message));
                                                       return;
                                                   }
                                                   Q_EMIT revoked(lost);
                                               });
                            });
                });
}

} // namespace bc::auth
