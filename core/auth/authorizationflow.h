#pragma once

#include "core/auth/autherror.h"
#include "core/auth/authorizationstate.h"
#include "core/auth/secretkey.h"
#include "core/store/profile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace bc::api {
class ApiClient;
}

namespace bc::auth {

class LoopbackRedirectListener;
class TokenVault;

// What the advertiser and the account holder sign-ins share: the profile and its vault entries,
// the redirect URI (the profile's, or a loopback listener's), the single-use state, reading a
// pasted or received redirect, and a clock for tests.
class AuthorizationFlow : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ~AuthorizationFlow() override;

    [[nodiscard]] const store::Profile &profile() const { return m_profile; }
    [[nodiscard]] api::ApiClient &client() const { return m_client; }
    [[nodiscard]] TokenVault &vault() const { return m_vault; }

    // The loopback listener's address while it listens, else the profile's redirect URI.
    [[nodiscard]] QUrl redirectUri() const;
    // Starts a loopback listener on 127.0.0.1 (port 0: any free one); its redirect arrives by
    // itself. False, with `error` set, when the port cannot be bound.
    [[nodiscard]] bool listenOnLoopback(quint16 port = 0, QString *error = nullptr);
    [[nodiscard]] LoopbackRedirectListener *loopbackListener() const { return m_listener; }

    // The state the pending sign-in expects; resumeState() continues one begun elsewhere.
    [[nodiscard]] QString pendingState() const { return m_state.pending(); }
    void resumeState(const QString &state) { m_state.resume(state); }

    // The address the browser landed on, pasted by the user (or received by the listener):
    // checks the state, then exchanges the code. Ends in authorized() or failed().
    void acceptRedirect(const QUrl &redirected);
    void acceptRedirectText(const QString &pasted);
    // Exchanges a code the user copied by hand (no state to check).
    virtual void exchangeCode(const QString &code) = 0;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const;

Q_SIGNALS:
    void failed(const bc::auth::AuthError &error);

protected:
    AuthorizationFlow(api::ApiClient &client, TokenVault &vault, store::Profile profile,
                      QObject *parent);

    // A new single-use state, or an empty string (and failed()) without a redirect URI.
    [[nodiscard]] QString beginState();
    [[nodiscard]] SecretKey key(SecretKind kind) const;
    // Reads `kinds` from the vault; `then` gets the secrets in the same order. A missing or
    // unreadable one ends the step with failed().
    void readSecrets(const QList<SecretKind> &kinds, std::function<void(QStringList)> then);
    // Stores the secrets (all at once); `then` runs when every one is stored.
    void storeSecrets(const QList<QPair<SecretKind, QString>> &entries, std::function<void()> then);
    void fail(const AuthError &error);
    void failApi(const api::ApiError &error);

    QUrl m_usedRedirectUri; // the redirect_uri of the pending or last sign-in

private:
    struct Reading;
    void readNext(const std::shared_ptr<Reading> &reading);

    api::ApiClient &m_client;
    TokenVault &m_vault;
    store::Profile m_profile;
    AuthorizationState m_state;
    LoopbackRedirectListener *m_listener = nullptr;
    Clock m_clock;
};

} // namespace bc::auth
