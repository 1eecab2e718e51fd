#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>

namespace bc::emulator {

// SplitMix64: tiny, fast and fully specified, so a seed gives the same world on every platform
// and Qt version (QRandomGenerator's bounded() is not promised to stay stable).
class SeededRandom final
{
public:
    explicit SeededRandom(quint64 seed);

    quint64 next();
    // Uniform in [0, bound); bound must be > 0.
    quint64 bounded(quint64 bound);
    // Uniform in [low, high]; low <= high.
    qint64 between(qint64 low, qint64 high);
    // True with the given probability in percent.
    bool chance(int percent);
    // A string of count decimal digits.
    QString digits(int count);
    // A string of count lower-case hex digits.
    QString hex(int count);

    // One of the values, each as likely as its weight (weights ≥ 0, their sum > 0).
    QString weighted(const QList<std::pair<QString, int>> &choices);

    template<typename T>
    const T &pick(const QList<T> &values)
    {
        return values.at(static_cast<qsizetype>(bounded(static_cast<quint64>(values.size()))));
    }

    // A seed for an independent stream, e.g. one per Business Center, so what one part of the
    // world draws never shifts another part.
    [[nodiscard]] static quint64 derive(quint64 seed, quint64 stream);

private:
    quint64 m_state;
};

} // namespace bc::emulator
