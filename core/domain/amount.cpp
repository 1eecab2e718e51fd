#include "core/domain/amount.h"

#include <QtNumeric>

using namespace Qt::StringLiterals;

namespace bc::domain {

std::optional<Amount> Amount::fromDecimalString(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }

    // Accumulate the magnitude in minor units; the third decimal decides the rounding and the
    // rest only has to be digits.
    qint64 minor = 0;
    int digits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool roundUp = false;
    for (const QChar c : text) {
        if (c == u'.') {
            if (inFraction)
                return std::nullopt;
            inFraction = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        ++digits;
        const int digit = c.unicode() - u'0';
        if (inFraction) {
            ++fractionDigits;
            if (fractionDigits == decimals + 1)
                roundUp = digit >= 5;
            if (fractionDigits > decimals)
                continue;
        }
        if (qMulOverflow(minor, qint64(10), &minor) || qAddOverflow(minor, qint64(digit), &minor))
            return std::nullopt;
    }
    if (digits == 0)
        return std::nullopt;
    for (int i = fractionDigits; i < decimals; ++i) {
        if (qMulOverflow(minor, qint64(10), &minor))
            return std::nullopt;
    }
    if (roundUp && qAddOverflow(minor, qint64(1), &minor))
        return std::nullopt;
    return fromMinorUnits(negative ? -minor : minor);
}

QString Amount::toString() const
{
    if (!m_set)
        return {};
    // Through unsigned so that the most negative value has a magnitude too.
    const quint64 magnitude = m_minorUnits < 0 ? 0 - quint64(m_minorUnits) : quint64(m_minorUnits);
    const quint64 units = magnitude / quint64(minorPerUnit);
    const quint64 minor = magnitude % quint64(minorPerUnit);
    return (m_minorUnits < 0 ? u"-"_s : QString()) + QString::number(units) + u'.'
           + QString::number(minor).rightJustified(decimals, u'0');
}

} // namespace bc::domain
