#pragma once

#include <QtGlobal>

namespace bc::emulator {

// /asset/bind/quota/: how many more assets of a type the BC can hold.
struct BindQuota
{
    qint64 totalQuota = 0;
    qint64 usedQuota = 0;

    [[nodiscard]] qint64 availableQuota() const { return totalQuota - usedQuota; }
};

} // namespace bc::emulator
