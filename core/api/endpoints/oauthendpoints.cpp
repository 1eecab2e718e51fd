#include "core/api/endpoints/oauthendpoints.h"

#include "core/api/decoders/advertiseraccesstokendecoder.h"
#include "core/api/decoders/authorizedadvertiserdecoder.h"
#include "core/api/decoders/tokenrevocationdecoder.h"
#include "core/api/decoders/ttusertokendecoder.h"
#include "core/api/decoders/ttusertokeninfodecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

ApiRequest OAuthEndpoints::accessTokenRequest(const AccessTokenExchange &exchange)
{
    // No grant_type: older clients send authorization_code, the reference does not need it.
    QJsonObject body{{u"app_id"_s, exchange.appId},
                     {u"secret"_s, exchange.secret},
                     {u"auth_code"_s, exchange.authCode}};
    if (exchange.returnAdvertiserIds)
        body.insert(u"return_advertiser_ids"_s, *exchange.returnAdvertiserIds);
    return ApiRequest::post(u"oauth2/access_token/"_s, body);
}

ApiRequest OAuthEndpoints::advertisersRequest(const AppCredentials &credentials)
{
    ApiRequest request = ApiRequest::get(u"oauth2/advertiser/get/"_s);
    request.addQuery(u"app_id"_s, credentials.appId);
    request.addQuery(u"secret"_s, credentials.secret);
    return request;
}

ApiRequest OAuthEndpoints::revokeTokenRequest(const AccessTokenRevocation &revocation)
{
    return ApiRequest::post(u"oauth2/revoke_token/"_s,
                            {{u"app_id"_s, revocation.appId},
                             {u"secret"_s, revocation.secret},
                             {u"access_token"_s, revocation.accessToken}});
}

ApiRequest OAuthEndpoints::ttUserTokenRequest(const TtUserCodeExchange &exchange)
{
    return ApiRequest::post(u"tt_user/oauth2/token/"_s,
                            {{u"client_id"_s, exchange.clientId},
                             {u"client_secret"_s, exchange.clientSecret},
                             {u"grant_type"_s, u"authorization_code"_s},
                             {u"auth_code"_s, exchange.authCode},
                             {u"redirect_uri"_s, exchange.redirectUri}});
}

ApiRequest OAuthEndpoints::ttUserRefreshRequest(const TtUserTokenRefresh &refresh)
{
    return ApiRequest::post(u"tt_user/oauth2/refresh_token/"_s,
                            {{u"client_id"_s, refresh.clientId},
                             {u"client_secret"_s, refresh.clientSecret},
                             {u"grant_type"_s, u"refresh_token"_s},
                             {u"refresh_token"_s, refresh.refreshToken}});
}

ApiRequest OAuthEndpoints::ttUserRevokeRequest(const TtUserTokenRevocation &revocation)
{
    return ApiRequest::post(u"tt_user/oauth2/revoke/"_s,
                            {{u"client_id"_s, revocation.clientId},
                             {u"client_secret"_s, revocation.clientSecret},
                             {u"access_token"_s, revocation.accessToken}});
}

ApiRequest OAuthEndpoints::ttUserTokenInfoRequest(const TtUserTokenInfoQuery &query)
{
    return ApiRequest::post(u"tt_user/token_info/get/"_s,
                            {{u"app_id"_s, query.appId}, {u"access_token"_s, query.accessToken}});
}

ApiCall *OAuthEndpoints::accessToken(const AccessTokenExchange &exchange, QObject *context,
                                     ResultHandler<domain::AdvertiserAccessToken> done)
{
    return sendTyped<domain::AdvertiserAccessToken>(m_client, accessTokenRequest(exchange), context,
                                                    &AdvertiserAccessTokenDecoder::decode,
                                                    std::move(done));
}

ApiCall *OAuthEndpoints::advertisers(const AppCredentials &credentials, QObject *context,
                                     ResultHandler<QList<domain::AuthorizedAdvertiser>> done)
{
    return sendTyped<QList<domain::AuthorizedAdvertiser>>(
            m_client, advertisersRequest(credentials), context,
            [](const QJsonObject &data) {
                return json::decodeList<AuthorizedAdvertiserDecoder>(data.value("list"_L1));
            },
            std::move(done));
}

ApiCall *OAuthEndpoints::revokeToken(const AccessTokenRevocation &revocation, QObject *context,
                                     ResultHandler<domain::TokenRevocation> done)
{
    return sendTyped<domain::TokenRevocation>(m_client, revokeTokenRequest(revocation), context,
                                              &TokenRevocationDecoder::decode, std::move(done));
}

ApiCall *OAuthEndpoints::ttUserToken(const TtUserCodeExchange &exchange, QObject *context,
                                     ResultHandler<domain::TtUserToken> done)
{
    return sendTyped<domain::TtUserToken>(m_client, ttUserTokenRequest(exchange), context,
                                          &TtUserTokenDecoder::decode, std::move(done));
}

ApiCall *OAuthEndpoints::ttUserRefresh(const TtUserTokenRefresh &refresh, QObject *context,
                                       ResultHandler<domain::TtUserToken> done)
{
    return sendTyped<domain::TtUserToken>(m_client, ttUserRefreshRequest(refresh), context,
                                          &TtUserTokenDecoder::decode, std::move(done));
}

ApiCall *OAuthEndpoints::ttUserRevoke(const TtUserTokenRevocation &revocation, QObject *context,
                                      ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, ttUserRevokeRequest(revocation), context, std::move(done));
}

ApiCall *OAuthEndpoints::ttUserTokenInfo(const TtUserTokenInfoQuery &query, QObject *context,
                                         ResultHandler<domain::TtUserTokenInfo> done)
{
    return sendTyped<domain::TtUserTokenInfo>(m_client, ttUserTokenInfoRequest(query), context,
                                              &TtUserTokenInfoDecoder::decode, std::move(done));
}

} // namespace bc::api
