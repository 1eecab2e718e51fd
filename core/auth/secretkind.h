#pragma once

namespace bc::auth {

// What a vault entry holds. Every kind is a secret: never logged, never shown, never on disk
// outside the OS keychain.
enum class SecretKind {
    AppSecret,             // the TikTok app's secret
    AdvertiserAccessToken, // the long-term Marketing API token from /oauth2/access_token/
    TtUserAccessToken,     // a TikTok account holder's day-long access token
    TtUserRefreshToken,    // its year-long refresh token (rotates on refresh)
};

} // namespace bc::auth
