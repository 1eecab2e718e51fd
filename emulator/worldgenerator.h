#pragma once

#include "emulatorconfig.h"
#include "world.h"

namespace bc::emulator {

// Builds the emulated world from a seed and a size. Deterministic: the same config gives the
// same world, and a smaller BC count gives a prefix of a larger one (each BC's contents come
// from a random stream of its own). See emulator/README.md, "The data set".
class WorldGenerator final
{
public:
    [[nodiscard]] static World generate(const EmulatorConfig &config);
    // A Demo-size world of `businessCenterCount` BCs, with no access token configured.
    [[nodiscard]] static World generate(quint32 seed, int businessCenterCount);
    // 3 (Small), 12 (Demo), 1 (Large): what EmulatorConfig::businessCenterCount -1 means.
    [[nodiscard]] static int defaultBusinessCenterCount(WorldSize size);

private:
    static constexpr int colleagueCount = 24;

    static void addUsers(World &world);
    static void addTtAccountHolders(World &world);
};

} // namespace bc::emulator
