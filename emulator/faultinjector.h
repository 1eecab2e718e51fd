#pragma once

#include "faultkind.h"
#include "world/seededrandom.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bc::emulator {

// Decides which requests get a fault instead of their answer: faults injected per endpoint path
// (tests), else a random one with probability `rate` (benchmarks). The random draws come from the
// seed, so the same seed and the same sequence of requests give the same faults. Not thread-safe:
// EmulatorServer guards it.
class FaultInjector final
{
public:
    FaultInjector(quint32 seed, double rate);

    // The next `times` requests to endpointPath ("bc/get/") get `kind`; times < 0: every request
    // until clear(). Injections for one path queue up in order.
    void inject(const QString &endpointPath, FaultKind kind, int times);
    // Drops every injected fault; the random rate stays.
    void clear();
    // The fault for a request to endpointPath, counting it down; nullopt: answer normally.
    [[nodiscard]] std::optional<FaultKind> take(const QString &endpointPath);

private:
    struct Injected
    {
        FaultKind kind = FaultKind::SystemError50000;
        int remaining = 1; // < 0: unlimited
    };

    QHash<QString, QList<Injected>> m_injected;
    SeededRandom m_random;
    double m_rate;
};

} // namespace bc::emulator
