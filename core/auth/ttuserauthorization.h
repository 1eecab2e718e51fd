#pragma once

#include "core/auth/authorizationflow.h"
#include "core/auth/tokenstatus.h"
#include "core/domain/ttusertoken.h"
#include "core/domain/ttusertokeninfo.h"

#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace bc::auth {

// The TikTok account holder ("tt_user") sign-in of one profile (reference §2.7): the
// www.tiktok.com authorization URL (client_key, scopes, response_type=code, redirect_uri, state),
// the code exchange at /tt_user/oauth2/token/, both tokens into the vault, a refresh before the
// day-long access token ends (the rotated refresh token replaces the old one), the token's info,
// and revocation. The app secret is read from the vault whenever it is needed.
class TtUserAuthorization final : public AuthorizationFlow
{
    Q_OBJECT

public:
    // How long before the access token ends refreshIfDue() and the automatic refresh act.
    static constexpr qint64 defaultRefreshMarginSecs = 10 * 60;

    TtUserAuthorization(api::ApiClient &client, TokenVault &vault, store::Profile profile,
                        QObject *parent = nullptr);

    [[nodiscard]] static QUrl authorizationPage();
    // `forceConsent` adds disable_auto_auth=1: the page asks again even for granted scopes.
    [[nodiscard]] static QUrl authorizationUrl(const QString &appId, const QStringList &scopes,
                                               const QString &state, const QUrl &redirectUri,
                                               bool forceConsent = false);

    // Starts a sign-in for `scopes`; empty, with failed(), when there is no redirect URI.
    [[nodiscard]] QUrl begin(const QStringList &scopes, bool forceConsent = false);

    void exchangeCode(const QString &code) override;
    // /tt_user/oauth2/refresh_token/: stores the new access and refresh tokens: refreshed().
    void refresh();
    // Refreshes when the access token ends within the margin; true when it started one.
    bool refreshIfDue();
    // With it on, a timer refreshes the token `margin` before it ends, after every grant.
    void setAutomaticRefresh(bool on, qint64 marginSecs = defaultRefreshMarginSecs);
    [[nodiscard]] bool automaticRefreshScheduled() const { return m_refreshTimer.isActive(); }
    // /tt_user/token_info/get/ with the stored access token: tokenInfoReceived().
    void fetchTokenInfo();
    // /tt_user/oauth2/revoke/, then both tokens leave the vault: revoked().
    void revoke();

    // The status of the last grant or refresh; restoreStatus() brings back a saved one
    // (expiry times included) in a new run.
    [[nodiscard]] std::optional<TokenStatus> status() const { return m_status; }
    void restoreStatus(const TokenStatus &status);

Q_SIGNALS:
    void authorized(const bc::auth::TokenStatus &status);
    void refreshed(const bc::auth::TokenStatus &status);
    void tokenInfoReceived(const bc::domain::TtUserTokenInfo &info);
    void revoked();

private:
    void grantReceived(const domain::TtUserToken &token, bool isRefresh);
    void scheduleRefresh();

    std::optional<TokenStatus> m_status;
    QTimer m_refreshTimer;
    QDateTime m_lastRefreshAt;
    bool m_automaticRefresh = false;
    qint64 m_refreshMarginSecs = defaultRefreshMarginSecs;
};

} // namespace bc::auth
