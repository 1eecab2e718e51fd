#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::emulator {

// What the OAuth operations of World answer, shaped like the endpoints' data.

// /oauth2/access_token/.
struct AccessTokenResult
{
    QString accessToken;
    QStringList advertiserIds;
    QList<int> scope;
};

// /oauth2/revoke_token/.
struct RevokeResult
{
    QString appId;
    QStringList advertiserIds; // the accounts the token lost
};

// /oauth2/advertiser/get/ items.
struct GrantedAdvertiser
{
    QString advertiserId;
    QString advertiserName;
};

// /tt_user/oauth2/token/ and /tt_user/oauth2/refresh_token/.
struct TtUserTokenResult
{
    QString accessToken;
    QString tokenType; // "Bearer"
    QString scope;
    qint64 expiresIn = 0;
    QString refreshToken;
    qint64 refreshTokenExpiresIn = 0;
    QString openId;
};

// /tt_user/token_info/get/.
struct TtUserTokenInfo
{
    QString appId;
    QString scope;
    QString creatorId; // the open_id
};

} // namespace bc::emulator
