#pragma once

#include "core/api/environment.h"

#include <QString>
#include <QUrl>

namespace bc::store {

// A profile: which API the console talks to and as which app, and so which local mirror it
// reads. It holds NO secret, ever: tokens and app secrets live in the keychain under the
// profile's name, and a PostgreSQL password comes from libpq's own ~/.pgpass or PGPASSWORD.
// ProfileRegistry::validate() refuses a profile that carries one.
struct Profile
{
    QString name; // unique in its registry; also names its folder (ProfileRegistry::folderName)
    api::EnvironmentKind environment = api::EnvironmentKind::Sandbox;
    QUrl customBaseUrl; // Custom only: the API root, ending in /open_api/
    QString appId;      // the TikTok app's id (public; its secret is not kept here)
    // The team option: the mirror lives in this PostgreSQL database (libpq key=value form,
    // without a password) instead of the profile's SQLite file. Empty: SQLite.
    QString postgresConnection;
    QUrl redirectUri; // the OAuth redirect URI registered for the app; empty: the default

    // The profile bcctl and the console use when none is named: "demo", "sandbox", "production",
    // or "custom-HOST-PORT" for another API root.
    [[nodiscard]] static Profile implicitFor(api::EnvironmentKind environment,
                                             const QUrl &customBaseUrl = {});

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace bc::store
