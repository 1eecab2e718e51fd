#pragma once

#include "cli/bcctlcommand.h"

namespace bc::cli {

// `auth url`: starts the advertiser sign-in of a saved profile and prints the authorization URL
// on one line (TikTok's portal for sandbox and production, the emulator's /portal/auth for a
// custom root). The random single-use state goes into the URL; only its hash stays behind, in
// the profile's folder (PendingSignIn), for `auth exchange` to check. A newer `auth url` makes
// the older link unusable. Needs the app secret in the keychain (profile create).
class AuthUrlCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit AuthUrlCommand(QObject *parent = nullptr);

protected:
    void run() override;
    [[nodiscard]] bool usesStoredToken() const override { return false; }
};

} // namespace bc::cli
