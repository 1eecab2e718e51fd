#include "world.h"

namespace bc::emulator {

World::World(quint32 seed, QList<GeneratedBusinessCenter> businessCenters)
    : m_seed(seed)
    , m_businessCenters(std::move(businessCenters))
{ }

const GeneratedBusinessCenter *World::findBusinessCenter(const QString &bcId) const
{
    for (const GeneratedBusinessCenter &bc : m_businessCenters) {
        if (bc.bcId == bcId)
            return &bc;
    }
    return nullptr;
}

} // namespace bc::emulator
