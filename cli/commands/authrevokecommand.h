#pragma once

#include "cli/bcctlcommand.h"

#include <QStringList>

#include <functional>

#include <memory>

namespace bc::auth {
class AdvertiserAuthorization;
struct AuthError;
} // namespace bc::auth

namespace bc::cli {

// `auth revoke`: revokes the saved profile's token at /oauth2/revoke_token/ (app secret and
// token from the keychain), then removes the token from the keychain and the grant summary from
// the profile's folder. A token the API already rejects (40105, 40102) is removed all the same.
// The app secret, the profile and its mirror stay.
class AuthRevokeCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit AuthRevokeCommand(QObject *parent = nullptr);
    ~AuthRevokeCommand() override;

protected:
    void run() override;
    [[nodiscard]] bool usesStoredToken() const override { return false; }

private:
    void onRevoked(const QStringList &advertiserIds);
    void onFailed(const auth::AuthError &error);
    // The token leaves the keychain and the summary the profile's folder; then `done`.
    void forget(const std::function<void()> &done);

    std::unique_ptr<auth::AdvertiserAuthorization> m_authorization;
};

} // namespace bc::cli
