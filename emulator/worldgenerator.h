#pragma once

#include "emulatorconfig.h"
#include "world.h"

namespace bc::emulator {

// Builds the emulated account from a seed. Deterministic: the same seed and count give the same
// world, and a smaller count gives a prefix of a larger one.
class WorldGenerator final
{
public:
    [[nodiscard]] static World generate(const EmulatorConfig &config);
    // The default-sized world of `businessCenterCount` BCs.
    [[nodiscard]] static World generate(quint32 seed, int businessCenterCount);
};

} // namespace bc::emulator
