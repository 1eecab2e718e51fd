#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// GET /portal/auth?app_id=…&state=…&redirect_uri=… (reference §2.1), the stand-in for TikTok's
// consent page, outside /open_api/v1.3/: the signed-in user consents at once to every ad account
// they can see, and the answer is HTTP 302 to redirect_uri with auth_code, code (the same value)
// and state appended. An unknown app_id or a missing or invalid redirect_uri answers an HTML
// error page with HTTP 400 (a browser page, not the API envelope).
[[nodiscard]] EmulatorReply handlePortalAuth(World &world, const EmulatorRequest &request);

} // namespace bc::emulator
