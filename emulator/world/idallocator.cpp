#include "idallocator.h"

#include "seededrandom.h"

namespace bc::emulator {

namespace {

constexpr qint64 firstId = 7'000'000'000'000'000'000LL;
constexpr quint64 idSpan = 1'000'000'000'000'000'000ULL; // 18 free digits after the 7

} // namespace

QString IdAllocator::next(SeededRandom &random)
{
    // One hash lookup per draw: the set grows only when the id was new.
    for (;;) {
        const qint64 id = firstId + static_cast<qint64>(random.bounded(idSpan));
        const qsizetype before = m_used.size();
        m_used.insert(id);
        if (m_used.size() != before)
            return QString::number(id);
    }
}

bool IdAllocator::reserve(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || m_used.contains(number))
        return false;
    m_used.insert(number);
    return true;
}

bool IdAllocator::contains(const QString &id) const
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    return ok && m_used.contains(number);
}

} // namespace bc::emulator
