// World: the OAuth flows (reference §2): advertiser auth codes and tokens, tt_user tokens.
#include "emulator/world.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

const QString ttUserDefaultScope = u"user.info.basic,biz.creator.info,biz.creator.insights"_s;

TtUserTokenResult tokenResult(const TtUserToken &token, qint64 now)
{
    TtUserTokenResult result;
    result.accessToken = token.accessToken;
    result.tokenType = u"Bearer"_s;
    result.scope = token.scope;
    result.expiresIn = token.accessExpireTime - now;
    result.refreshToken = token.refreshToken;
    result.refreshTokenExpiresIn = token.refreshExpireTime - now;
    result.openId = token.openId;
    return result;
}

} // namespace

WorldResult<AuthCode> World::issueAuthCode(const QString &appId, const QString &redirectUri,
                                           const QString &state, const QStringList &advertiserIds)
{
    if (appId != m_app.appId)
        return WorldError{ReturnCode::InvalidPartner, u"Unknown app_id: "_s + appId};
    const QString userId = signedInUser().userId;
    for (const QString &id : advertiserIds) {
        if (advertiserRole(userId, id).isEmpty())
            return WorldError::noPermission(u"No permission to operate advertiser: "_s + id);
    }
    AuthCode code;
    code.code = newToken();
    code.appId = appId;
    code.userId = userId;
    code.advertiserIds = advertiserIds.isEmpty() ? visibleAdvertiserIds(userId) : advertiserIds;
    code.redirectUri = redirectUri;
    code.state = state;
    code.issueTime = nowSecs();
    m_authCodes.insert(code.code, code);
    return code;
}

WorldResult<AccessTokenResult> World::exchangeAuthCode(const QString &appId, const QString &secret,
                                                       const QString &authCode)
{
    if (WorldError error = checkApp(appId, secret); !error.ok())
        return error;
    const auto it = m_authCodes.find(authCode);
    if (it == m_authCodes.end() || it->appId != appId)
        return WorldError{ReturnCode::AuthCodeError, u"The auth_code is invalid."_s};
    if (it->used)
        return WorldError{ReturnCode::AuthCodeError, u"The auth_code has already been used."_s};
    if (nowSecs() - it->issueTime >= AuthCode::lifetimeSecs)
        return WorldError{ReturnCode::AuthCodeError, u"The auth_code has expired."_s};
    it->used = true;

    const QString token = issueAccessToken(it->userId, it->advertiserIds, false);
    AccessTokenResult result;
    result.accessToken = token;
    result.advertiserIds = it->advertiserIds;
    result.scope = m_accessGrants.value(token).scope;
    return result;
}

WorldResult<RevokeResult> World::revokeAccessToken(const QString &appId, const QString &secret,
                                                   const QString &accessToken)
{
    if (WorldError error = checkApp(appId, secret); !error.ok())
        return error;
    const auto it = m_accessGrants.find(accessToken);
    if (it == m_accessGrants.end() || it->revoked || it->appId != appId) {
        return WorldError{ReturnCode::AccessTokenInvalid,
                          u"Access token is incorrect or has been revoked."_s};
    }
    RevokeResult result;
    result.appId = appId;
    result.advertiserIds = grantedAdvertiserIds(accessToken);
    it->revoked = true;
    return result;
}

WorldResult<QList<GrantedAdvertiser>>
World::grantedAdvertisers(const QString &token, const QString &appId, const QString &secret) const
{
    if (WorldError error = checkApp(appId, secret); !error.ok())
        return error;
    if (!acceptsAccessToken(token)) {
        return WorldError{ReturnCode::AccessTokenInvalid,
                          u"Access token is incorrect or has been revoked."_s};
    }
    QList<GrantedAdvertiser> list;
    const QStringList ids = grantedAdvertiserIds(token);
    list.reserve(ids.size());
    for (const QString &id : ids)
        list.append({id, findAdAccount(id)->name});
    return list;
}

WorldResult<TtUserAuthCode> World::issueTtUserAuthCode(const QString &appId, const QString &scope,
                                                       const QString &redirectUri,
                                                       const QString &openId)
{
    if (appId != m_app.appId)
        return WorldError{ReturnCode::InvalidPartner, u"Unknown client_key: "_s + appId};
    if (m_ttAccountHolders.isEmpty())
        return WorldError::notFound(u"No TikTok account holder in this world."_s);
    QString holder = m_ttAccountHolders.constFirst().openId;
    if (!openId.isEmpty()) {
        const bool known =
                std::any_of(m_ttAccountHolders.cbegin(), m_ttAccountHolders.cend(),
                            [&](const TtAccountHolder &h) { return h.openId == openId; });
        if (!known)
            return WorldError::notFound(u"Unknown open_id: "_s + openId);
        holder = openId;
    }
    TtUserAuthCode code;
    code.code = newToken();
    code.appId = appId;
    code.openId = holder;
    code.scope = scope.isEmpty() ? ttUserDefaultScope : scope;
    code.redirectUri = redirectUri;
    code.issueTime = nowSecs();
    m_ttUserAuthCodes.insert(code.code, code);
    return code;
}

