#include "oauthhandlers.h"

#include "worldreplies.h"

#include "emulator/bodyreader.h"
#include "emulator/emulatorrequest.h"
#include "emulator/paramreader.h"
#include "emulator/world.h"
#include "emulator/world/roughedges.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

// Longer credentials, tokens and codes are refused (40002) before the world looks at them.
constexpr qsizetype maxCredentialLength = 1024;
constexpr qsizetype maxRedirectUriLength = 2048;

QString credential(BodyReader &body, const QString &name)
{
    return body.string(name, Need::Required, maxCredentialLength);
}

QJsonObject ttUserTokenData(const TtUserTokenResult &token)
{
    return {
            {u"access_token"_s, token.accessToken},
            {u"token_type"_s, token.tokenType},
            {u"scope"_s, token.scope},
            {u"expires_in"_s, token.expiresIn},
            {u"refresh_token"_s, token.refreshToken},
            {u"refresh_token_expires_in"_s, token.refreshTokenExpiresIn},
            {u"open_id"_s, token.openId},
    };
}

} // namespace

EmulatorReply handleOauthAccessToken(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString appId = credential(body, u"app_id"_s);
    const QString secret = credential(body, u"secret"_s);
    const QString authCode = credential(body, u"auth_code"_s);
    const bool returnAdvertiserIds = body.boolean(u"return_advertiser_ids"_s).value_or(true);
    // Older clients still send grant_type=authorization_code: harmless, but it must be that.
    body.enumeration(u"grant_type"_s, {u"authorization_code"_s}, Need::Optional);
    if (body.hasError())
        return body.errorReply();

    const WorldResult<AccessTokenResult> result = world.exchangeAuthCode(appId, secret, authCode);
    if (!result.ok())
        return worldErrorReply(result.error);

    QJsonArray scope;
    for (int id : result.value.scope)
        scope.append(id);
    // Without the ids the field is still there, as null (pop_resp_nullvalue is off here).
    const QJsonValue advertiserIds =
            returnAdvertiserIds ? QJsonValue(QJsonArray::fromStringList(result.value.advertiserIds))
                                : QJsonValue(QJsonValue::Null);
    return EmulatorReply::success({{u"access_token"_s, result.value.accessToken},
                                   {u"advertiser_ids"_s, advertiserIds},
                                   {u"scope"_s, scope}});
}

EmulatorReply handleOauthAdvertiserGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString appId = params.string(u"app_id"_s, Need::Required);
    const QString secret = params.string(u"secret"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();

    const WorldResult<QList<GrantedAdvertiser>> result =
            world.grantedAdvertisers(request.accessToken(), appId, secret);
    if (!result.ok())
        return worldErrorReply(result.error);

    QJsonArray list;
    for (const GrantedAdvertiser &advertiser : result.value) {
        QJsonObject item = RoughEdges::unknownFields(advertiser.advertiserId);
        item.insert(u"advertiser_id"_s, RoughEdges::idValue(advertiser.advertiserId));
        item.insert(u"advertiser_name"_s, advertiser.advertiserName);
        list.append(item);
    }
    // No pagination on this endpoint (reference §2.5): every granted account at once.
    return EmulatorReply::success({{u"list"_s, list}});
}

EmulatorReply handleOauthRevokeToken(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString appId = credential(body, u"app_id"_s);
    const QString secret = credential(body, u"secret"_s);
    const QString accessToken = credential(body, u"access_token"_s);
    if (body.hasError())
        return body.errorReply();

    const WorldResult<RevokeResult> result = world.revokeAccessToken(appId, secret, accessToken);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success(
            {{u"app_id"_s, result.value.appId},
             {u"advertiser_ids"_s, QJsonArray::fromStringList(result.value.advertiserIds)}});
}

EmulatorReply handleTtUserToken(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString clientId = credential(body, u"client_id"_s);
    const QString clientSecret = credential(body, u"client_secret"_s);
    // The value is the world's to judge (40108), only its presence and type are the gateway's.
    const QString grantType = credential(body, u"grant_type"_s);
    const QString authCode = credential(body, u"auth_code"_s);
    const QString redirectUri =
            body.string(u"redirect_uri"_s, Need::Required, maxRedirectUriLength);
    if (body.hasError())
        return body.errorReply();

    const WorldResult<TtUserTokenResult> result =
            world.exchangeTtUserAuthCode(clientId, clientSecret, grantType, authCode, redirectUri);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success(ttUserTokenData(result.value));
}

EmulatorReply handleTtUserRefreshToken(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString clientId = credential(body, u"client_id"_s);
    const QString clientSecret = credential(body, u"client_secret"_s);
    const QString grantType = credential(body, u"grant_type"_s);
    const QString refreshToken = credential(body, u"refresh_token"_s);
    if (body.hasError())
        return body.errorReply();

    const WorldResult<TtUserTokenResult> result =
            world.refreshTtUserToken(clientId, clientSecret, grantType, refreshToken);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success(ttUserTokenData(result.value));
}

EmulatorReply handleTtUserRevoke(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString clientId = credential(body, u"client_id"_s);
    const QString clientSecret = credential(body, u"client_secret"_s);
    const QString accessToken = credential(body, u"access_token"_s);
    if (body.hasError())
        return body.errorReply();

    const WorldError error = world.revokeTtUserToken(clientId, clientSecret, accessToken);
    if (!error.ok())
        return worldErrorReply(error);
    return EmulatorReply::success({});
}

EmulatorReply handleTtUserTokenInfo(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString appId = credential(body, u"app_id"_s);
    const QString accessToken = credential(body, u"access_token"_s);
    if (body.hasError())
        return body.errorReply();

    const WorldResult<TtUserTokenInfo> result = world.ttUserTokenInfo(appId, accessToken);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success({{u"app_id"_s, result.value.appId},
                                   {u"scope"_s, result.value.scope},
                                   {u"creator_id"_s, result.value.creatorId}});
}

} // namespace bc::emulator
