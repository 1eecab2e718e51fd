#include "money.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bc::emulator::Money {

namespace {

// Beyond 2^53 cents a double cannot hold every cent; no amount in the world comes near it.
constexpr Cents maxExact = Cents(1) << 53;

} // namespace

QJsonValue toJson(Cents cents)
{
    // Exact integers divided once: the result is the double nearest to the decimal value.
    return QJsonValue(static_cast<double>(cents) / 100.0);
}

QString format(Cents cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude =
            negative ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    QString text = QString::number(magnitude / 100) + u'.'
                   + QString::number(magnitude % 100).rightJustified(2, u'0');
    return negative ? u'-' + text : text;
}

std::optional<Cents> parse(const QString &text)
{
    static const QRegularExpression pattern(u"^(-?)([0-9]{1,15})(?:\\.([0-9]{1,2}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const Cents whole = match.captured(2).toLongLong();
    const QString fraction = match.captured(3).leftJustified(2, u'0');
    const Cents cents = whole * 100 + fraction.toLongLong();
    return match.captured(1).isEmpty() ? cents : -cents;
}

std::optional<Cents> fromJson(const QJsonValue &value)
{
    if (value.isString())
        return parse(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double scaled = value.toDouble() * 100.0;
    if (!std::isfinite(scaled) || std::abs(scaled) >= static_cast<double>(maxExact))
        return std::nullopt;
    const double rounded = std::round(scaled);
    // 12.34 * 100 is 1233.9999999999998: allow that, refuse a third decimal (12.345).
    if (std::abs(scaled - rounded) > 1e-6 * std::max(1.0, std::abs(scaled)))
        return std::nullopt;
    return static_cast<Cents>(rounded);
}

Cents applyRate(Cents amount, int basisPoints)
{
    const Cents product = amount * basisPoints;
    const Cents half = 5000;
    return product >= 0 ? (product + half) / 10000 : -((-product + half) / 10000);
}

} // namespace bc::emulator::Money
