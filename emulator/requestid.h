#pragma once

#include <QString>

namespace bc::emulator {

// TikTok-style log ids: UTC timestamp digits followed by hex, e.g.
// "20261125025639" "5F3A9C" "00000000002A". Unique within the process (a shared counter) and,
// through a random per-process part, across processes started in the same second.
class RequestId final
{
public:
    [[nodiscard]] static QString next();
};

} // namespace bc::emulator
