#include "seededrandom.h"

#include <QString>

namespace bc::emulator {

SeededRandom::SeededRandom(quint64 seed)
    : m_state(seed)
{ }

quint64 SeededRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 SeededRandom::bounded(quint64 bound)
{
    Q_ASSERT(bound > 0);
    // Rejection sampling keeps every value equally likely.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    quint64 value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

bool SeededRandom::chance(int percent)
{
    return bounded(100) < static_cast<quint64>(percent);
}

QString SeededRandom::digits(int count)
{
    QString result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result.append(QChar(u'0' + static_cast<char16_t>(bounded(10))));
    return result;
}

} // namespace bc::emulator
