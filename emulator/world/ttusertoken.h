#pragma once

#include <QString>

namespace bc::emulator {

// One issue of a TikTok-account-holder token pair (reference §2.7): the access token lives a
// day, the refresh token a year. Refreshing uses the refresh token up (it rotates) and issues a
// new pair in the same grant; revoking ends the whole grant.
struct TtUserToken
{
    static constexpr qint64 accessLifetimeSecs = 86400;
    static constexpr qint64 refreshLifetimeSecs = 31536000;

    QString grantId; // shared by every pair issued from one authorisation
    QString appId;
    QString openId;
    QString scope;
    QString accessToken;
    qint64 accessExpireTime = 0;
    QString refreshToken;
    qint64 refreshExpireTime = 0;
    bool refreshUsed = false;
    bool revoked = false;
};

} // namespace bc::emulator
