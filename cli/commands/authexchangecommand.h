#pragma once

#include "cli/bcctlcommand.h"

#include <memory>

namespace bc::auth {
class AdvertiserAuthorization;
struct AuthError;
struct TokenStatus;
} // namespace bc::auth

namespace bc::cli {

// `auth exchange --redirected-url URL` (or `--code CODE`): finishes the sign-in `auth url`
// began. The pasted address's state must be the pending one (PendingSignIn: a wrong, replaced
// or reused state is rejected before anything is sent); the code is exchanged at
// /oauth2/access_token/ with the app secret from the keychain, the token goes to the keychain,
// and the grant (ad accounts, scopes; no secret) to the profile's token-status.json. `-` reads
// the address from stdin, to keep it out of the shell history.
class AuthExchangeCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit AuthExchangeCommand(QObject *parent = nullptr);
    ~AuthExchangeCommand() override;

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;
    [[nodiscard]] bool usesStoredToken() const override { return false; }

private:
    void onAuthorized(const auth::TokenStatus &status);
    void onFailed(const auth::AuthError &error);

    QString m_redirected; // secret-bearing (it holds the code): never logged
    QString m_code;       // secret: never logged
    QString m_state;
    std::unique_ptr<auth::AdvertiserAuthorization> m_authorization;
};

} // namespace bc::cli
