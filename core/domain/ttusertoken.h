#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// A TikTok account holder's tokens from /tt_user/oauth2/token/ or /refresh_token/ (§2.7): the
// access token lasts a day, the refresh token a year and may rotate on refresh.
// Both tokens are secrets: they may sit in memory, but they must never be logged or shown.
struct TtUserToken
{
    QString accessToken;                         // secret: never logged
    QString tokenType;                           // Bearer
    QStringList scope;                           // sent as one comma-separated text
    std::optional<qint64> expiresIn;             // seconds, 86400
    QString refreshToken;                        // secret: never logged
    std::optional<qint64> refreshTokenExpiresIn; // seconds
    QString openId;                              // the TikTok account's id for this app
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const TtUserToken &, const TtUserToken &) = default;
};

} // namespace bc::domain
