#pragma once

#include "cli/bcctlcommand.h"

#include <optional>

namespace bc::auth {
struct TokenStatus;
}

namespace bc::cli {

// `auth status`: what the saved profile's sign-in grants, without any secret and without the
// network: the ad accounts and scopes of the last `auth exchange`, when, whether a token is in
// the keychain, and whether the API has rejected it since ("needs sign-in"). With --format json
// one object: {"profile", "environment", "app_id", "signed_in", "needs_sign_in",
// "advertiser_ids", "scopes", "scope_words", "granted_at", "kind"}.
class AuthStatusCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit AuthStatusCommand(QObject *parent = nullptr);

    // Why the auth commands cannot work on `profile` (not a saved one, no app, the demo); true
    // when they can.
    [[nodiscard]] static bool checkSignInProfile(const BcctlOptions &options,
                                                 const store::Profile &profile, QString *problem);
    // Prints a status as the format asks (json: one object; table and csv: "key: value" lines).
    static void print(BcctlOptions::Format format, const store::Profile &profile,
                      const std::optional<auth::TokenStatus> &status, bool signedIn);

protected:
    void run() override;
    [[nodiscard]] bool usesStoredToken() const override { return false; }
};

} // namespace bc::cli
