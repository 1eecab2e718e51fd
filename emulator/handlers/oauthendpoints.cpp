#include "oauthendpoints.h"

#include "advertiserlevelhandlers.h"
#include "childbchandlers.h"
#include "inspirationtoolhandlers.h"
#include "oauthhandlers.h"

#include "emulator/endpointregistry.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

void registerOauthEndpoints(EndpointRegistry &registry)
{
    using Method = QHttpServerRequest::Method;
    constexpr bool noToken = false; // app credentials in the body instead (reference §1.2)
    constexpr bool token = true;

    registry.add(u"oauth2/access_token/"_s, {Method::Post, noToken, &handleOauthAccessToken});
    // The token header and app_id + secret in the query (PY; reference §1.2).
    registry.add(u"oauth2/advertiser/get/"_s, {Method::Get, token, &handleOauthAdvertiserGet});
    registry.add(u"oauth2/revoke_token/"_s, {Method::Post, noToken, &handleOauthRevokeToken});
    registry.add(u"tt_user/oauth2/token/"_s, {Method::Post, noToken, &handleTtUserToken});
    registry.add(u"tt_user/oauth2/refresh_token/"_s,
                 {Method::Post, noToken, &handleTtUserRefreshToken});
    registry.add(u"tt_user/oauth2/revoke/"_s, {Method::Post, noToken, &handleTtUserRevoke});
    registry.add(u"tt_user/token_info/get/"_s, {Method::Post, noToken, &handleTtUserTokenInfo});

    registry.add(u"advertiser/info/"_s, {Method::Get, token, &handleAdvertiserInfo});
    registry.add(u"advertiser/balance/get/"_s, {Method::Get, token, &handleAdvertiserBalanceGet});
    registry.add(u"advertiser/transaction/get/"_s,
                 {Method::Get, token, &handleAdvertiserTransactionGet});
    registry.add(u"term/get/"_s, {Method::Get, token, &handleTermGet});
    registry.add(u"term/check/"_s, {Method::Get, token, &handleTermCheck});
    registry.add(u"term/confirm/"_s, {Method::Post, token, &handleTermConfirm});
    registry.add(u"pangle_block_list/get/"_s, {Method::Get, token, &handlePangleBlockListGet});
    registry.add(u"pangle_block_list/update/"_s,
                 {Method::Post, token, &handlePangleBlockListUpdate});
    registry.add(u"pangle_block_list/campaign/get/"_s,
                 {Method::Get, token, &handlePangleCampaignBlockListGet});
    registry.add(u"pangle_block_list/campaign/update/"_s,
                 {Method::Post, token, &handlePangleCampaignBlockListUpdate});
    registry.add(u"pangle_audience_package/get/"_s,
                 {Method::Get, token, &handlePangleAudiencePackageGet});

    registry.add(u"bc/child/invite/"_s, {Method::Post, token, &handleBcChildInvite});
    registry.add(u"bc/child/unbind/"_s, {Method::Post, token, &handleBcChildUnbind});
    registry.add(u"bc/inspiration_tool/audience_insight/"_s,
                 {Method::Get, token, &handleInspirationAudienceInsight});
    registry.add(u"bc/inspiration_tool/ad_performance/"_s,
                 {Method::Get, token, &handleInspirationAdPerformance});
}

} // namespace bc::emulator