WorldResult<TtUserTokenResult> World::exchangeTtUserAuthCode(const QString &clientId,
                                                             const QString &clientSecret,
                                                             const QString &grantType,
                                                             const QString &authCode,
                                                             const QString &redirectUri)
{
    if (WorldError error = checkApp(clientId, clientSecret); !error.ok())
        return error;
    if (grantType != u"authorization_code"_s) {
        return WorldError{ReturnCode::InvalidGrantType,
                          u"grant_type must be authorization_code, got \""_s + grantType
                                  + u"\"."_s};
    }
    const auto it = m_ttUserAuthCodes.find(authCode);
    if (it == m_ttUserAuthCodes.end() || it->appId != clientId)
        return WorldError{ReturnCode::AuthCodeError, u"The auth_code is invalid."_s};
    if (it->used)
        return WorldError{ReturnCode::AuthCodeError, u"The auth_code has already been used."_s};
    if (nowSecs() - it->issueTime >= TtUserAuthCode::lifetimeSecs)
        return WorldError{ReturnCode::AuthCodeError, u"The auth_code has expired."_s};
    if (!it->redirectUri.isEmpty() && redirectUri != it->redirectUri) {
        return WorldError::parameter(
                u"redirect_uri: does not match the one the auth_code was issued for."_s);
    }
    it->used = true;

    TtUserToken token;
    token.grantId = newToken();
    token.appId = clientId;
    token.openId = it->openId;
    token.scope = it->scope;
    token.accessToken = u"act."_s + newToken();
    token.accessExpireTime = nowSecs() + TtUserToken::accessLifetimeSecs;
    token.refreshToken = u"rft."_s + newToken();
    token.refreshExpireTime = nowSecs() + TtUserToken::refreshLifetimeSecs;
    m_ttUserTokens.append(token);
    return tokenResult(token, nowSecs());
}

WorldResult<TtUserTokenResult> World::refreshTtUserToken(const QString &clientId,
                                                         const QString &clientSecret,
                                                         const QString &grantType,
                                                         const QString &refreshToken)
{
    if (WorldError error = checkApp(clientId, clientSecret); !error.ok())
        return error;
    if (grantType != u"refresh_token"_s) {
        return WorldError{ReturnCode::InvalidGrantType,
                          u"grant_type must be refresh_token, got \""_s + grantType + u"\"."_s};
    }
    const auto it =
            std::find_if(m_ttUserTokens.begin(), m_ttUserTokens.end(),
                         [&](const TtUserToken &t) { return t.refreshToken == refreshToken; });
    if (refreshToken.isEmpty() || it == m_ttUserTokens.end() || it->appId != clientId || it->revoked
        || it->refreshUsed) {
        return WorldError{ReturnCode::InvalidRefreshToken,
                          u"The refresh_token is invalid or has already been used."_s};
    }
    if (nowSecs() >= it->refreshExpireTime)
        return WorldError{ReturnCode::RefreshTokenExpired, u"The refresh_token has expired."_s};
    it->refreshUsed = true;

    // A new pair in the same grant; the used refresh token is dead from now on (it rotates).
    TtUserToken next = *it;
    next.accessToken = u"act."_s + newToken();
    next.accessExpireTime = nowSecs() + TtUserToken::accessLifetimeSecs;
    next.refreshToken = u"rft."_s + newToken();
    next.refreshExpireTime = nowSecs() + TtUserToken::refreshLifetimeSecs;
    next.refreshUsed = false;
    m_ttUserTokens.append(next);
    return tokenResult(next, nowSecs());
}

WorldError World::revokeTtUserToken(const QString &clientId, const QString &clientSecret,
                                    const QString &accessToken)
{
    if (WorldError error = checkApp(clientId, clientSecret); !error.ok())
        return error;
    const auto it =
            std::find_if(m_ttUserTokens.cbegin(), m_ttUserTokens.cend(),
                         [&](const TtUserToken &t) { return t.accessToken == accessToken; });
    if (accessToken.isEmpty() || it == m_ttUserTokens.cend() || it->revoked) {
        return WorldError{ReturnCode::AccessTokenInvalid,
                          u"Access token is incorrect or has been revoked."_s};
    }
    const QString grantId = it->grantId;
    for (TtUserToken &token : m_ttUserTokens) {
        if (token.grantId == grantId)
            token.revoked = true;
    }
    return {};
}

WorldResult<TtUserTokenInfo> World::ttUserTokenInfo(const QString &appId,
                                                    const QString &accessToken) const
{
    if (appId != m_app.appId)
        return WorldError{ReturnCode::InvalidPartner, u"Unknown app_id: "_s + appId};
    const auto it =
            std::find_if(m_ttUserTokens.cbegin(), m_ttUserTokens.cend(),
                         [&](const TtUserToken &t) { return t.accessToken == accessToken; });
    if (accessToken.isEmpty() || it == m_ttUserTokens.cend() || it->revoked || it->appId != appId) {
        return WorldError{ReturnCode::AccessTokenInvalid,
                          u"Access token is incorrect or has been revoked."_s};
    }
    if (nowSecs() >= it->accessExpireTime)
        return WorldError{ReturnCode::AccessTokenExpired, u"Access token has expired."_s};
    return TtUserTokenInfo{it->appId, it->scope, it->openId};
}

} // namespace bc::emulator
