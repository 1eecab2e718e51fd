#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bc::auth {

// Why a sign-in step failed, in words for the user (message) and in a form the UI acts on.
struct AuthError
{
    Q_DECLARE_TR_FUNCTIONS(AuthError)

public:
    enum class Kind {
        NoRedirectUri, // neither a registered redirect URI nor a loopback listener
        NotStarted,    // a redirect arrived but no authorization was started here
        StateMismatch, // the redirect's state is not the one this sign-in sent
        StateReused,   // the redirect's state was already used once
        MissingCode,   // the redirect carries no auth_code/code
        Denied,        // the redirect says the user declined (error=...)
        NotSignedIn,   // the vault holds no token (or no app secret) for the profile
        Vault,         // the vault could not read or store a secret
        Listener,      // the loopback listener could not start
        Api,           // the API refused; see apiError
    };

    Kind kind = Kind::Api;
    QString message;
    std::optional<api::ApiError> apiError;

    [[nodiscard]] static AuthError make(Kind kind, const QString &detail = {});
    [[nodiscard]] static AuthError fromApi(const api::ApiError &error);
    // Signing in again is what helps (the API rejected the token or the code, or there is none).
    [[nodiscard]] bool needsSignIn() const;
};

} // namespace bc::auth
