#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// GET /bc/get/ (reference §3.1): the Business Centers the token's user can see, paged.
[[nodiscard]] EmulatorReply handleBcGet(World &world, const EmulatorRequest &request);

} // namespace bc::emulator
