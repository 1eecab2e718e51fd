#include "financecommon.h"

#include "emulator/emulatorrequest.h"
#include "emulator/returncode.h"
#include "emulator/world/worldtime.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bc::emulator::Finance {

namespace {

constexpr qint64 maxSpanDays = 365;

bool isIdText(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    return digits.match(text).hasMatch();
}

} // namespace

EmulatorReply worldErrorReply(const WorldError &error)
{
    return EmulatorReply::error(error.code, error.message);
}

std::optional<QString> idFromJson(const QJsonValue &value)
{
    if (value.isString()) {
        if (isIdText(value.toString()))
            return value.toString();
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Integers only; QJsonValue keeps 64-bit integers exact when they were written as such.
        if (number < 0 || std::floor(number) != number)
            return std::nullopt;
        return QString::number(value.toInteger());
    }
    return std::nullopt;
}

// ---- JsonBodyReader -----------------------------------------------------------------------------

JsonBodyReader::JsonBodyReader(const EmulatorRequest &request)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type"));
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json") {
        fail(u"Content-Type: must be application/json, got \""_s
             + QString::fromLatin1(contentType.left(64)) + u"\"."_s);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(u"body: must be a JSON object."_s);
        return;
    }
    m_root = document.object();
}

QString JsonBodyReader::joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonBodyReader::id(const QJsonObject &object, const QString &path, const QString &key,
                           bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())) {
        if (required)
            fail(joinPath(path, key) + u": required."_s);
        return {};
    }
    const std::optional<QString> text = idFromJson(value);
    if (!text) {
        fail(joinPath(path, key) + u": must be a numeric id string."_s);
        return {};
    }
    return *text;
}

QString JsonBodyReader::string(const QJsonObject &object, const QString &path, const QString &key,
                               bool required, qsizetype maxLength)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(joinPath(path, key) + u": required."_s);
        return {};
    }
    if (!value.isString()) {
        fail(joinPath(path, key) + u": must be a string."_s);
        return {};
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty()) {
        fail(joinPath(path, key) + u": must not be empty."_s);
        return {};
    }
    if (maxLength >= 0 && text.size() > maxLength) {
        fail(joinPath(path, key) + u": at most "_s + QString::number(maxLength)
             + u" characters."_s);
        return {};
    }
    return text;
}

std::optional<QString> JsonBodyReader::optionalString(const QJsonObject &object,
                                                      const QString &path, const QString &key,
                                                      qsizetype maxLength)
{
    if (!object.contains(key) || object.value(key).isNull())
        return std::nullopt;
    const QString text = string(object, path, key, false, maxLength);
    if (hasError())
        return std::nullopt;
    return text;
}

QString JsonBodyReader::enumeration(const QJsonObject &object, const QString &path,
                                    const QString &key, const QStringList &allowed,
                                    const QString &defaultValue)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (defaultValue.isEmpty())
            fail(joinPath(path, key) + u": required."_s);
        return defaultValue;
    }
    if (!value.isString() || !allowed.contains(value.toString())) {
        const QString shown = value.isString()
                                      ? QString(u"\""_s + value.toString().left(64) + u"\""_s)
                                      : u"a non-string"_s;
        fail(joinPath(path, key) + u": must be one of "_s + allowed.join(u", "_s) + u", got "_s
             + shown + u"."_s);
        return defaultValue;
    }
    return value.toString();
}

QJsonObject JsonBodyReader::object(const QJsonObject &object, const QString &path,
                                   const QString &key, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(joinPath(path, key) + u": required."_s);
        return {};
    }
    if (!value.isObject()) {
        fail(joinPath(path, key) + u": must be a JSON object."_s);
        return {};
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonBodyReader::array(const QJsonObject &object, const QString &path,
                                                const QString &key, bool required,
                                                qsizetype minCount, qsizetype maxCount)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(joinPath(path, key) + u": required."_s);
        return std::nullopt;
    }
    if (!value.isArray()) {
        fail(joinPath(path, key) + u": must be a JSON array."_s);
        return std::nullopt;
    }
    const QJsonArray items = value.toArray();
    if (items.size() < minCount || items.size() > maxCount) {
        fail(joinPath(path, key) + u": must hold "_s + QString::number(minCount) + u" to "_s
             + QString::number(maxCount) + u" items, got "_s + QString::number(items.size())
             + u"."_s);
        return std::nullopt;
    }
    return items;
}

QStringList JsonBodyReader::idList(const QJsonObject &object, const QString &path,
                                   const QString &key, bool required, qsizetype minCount,
                                   qsizetype maxCount)
{
    const std::optional<QJsonArray> items = array(object, path, key, required, minCount, maxCount);
    if (!items)
        return {};
    QStringList ids;
    for (const QJsonValue &item : *items) {
        const std::optional<QString> text = idFromJson(item);
        if (!text) {
            fail(joinPath(path, key) + u": every item must be a numeric id string."_s);
            return {};
        }
        ids.append(*text);
    }
    return ids;
}

