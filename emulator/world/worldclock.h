#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace bc::emulator {

// The world's "now", in whole seconds since the epoch (UTC). It starts at a fixed instant, so a
// seed gives the same dates on every run, and then runs with real time, so invoice tasks finish
// in a demo. Tests freeze it with setNow() and move it with advance(): expiries (auth codes after
// an hour, tt_user tokens after a day) are testable without sleeping.
class WorldClock final
{
public:
    WorldClock();

    [[nodiscard]] qint64 nowSecs() const;
    [[nodiscard]] QDateTime now() const;
    // Freezes the clock at this instant (it stays there until advance() or setRunning(true)).
    void setNow(const QDateTime &now);
    // Moves the clock forward (or back, for a negative count) by this many seconds.
    void advance(qint64 seconds);
    // A running clock follows real time from its current value; a frozen one stands still.
    void setRunning(bool running);
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Where every world's clock starts, and what the generated dates are relative to:
    // 2026-11-01 09:00:00 UTC.
    [[nodiscard]] static qint64 startSecs();

private:
    qint64 m_baseSecs;
    bool m_running = true;
    QElapsedTimer m_elapsed; // real time since m_baseSecs, while running
};

} // namespace bc::emulator
