#pragma once

#include <QString>

#include <optional>

// The parameters of the OAuth endpoints (reference §2), one plain value type per request. Every
// one carries app credentials or tokens: secrets, never logged (the client's activity log
// redacts them).
namespace bc::api {

// POST /oauth2/access_token/
struct AccessTokenExchange
{
    QString appId;
    QString secret;
    QString authCode;                        // from the redirect's auth_code (or code)
    std::optional<bool> returnAdvertiserIds; // TikTok's default (true) when not set
};

// GET /oauth2/advertiser/get/: the app's credentials as query parameters, next to the client's
// Access-Token header.
struct AppCredentials
{
    QString appId;
    QString secret;
};

// POST /oauth2/revoke_token/
struct AccessTokenRevocation
{
    QString appId;
    QString secret;
    QString accessToken;
};

// POST /tt_user/oauth2/token/ (grant_type authorization_code)
struct TtUserCodeExchange
{
    QString clientId; // the app id
    QString clientSecret;
    QString authCode;
    QString redirectUri; // the one the authorisation used
};

// POST /tt_user/oauth2/refresh_token/ (grant_type refresh_token)
struct TtUserTokenRefresh
{
    QString clientId;
    QString clientSecret;
    QString refreshToken;
};

// POST /tt_user/oauth2/revoke/
struct TtUserTokenRevocation
{
    QString clientId;
    QString clientSecret;
    QString accessToken;
};

// POST /tt_user/token_info/get/
struct TtUserTokenInfoQuery
{
    QString appId;
    QString accessToken;
};

} // namespace bc::api
