#pragma once

#include "core/api/endpoints/oauthrequests.h"
#include "core/api/typedcall.h"
#include "core/domain/advertiseraccesstoken.h"
#include "core/domain/authorizedadvertiser.h"
#include "core/domain/tokenrevocation.h"
#include "core/domain/ttusertoken.h"
#include "core/domain/ttusertokeninfo.h"

namespace bc::api {

// OAuth and identity (reference §2): the advertiser token exchange, the ad accounts a token
// grants, revocation, and the TikTok account holder ("tt_user") token flow. The token endpoints
// need no Access-Token header; the client sends its own when it has one, which TikTok ignores.
// None of these writes is retried: an auth code is single use and a refresh token rotates.
class OAuthEndpoints final
{
public:
    explicit OAuthEndpoints(ApiClient &client)
        : m_client(client)
    { }

    [[nodiscard]] static ApiRequest accessTokenRequest(const AccessTokenExchange &exchange);
    [[nodiscard]] static ApiRequest advertisersRequest(const AppCredentials &credentials);
    [[nodiscard]] static ApiRequest revokeTokenRequest(const AccessTokenRevocation &revocation);
    [[nodiscard]] static ApiRequest ttUserTokenRequest(const TtUserCodeExchange &exchange);
    [[nodiscard]] static ApiRequest ttUserRefreshRequest(const TtUserTokenRefresh &refresh);
    [[nodiscard]] static ApiRequest ttUserRevokeRequest(const TtUserTokenRevocation &revocation);
    [[nodiscard]] static ApiRequest ttUserTokenInfoRequest(const TtUserTokenInfoQuery &query);

    ApiCall *accessToken(const AccessTokenExchange &exchange, QObject *context,
                         ResultHandler<domain::AdvertiserAccessToken> done);
    // Not paged (§2.5): one call answers every ad account. Uses the client's token.
    ApiCall *advertisers(const AppCredentials &credentials, QObject *context,
                         ResultHandler<QList<domain::AuthorizedAdvertiser>> done);
    ApiCall *revokeToken(const AccessTokenRevocation &revocation, QObject *context,
                         ResultHandler<domain::TokenRevocation> done);
    ApiCall *ttUserToken(const TtUserCodeExchange &exchange, QObject *context,
                         ResultHandler<domain::TtUserToken> done);
    // Store the answer's refresh token: it may rotate, and the old one then stops working.
    ApiCall *ttUserRefresh(const TtUserTokenRefresh &refresh, QObject *context,
                           ResultHandler<domain::TtUserToken> done);
    ApiCall *ttUserRevoke(const TtUserTokenRevocation &revocation, QObject *context,
                          ResultHandler<WriteReceipt> done);
    ApiCall *ttUserTokenInfo(const TtUserTokenInfoQuery &query, QObject *context,
                             ResultHandler<domain::TtUserTokenInfo> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
