#pragma once

#include "core/auth/secretkind.h"

#include <QList>
#include <QString>

#include <optional>

namespace bc::auth {

// Names one vault entry: a profile's secret of one kind for one app. Two profiles never share an
// entry, even for the same app, so a sandbox token can never be read by a production profile.
struct SecretKey
{
    QString profile;
    QString appId;
    SecretKind kind = SecretKind::AppSecret;

    // "app_secret", "advertiser_access_token", "tt_user_access_token", "tt_user_refresh_token".
    [[nodiscard]] static QString kindName(SecretKind kind);
    [[nodiscard]] static std::optional<SecretKind> kindFromName(QStringView name);
    [[nodiscard]] static QList<SecretKind> allKinds();

    // The entry's name in the keychain: "<profile>/<app id>/<kind>", with the profile and app id
    // percent-encoded so that no two keys collide. Not secret.
    [[nodiscard]] QString entryName() const;

    friend bool operator==(const SecretKey &, const SecretKey &) = default;
};

} // namespace bc::auth
