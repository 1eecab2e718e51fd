#include "core/api/jsonfields.h"

#include "core/api/logging.h"

#include <QDate>
#include <QLocale>
#include <QTime>
#include <QtNumeric>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

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

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
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

QJsonArray array(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{};
}

std::optional<domain::Amount> amount(const QJsonValue &value)
{
    if (value.isString())
        return domain::Amount::fromDecimalString(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    if (const auto whole = exactInteger(value)) {
        qint64 minor = 0;
        if (qMulOverflow(*whole, domain::Amount::minorPerUnit, &minor))
            return std::nullopt;
        return domain::Amount::fromMinorUnits(minor);
    }
    // The shortest text that reads back as the same double is the decimal the server wrote
    // (for up to 15 significant digits), so 12.34 stays 12.34 and 0.1 + 0.2 style noise is gone.
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return std::nullopt;
    return domain::Amount::fromDecimalString(
            QString::number(d, 'f', QLocale::FloatingPointShortest));
}

domain::Amount amountOrUnset(const QJsonValue &value)
{
    return amount(value).value_or(domain::Amount{});
}

std::optional<double> real(const QJsonValue &value)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<bool> boolean(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
    case QJsonValue::String: {
        if (value.isString()) {
            const QString word = value.toString().trimmed();
            if (word.compare("true"_L1, Qt::CaseInsensitive) == 0)
                return true;
            if (word.compare("false"_L1, Qt::CaseInsensitive) == 0)
                return false;
        }
        const auto number = integer(value);
        if (number == 0 || number == 1)
            return *number == 1;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QDateTime dateTime(const QJsonValue &value)
{
    if (value.isDouble()) {
        if (const auto seconds = integer(value))
            return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
        return {};
    }
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (isAllDigits(text)) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        return ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
    }
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid() || text.size() < 10)
        return {};
    if (text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    if (text.at(10) != u' ' && text.at(10) != u'T')
        return {};
    const QString timeText = text.mid(11);
    const bool hasOffset =
            timeText.endsWith(u'Z') || timeText.contains(u'+') || timeText.contains(u'-');
    if (!hasOffset) {
        // Built directly in UTC: going through local time would shift or drop times that fall
        // into a daylight-saving gap of this machine's zone.
        const QTime time = QTime::fromString(timeText, Qt::ISODateWithMs);
        return time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
    }
    QString iso = text;
    iso[10] = u'T';
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QStringList stringList(const QJsonValue &value)
{
    if (value.isString() || value.isDouble()) {
        const QString single = text(value);
        return single.isEmpty() ? QStringList() : QStringList{single};
    }
    QStringList list;
    const QJsonArray elements = array(value);
    for (const QJsonValue &element : elements) {
        if (element.isString() || element.isDouble() || element.isBool()) {
            const QString entry = text(element);
            if (!entry.isEmpty())
                list.append(entry);
        }
    }
    return list;
}

QStringList idList(const QJsonValue &value)
{
    if (value.isString() || value.isDouble()) {
        const QString single = idString(value);
        return single.isEmpty() ? QStringList() : QStringList{single};
    }
    QStringList ids;
    const QJsonArray elements = array(value);
    for (const QJsonValue &element : elements) {
        const QString id = idString(element);
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QList<qint64> integerList(const QJsonValue &value)
{
    QList<qint64> integers;
    const QJsonArray elements = array(value);
    for (const QJsonValue &element : elements) {
        if (const auto number = integer(element))
            integers.append(*number);
    }
    return integers;
}

QStringList commaSeparated(const QJsonValue &value)
{
    if (!value.isString())
        return stringList(value);
    QStringList parts;
    const QStringList pieces = value.toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        const QString trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

QMap<QString, QString> textMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject entries = object(value);
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString entry = text(it.value());
        if (!entry.isEmpty())
            map.insert(it.key(), entry);
    }
    return map;
}

} // namespace bc::api::json
