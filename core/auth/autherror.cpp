#include "core/auth/autherror.h"

namespace bc::auth {

AuthError AuthError::make(Kind kind, const QString &detail)
{
    AuthError error;
    error.kind = kind;
    switch (kind) {
    case Kind::NoRedirectUri:
        error.message = tr("The profile has no redirect URI. Register one for the app, or sign "
                           "in through the local listener.");
        break;
    case Kind::NotStarted:
        error.message = tr("No sign-in was started here. Start the sign-in again and use the new "
                           "link.");
        break;
    case Kind::StateMismatch:
        error.message = tr("The sign-in answer does not belong to this sign-in (its state does "
                           "not match). It was rejected; start the sign-in again.");
        break;
    case Kind::StateReused:
        error.message = tr("This sign-in answer was already used. Each sign-in link works once; "
                           "start the sign-in again.");
        break;
    case Kind::MissingCode:
        error.message = tr("The address has no authorization code. Copy the whole address the "
                           "browser shows after you approved the access.");
        break;
    case Kind::Denied:
        error.message = tr("The access was not granted: %1").arg(detail);
        break;
    case Kind::NotSignedIn:
        error.message = tr("Not signed in: %1").arg(detail);
        break;
    case Kind::Vault:
        error.message = tr("The secret could not be kept: %1").arg(detail);
        break;
    case Kind::Listener:
        error.message = tr("The local sign-in listener could not start: %1").arg(detail);
        break;
    case Kind::Api:
        error.message = detail;
        break;
    }
    return error;
}

AuthError AuthError::fromApi(const api::ApiError &apiError)
{
    AuthError error = make(Kind::Api, apiError.explanation());
    error.apiError = apiError;
    return error;
}

bool AuthError::needsSignIn() const
{
    if (apiError)
        return apiError->needsSignIn();
    return kind == Kind::NotSignedIn;
}

} // namespace bc::auth
