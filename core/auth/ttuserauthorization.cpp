#include "core/auth/ttuserauthorization.h"

#include "core/api/apiclient.h"
#include "core/api/endpoints/oauthendpoints.h"
#include "core/auth/logging.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/tokenvault.h"

#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace bc::auth {

TtUserAuthorization::TtUserAuthorization(api::ApiClient &client, TokenVault &vault,
                                         store::Profile profile, QObject *parent)
    : AuthorizationFlow(client, vault, std::move(profile), parent)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TtUserAuthorization::refresh);
}

QUrl TtUserAuthorization::authorizationPage()
{
    return QUrl(u"https://www.tiktok.com/v2/auth/authorize"_s);
}

QUrl TtUserAuthorization::authorizationUrl(const QString &appId, const QStringList &scopes,
                                           const QString &state, const QUrl &redirectUri,
                                           bool forceConsent)
{
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QUrlQuery query;
    query.addQueryItem(u"client_key"_s, encoded(appId));
    query.addQueryItem(u"scope"_s, encoded(scopes.join(u',')));
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, encoded(redirectUri.toString(QUrl::FullyEncoded)));
    query.addQueryItem(u"state"_s, encoded(state));
    if (forceConsent)
        query.addQueryItem(u"disable_auto_auth"_s, u"1"_s);
    QUrl url = authorizationPage();
    url.setQuery(query);
    return url;
}

QUrl TtUserAuthorization::begin(const QStringList &scopes, bool forceConsent)
{
    const QString state = beginState();
    if (state.isEmpty())
        return {};
    return authorizationUrl(profile().appId, scopes, state, m_usedRedirectUri, forceConsent);
}

void TtUserAuthorization::exchangeCode(const QString &code)
{
    const QUrl redirect = m_usedRedirectUri.isEmpty() ? redirectUri() : m_usedRedirectUri;
    readSecrets({SecretKind::AppSecret}, [this, redirect, code = SecretScrubber::ownCopy(code)](
                                                 QStringList secrets) mutable {
        api::TtUserCodeExchange exchange{profile().appId, secrets.value(0), code,
                                         redirect.toString(QUrl::FullyEncoded)};
        SecretScrubber::scrub(code);
        api::OAuthEndpoints(client()).ttUserToken(
                exchange, this, [this](const api::Result<domain::TtUserToken> &result) {
                    if (!result.ok())
                        failApi(result.error());
                    else
                        grantReceived(result.value(), false);
                });
        SecretScrubber::scrub(exchange.clientSecret);
        SecretScrubber::scrub(exchange.authCode);
    });
}

void TtUserAuthorization::refresh()
{
    readSecrets({SecretKind::AppSecret, SecretKind::TtUserRefreshToken},
                [this](QStringList secrets) {
                    api::OAuthEndpoints(client()).ttUserRefresh(
                            {profile().appId, secrets.value(0), secrets.value(1)}, this,
                            [this](const api::Result<domain::TtUserToken> &result) {
                                if (!result.ok())
                                    failApi(result.error());
                                else
                                    grantReceived(result.value(), true);
                            });
                });
}

bool TtUserAuthorization::refreshIfDue()
{
    if (!m_status || !m_status->expiresWithin(now(), m_refreshMarginSecs))
        return false;
    refresh();
    return true;
}

void TtUserAuthorization::setAutomaticRefresh(bool on, qint64 marginSecs)
{
    m_automaticRefresh = on;
    m_refreshMarginSecs = marginSecs;
    scheduleRefresh();
}

void TtUserAuthorization::fetchTokenInfo()
{
    readSecrets({SecretKind::TtUserAccessToken}, [this](QStringList secrets) {
        api::OAuthEndpoints(client()).ttUserTokenInfo(
                {profile().appId, secrets.value(0)}, this,
                [this](const api::Result<domain::TtUserTokenInfo> &result) {
                    if (!result.ok())
                        failApi(result.error());
                    else
                        Q_EMIT tokenInfoReceived(result.value());
                });
    });
}

void TtUserAuthorization::revoke()
{
    readSecrets({SecretKind::AppSecret, SecretKind::TtUserAccessToken},
                [this](QStringList secrets) {
                    api::OAuthEndpoints(client()).ttUserRevoke(
                            {profile().appId, secrets.value(0), secrets.value(1)}, this,
                            [this](const api::Result<api::WriteReceipt> &result) {
                                if (!result.ok()) {
                                    failApi(result.error());
                                    return;
                                }
                                m_refreshTimer.stop();
                                m_status.reset();
                                auto left = std::make_shared<int>(2);
                                auto firstError = std::make_shared<QString>();
                                const auto removed = [this, left,
                                                      firstError](const VaultResult &outcome) {
                                    if (!outcome.ok() && firstError->isEmpty())
                                        *firstError = outcome.message;
                                    if (--*left > 0)
                                        return;
                                    if (!firstError->isEmpty())
                                        fail(AuthError::make(AuthError::Kind::Vault, *firstError));
                                    else
                                        Q_EMIT revoked();
                                };
                                vault().remove(key(SecretKind::TtUserAccessToken), this, removed);
                                vault().remove(key(SecretKind::TtUserRefreshToken), this, removed);
                            });
                });
}

void TtUserAuthorization::restoreStatus(const TokenStatus &status)
{
    m_status = status;
    scheduleRefresh();
}

void TtUserAuthorization::grantReceived(const domain::TtUserToken &token, bool isRefresh)
{
    const QDateTime at = now().toUTC();
    TokenStatus status;
    status.kind = TokenStatus::Kind::TtUser;
    status.profile = profile().name;
    status.appId = profile().appId;
    if (!token.openId.isEmpty())
        status.accounts = {token.openId};
    else if (m_status)
        status.accounts = m_status->accounts;
    status.scopes = token.scope;
    status.grantedAt = isRefresh && m_status ? m_status->grantedAt : at;
    if (token.expiresIn)
        status.expiresAt = at.addSecs(*token.expiresIn);
    if (token.refreshTokenExpiresIn)
        status.refreshExpiresAt = at.addSecs(*token.refreshTokenExpiresIn);

    QList<QPair<SecretKind, QString>> entries{{SecretKind::TtUserAccessToken, token.accessToken}};
    // The refresh token may rotate: the new one replaces the old, which stops working.
    if (!token.refreshToken.isEmpty())
        entries.append({SecretKind::TtUserRefreshToken, token.refreshToken});
    storeSecrets(entries, [this, status, isRefresh, at] {
        m_status = status;
        if (isRefresh)
            m_lastRefreshAt = at;
        scheduleRefresh();
        qCInfo(lcAuth) << "profile" << profile().name
                       << (isRefresh ? "account holder token refreshed"
                                     : "account holder authorized");
        if (isRefresh)
            Q_EMIT refreshed(status);
        else
            Q_EMIT authorized(status);
    });
}

void TtUserAuthorization::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (!m_automaticRefresh || !m_status || !m_status->expiresAt.isValid())
        return;
    qint64 secs = std::max<qint64>(0, now().secsTo(m_status->expiresAt) - m_refreshMarginSecs);
    // A margin as long as the token's life would refresh again and again: at most once a minute.
    if (m_lastRefreshAt.isValid())
        secs = std::max<qint64>(secs, 60 - m_lastRefreshAt.secsTo(now()));
    // QTimer takes int milliseconds: a day fits, and a later wake-up just reschedules.
    const qint64 ms = std::min<qint64>(secs * 1000, std::numeric_limits<int>::max());
    m_refreshTimer.start(int(ms));
}

} // namespace bc::auth
