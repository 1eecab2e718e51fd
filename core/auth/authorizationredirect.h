#pragma once

#include <QString>
#include <QUrl>

namespace bc::auth {

// What the authorization page sent back on the redirect: the code (as `auth_code` or `code`),
// the state, or an error the user's refusal produced.
struct AuthorizationRedirect
{
    QString code; // secret: never logged
    QString state;
    QString error; // error / error_description when the user declined

    // A full redirect URL, as the loopback listener receives it or as the user pastes it (with
    // or without surrounding blanks).
    [[nodiscard]] static AuthorizationRedirect parse(const QUrl &url);
    [[nodiscard]] static AuthorizationRedirect parseText(const QString &pasted);
    // The URL with its code, state and any other secret-bearing values masked, for logs.
    [[nodiscard]] static QString redacted(const QUrl &url);
};

} // namespace bc::auth
