#pragma once

#include <QString>

namespace bc::emulator::WorldTime {

// The time formats the API mixes (reference §1.4); every time in the world is seconds since the
// epoch, UTC, and 0 means "absent".
inline constexpr qint64 secondsPerDay = 86400;

// "2026-11-01 09:00:00" (UTC).
[[nodiscard]] QString dateTime(qint64 secs);
// "2026-11-01" (UTC).
[[nodiscard]] QString date(qint64 secs);
// "2026-11-01T09:00:00Z".
[[nodiscard]] QString iso8601(qint64 secs);
// "UTC+01:00" from an offset in minutes, as /bc/account/transaction/get/ shows time zones.
[[nodiscard]] QString utcOffset(int minutes);
// Day number (days since 1970-01-01) and its start.
[[nodiscard]] qint64 dayOf(qint64 secs);
[[nodiscard]] qint64 startOfDay(qint64 secs);
// "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" (UTC) → seconds; -1 when it is neither.
[[nodiscard]] qint64 parse(const QString &text);

} // namespace bc::emulator::WorldTime
