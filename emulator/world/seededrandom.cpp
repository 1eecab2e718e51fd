#include "seededrandom.h"

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

qint64 SeededRandom::between(qint64 low, qint64 high)
{
    Q_ASSERT(low <= high);
    const auto span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<qint64>(bounded(span));
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

QString SeededRandom::hex(int count)
{
    static constexpr char16_t hexDigits[] = u"0123456789abcdef";
    QString result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result.append(QChar(hexDigits[bounded(16)]));
    return result;
}

QString SeededRandom::weighted(const QList<std::pair<QString, int>> &choices)
{
    int total = 0;
    for (const auto &[value, weight] : choices)
        total += weight;
    auto roll = static_cast<int>(bounded(static_cast<quint64>(total)));
    for (const auto &[value, weight] : choices) {
        if (roll < weight)
            return value;
        roll -= weight;
    }
    return choices.constLast().first;
}

quint64 SeededRandom::derive(quint64 seed, quint64 stream)
{
    // One SplitMix64 step over a mix of both: neighbouring streams get unrelated seeds.
    SeededRandom mixer(seed * 0xD1B54A32D192ED03ULL + stream * 0x9E3779B97F4A7C15ULL + 1);
    return mixer.next();
}

} // namespace bc::emulator
