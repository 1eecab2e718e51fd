#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::auth {

// What a profile's token is good for, without the token: which accounts it reaches, which
// scopes (ids or names, and in words), when it was granted and, for account holder tokens, when
// it expires. Holds no secret, so it may be saved next to the profile (toJson()).
struct TokenStatus
{
    enum class Kind {
        Advertiser, // Marketing API token: long-term, until revoked
        TtUser,     // TikTok account holder token: a day, refreshed with a year-long token
    };

    Kind kind = Kind::Advertiser;
    QString profile;
    QString appId;
    QStringList accounts;       // advertiser ids, or the account holder's open_id
    QList<qint64> scopeIds;     // Advertiser
    QStringList scopes;         // TtUser: scope names
    QDateTime grantedAt;        // UTC
    QDateTime expiresAt;        // TtUser: the access token's end (UTC)
    QDateTime refreshExpiresAt; // TtUser: the refresh token's end (UTC)
    bool needsSignIn = false;

    [[nodiscard]] QStringList scopesInWords() const;
    // True when the access token ends within `marginSecs` of `now` (TtUser only).
    [[nodiscard]] bool expiresWithin(const QDateTime &now, qint64 marginSecs) const;

    // {"kind", "profile", "app_id", "advertiser_ids" | "open_id", "scopes", "scope_words",
    //  "granted_at", "expires_at", "refresh_expires_at", "needs_sign_in"}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<TokenStatus> fromJson(const QJsonObject &object);

    friend bool operator==(const TokenStatus &, const TokenStatus &) = default;
};

} // namespace bc::auth
