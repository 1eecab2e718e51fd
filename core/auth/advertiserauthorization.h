#pragma once

#include "core/auth/authorizationflow.h"
#include "core/auth/tokenstatus.h"
#include "core/domain/authorizedadvertiser.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bc::api {
class Environment;
}

namespace bc::auth {

// The Marketing API sign-in of one profile (reference §2.1–2.5): the authorization URL with a
// random single-use state, the redirect (loopback listener or pasted address), the code
// exchange at /oauth2/access_token/, the token into the vault (and onto the client), the
// accounts and scopes granted, the accounts listed by /oauth2/advertiser/get/, and revocation.
// The app secret is read from the vault (SecretKind::AppSecret) whenever it is needed.
class AdvertiserAuthorization final : public AuthorizationFlow
{
    Q_OBJECT

public:
    AdvertiserAuthorization(api::ApiClient &client, TokenVault &vault, store::Profile profile,
                            QObject *parent = nullptr);

    // https://business-api.tiktok.com/portal/auth for sandbox and production; for a demo or
    // custom root http://HOST:PORT/open_api/ the emulator's http://HOST:PORT/portal/auth.
    [[nodiscard]] static QUrl authorizationPage(const api::Environment &environment);
    [[nodiscard]] static QUrl authorizationUrl(const QUrl &page, const QString &appId,
                                               const QString &state, const QUrl &redirectUri);

    // Starts a sign-in: a new state (the previous one stops working) and the URL to open in
    // the browser. Empty, with failed() emitted, when there is no redirect URI.
    [[nodiscard]] QUrl begin();

    void exchangeCode(const QString &code) override;
    // Reads the stored token onto the client (for a new run); accessTokenRestored() or failed().
    void restoreAccessToken();
    // /oauth2/advertiser/get/ with the stored token (not available in sandbox).
    void fetchAdvertisers();
    // /oauth2/revoke_token/, then the token leaves the vault and the client: revoked().
    void revoke();

    // The last grant of this run: accounts, scope ids, when.
    [[nodiscard]] std::optional<TokenStatus> status() const { return m_status; }

Q_SIGNALS:
    void authorized(const bc::auth::TokenStatus &status);
    void accessTokenRestored();
    void advertisersFetched(const QList<bc::domain::AuthorizedAdvertiser> &advertisers);
    void revoked(const QStringList &advertiserIds);

private:
    std::optional<TokenStatus> m_status;
};

} // namespace bc::auth
