#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// GET /bc/inspiration_tool/audience_insight/ and GET /bc/inspiration_tool/ad_performance/
// (reference §4.6: no published contract; the emulator's assumed one is at the top of
// inspirationtoolhandlers.cpp and in README.md). Figures are derived from the ad accounts'
// daily costs, so they agree with /bc/account/cost/get/ and repeat for the same seed.
[[nodiscard]] EmulatorReply handleInspirationAudienceInsight(World &world,
                                                             const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleInspirationAdPerformance(World &world,
                                                           const EmulatorRequest &request);

} // namespace bc::emulator
