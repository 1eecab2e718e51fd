#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// POST /bc/child/invite/ and POST /bc/child/unbind/ (reference §3.22: no published contract;
// the emulator's assumed one is in README.md, "OAuth, advertiser level, child BCs ...").
// Admin-only writes.
[[nodiscard]] EmulatorReply handleBcChildInvite(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcChildUnbind(World &world, const EmulatorRequest &request);

} // namespace bc::emulator
