#include "core/api/jsonfields.h"

#include "core/api/logging.h"

#include <cmath>
#include <limits>

namespace bc::api::json {

namespace {

// A JSON number that is a whole number within qint64 is stored exactly by Qt's parser; toInteger()
// returns its default for anything else, so two different defaults tell the cases apart.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    const qint64 a = value.toInteger(std::numeric_limits<qint64>::min());
    const qint64 b = value.toInteger(std::numeric_limits<qint64>::max());
    if (a == b)
        return a;
    return std::nullopt;
}

} // namespace

QString idString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double: {
        if (const auto whole = exactInteger(value))
            return QString::number(*whole);
        // Beyond qint64 the parser already rounded the number; keep what is left and say so.
        qCWarning(lcApi) << "an id arrived as a JSON number too large to keep exactly";
        return QString::number(value.toDouble(), 'f', 0);
    }
    default:
        return {};
    }
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        if (const auto whole = exactInteger(value))
            return QString::number(*whole);
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        if (const auto whole = exactInteger(value))
            return whole;
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

QJsonObject object(const QJsonValue &value)
{
    return value.isObject() ? value.toObject() : QJsonObject{};
}

} // namespace bc::api::json
