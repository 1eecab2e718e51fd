#include "faultinjector.h"

#include <algorithm>

namespace bc::emulator {

namespace {

// Keeps the fault sequence apart from the world's draws made from the same seed.
constexpr quint64 faultSeedSalt = 0xFA0175EED5A17ULL;

} // namespace

FaultInjector::FaultInjector(quint32 seed, double rate)
    : m_random(quint64(seed) ^ faultSeedSalt)
    , m_rate(std::clamp(rate, 0.0, 1.0))
{ }

void FaultInjector::inject(const QString &endpointPath, FaultKind kind, int times)
{
    if (times == 0)
        return;
    m_injected[endpointPath].append({kind, times});
}

void FaultInjector::clear()
{
    m_injected.clear();
}

std::optional<FaultKind> FaultInjector::take(const QString &endpointPath)
{
    const auto it = m_injected.find(endpointPath);
    if (it != m_injected.end() && !it->isEmpty()) {
        Injected &head = it->first();
        const FaultKind kind = head.kind;
        if (head.remaining > 0 && --head.remaining == 0) {
            it->removeFirst();
            if (it->isEmpty())
                m_injected.erase(it);
        }
        return kind;
    }

    if (m_rate <= 0.0)
        return std::nullopt;
    // 53 random bits as a double in [0, 1).
    const double draw = static_cast<double>(m_random.next() >> 11) * 0x1.0p-53;
    if (draw >= m_rate)
        return std::nullopt;
    const QList<FaultKind> kinds = allFaultKinds();
    return kinds.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint64>(kinds.size()))));
}

} // namespace bc::emulator
