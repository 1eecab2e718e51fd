#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// The OAuth endpoints (reference §2). The token exchanges take app credentials in a JSON body
// and no Access-Token header; oauth2/advertiser/get/ takes both.

// POST /oauth2/access_token/ (§2.2).
[[nodiscard]] EmulatorReply handleOauthAccessToken(World &world, const EmulatorRequest &request);
// GET /oauth2/advertiser/get/ (§2.5).
[[nodiscard]] EmulatorReply handleOauthAdvertiserGet(World &world, const EmulatorRequest &request);
// POST /oauth2/revoke_token/ (§2.4).
[[nodiscard]] EmulatorReply handleOauthRevokeToken(World &world, const EmulatorRequest &request);
// POST /tt_user/oauth2/token/, /tt_user/oauth2/refresh_token/, /tt_user/oauth2/revoke/,
// /tt_user/token_info/get/ (§2.7).
[[nodiscard]] EmulatorReply handleTtUserToken(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleTtUserRefreshToken(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleTtUserRevoke(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleTtUserTokenInfo(World &world, const EmulatorRequest &request);

} // namespace bc::emulator