std::optional<bool> JsonBodyReader::boolean(const QJsonObject &object, const QString &path,
                                            const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(joinPath(path, key) + u": must be true or false."_s);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<Cents> JsonBodyReader::money(const QJsonObject &object, const QString &path,
                                           const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const std::optional<Cents> cents = Money::fromJson(value);
    if (!cents) {
        fail(joinPath(path, key) + u": must be a number with at most two decimals."_s);
        return std::nullopt;
    }
    return cents;
}

void JsonBodyReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

EmulatorReply JsonBodyReader::errorReply() const
{
    return EmulatorReply::error(ReturnCode::ParameterError, m_error);
}

// ---- Dates and filtering ------------------------------------------------------------------------

DateRange readDateRange(const std::optional<QString> &start, const QString &startName,
                        const std::optional<QString> &end, const QString &endName,
                        DateFormat format, bool bothOrNeither, int defaultDays, qint64 nowSecs,
                        QString *error)
{
    const qsizetype length = format == DateFormat::Date ? 10 : 19;
    const QString shape = format == DateFormat::Date ? u"YYYY-MM-DD"_s : u"YYYY-MM-DD HH:MM:SS"_s;
    const auto parse = [&](const std::optional<QString> &text, const QString &name) -> qint64 {
        if (!text)
            return -1;
        const qint64 secs = text->size() == length ? WorldTime::parse(*text) : -1;
        if (secs < 0 && error->isEmpty())
            *error = name + u": must be a date as "_s + shape + u", got \""_s + text->left(32)
                     + u"\"."_s;
        return secs;
    };
    const qint64 from = parse(start, startName);
    const qint64 to = parse(end, endName);
    if (!error->isEmpty())
        return {};
    if (bothOrNeither && start.has_value() != end.has_value()) {
        *error = startName + u", "_s + endName + u": give both or neither."_s;
        return {};
    }

    constexpr qint64 day = WorldTime::secondsPerDay;
    DateRange range;
    if (start)
        range.from = format == DateFormat::Date ? WorldTime::startOfDay(from) : from;
    if (end)
        range.to = format == DateFormat::Date ? WorldTime::startOfDay(to) + day - 1 : to;
    if (!start && !end) {
        range.to = nowSecs;
        range.from = format == DateFormat::Date
                             ? WorldTime::startOfDay(nowSecs) - (defaultDays - 1) * day
                             : nowSecs - defaultDays * day;
    } else if (!start) {
        range.from = format == DateFormat::Date
                             ? WorldTime::startOfDay(range.to) - (defaultDays - 1) * day
                             : range.to - defaultDays * day;
    } else if (!end) {
        range.to = nowSecs;
    }
    if (range.to < range.from) {
        *error = endName + u": must not be before "_s + startName + u"."_s;
        return {};
    }
    // 365 days at most: for whole days, 365 calendar days; for times, 365 × 24 h.
    const qint64 span = format == DateFormat::Date ? (range.to + 1 - range.from) / day
                                                   : (range.to - range.from + day - 1) / day;
    if (span > maxSpanDays) {
        *error = startName + u", "_s + endName + u": the range must not be longer than 365 days."_s;
        return {};
    }
    return range;
}

QStringList stringArray(const QJsonObject &object, const QString &objectName, const QString &key,
                        const QStringList &allowed, qsizetype maxCount, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QString name = objectName + u'.' + key;
    if (!value.isArray()) {
        if (error->isEmpty())
            *error = name + u": must be a JSON array."_s;
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() > maxCount) {
        if (error->isEmpty())
            *error = name + u": at most "_s + QString::number(maxCount) + u" items."_s;
        return {};
    }
    QStringList texts;
    for (const QJsonValue &item : items) {
        if (!item.isString() || (!allowed.isEmpty() && !allowed.contains(item.toString()))) {
            if (error->isEmpty()) {
                *error = allowed.isEmpty() ? QString(name + u": every item must be a string."_s)
                                           : name + u": every item must be one of "_s
                                                     + allowed.join(u", "_s) + u"."_s;
            }
            return {};
        }
        texts.append(item.toString());
    }
    return texts;
}

std::optional<QString> optionalObjectString(const QJsonObject &object, const QString &objectName,
                                            const QString &key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        if (error->isEmpty())
            *error = objectName + u'.' + key + u": must be a string."_s;
        return std::nullopt;
    }
    return value.toString();
}

} // namespace bc::emulator::Finance
