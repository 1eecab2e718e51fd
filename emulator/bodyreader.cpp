#include "bodyreader.h"

#include "emulatorrequest.h"
#include "parametertext.h"
#include "returncode.h"
#include "world/worldtime.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace bc::emulator {

BodyReader::BodyReader(const EmulatorRequest &request)
{
    // The gateway parses JSON bodies only: a form or anything else is a parameter error.
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type"));
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json") {
        fail(u"Content-Type: must be application/json."_s);
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

bool BodyReader::has(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString BodyReader::joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

std::optional<QString> BodyReader::idText(const QJsonValue &value)
{
    if (value.isString() && ParameterText::isIdText(value.toString()))
        return value.toString();
    // A JSON integer is converted by the gateway like a string of digits.
    if (value.isDouble()) {
        const qint64 number = value.toInteger(-1);
        if (number >= 0)
            return QString::number(number);
    }
    return std::nullopt;
}

QString BodyReader::shown(const QJsonValue &value)
{
    return value.isString() ? ParameterText::quoted(value.toString()) : u"a non-string value"_s;
}

std::optional<QJsonValue> BodyReader::given(const QJsonObject &object, const QString &path,
                                            const QString &key, Need need)
{
    if (has(object, key))
        return object.value(key);
    if (need == Need::Required)
        fail(joinPath(path, key) + u": is required."_s);
    return std::nullopt;
}

QString BodyReader::id(const QJsonObject &object, const QString &path, const QString &key,
                       Need need)
{
    const std::optional<QJsonValue> value = given(object, path, key, need);
    if (!value)
        return {};
    const std::optional<QString> text = idText(*value);
    if (!text) {
        fail(joinPath(path, key) + u": must be a numeric id string, got "_s + shown(*value) + u'.');
        return {};
    }
    return *text;
}

QString BodyReader::string(const QJsonObject &object, const QString &path, const QString &key,
                           Need need, qsizetype maxLength)
{
    const std::optional<QJsonValue> value = given(object, path, key, need);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(joinPath(path, key) + u": must be a string."_s);
        return {};
    }
    const QString text = value->toString();
    if (need == Need::Required && text.isEmpty()) {
        fail(joinPath(path, key) + u": must not be empty."_s);
        return {};
    }
    if (maxLength != noMaxLength && text.size() > maxLength) {
        fail(joinPath(path, key) + u": must be at most "_s + QString::number(maxLength)
             + u" characters."_s);
        return {};
    }
    return text;
}

std::optional<QString> BodyReader::optionalString(const QJsonObject &object, const QString &path,
                                                  const QString &key, qsizetype maxLength)
{
    if (!has(object, key))
        return std::nullopt;
    const QString text = string(object, path, key, Need::Optional, maxLength);
    if (hasError())
        return std::nullopt;
    return text;
}

QString BodyReader::enumeration(const QJsonObject &object, const QString &path, const QString &key,
                                const QStringList &allowed, Need need, const QString &defaultValue)
{
    const std::optional<QJsonValue> value = given(object, path, key, need);
    if (!value)
        return defaultValue;
    if (!value->isString() || !allowed.contains(value->toString())) {
        fail(joinPath(path, key) + u": must be one of "_s + allowed.join(u", "_s) + u", got "_s
             + shown(*value) + u'.');
        return defaultValue;
    }
    return value->toString();
}

std::optional<bool> BodyReader::boolean(const QJsonObject &object, const QString &path,
                                        const QString &key)
{
    const std::optional<QJsonValue> value = given(object, path, key, Need::Optional);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        fail(joinPath(path, key) + u": must be true or false."_s);
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<qint64> BodyReader::integer(const QJsonObject &object, const QString &path,
                                          const QString &key)
{
    const std::optional<QJsonValue> value = given(object, path, key, Need::Optional);
    if (!value)
        return std::nullopt;
    constexpr qint64 notAnInteger = std::numeric_limits<qint64>::min();
    const qint64 number = value->toInteger(notAnInteger);
    if (!value->isDouble() || number == notAnInteger) {
        fail(joinPath(path, key) + u": must be an integer."_s);
        return std::nullopt;
    }
    return number;
}

std::optional<Cents> BodyReader::money(const QJsonObject &object, const QString &path,
                                       const QString &key)
{
    const std::optional<QJsonValue> value = given(object, path, key, Need::Optional);
    if (!value)
        return std::nullopt;
    const std::optional<Cents> cents = Money::fromJson(*value);
    if (!cents)
        fail(joinPath(path, key) + u": must be a number with at most two decimals."_s);
    return cents;
}

qint64 BodyReader::time(const QJsonObject &object, const QString &path, const QString &key)
{
    const std::optional<QJsonValue> value = given(object, path, key, Need::Optional);
    if (!value)
        return -1;
    const qint64 secs = value->isString() ? WorldTime::parse(value->toString()) : -1;
    if (secs < 0)
        fail(joinPath(path, key) + u": must be \"YYYY-MM-DD HH:MM:SS\" or \"YYYY-MM-DD\"."_s);
    return secs;
}

QJsonObject BodyReader::object(const QJsonObject &object, const QString &path, const QString &key,
                               Need need)
{
    const std::optional<QJsonValue> value = given(object, path, key, need);
    if (!value)
        return {};
    if (!value->isObject()) {
        fail(joinPath(path, key) + u": must be a JSON object."_s);
        return {};
    }
    return value->toObject();
}

std::optional<QJsonArray> BodyReader::array(const QJsonObject &object, const QString &path,
                                            const QString &key, Need need, qsizetype minCount,
                                            qsizetype maxCount)
{
    const std::optional<QJsonValue> value = given(object, path, key, need);
    if (!value)
        return std::nullopt;
    const QString name = joinPath(path, key);
    if (!value->isArray()) {
        fail(name + u": must be a JSON array."_s);
        return std::nullopt;
    }
    const QJsonArray items = value->toArray();
    if (items.size() < minCount || items.size() > maxCount) {
        const QString upTo =
                maxCount == noMaxCount ? u" or more"_s : u" to "_s + QString::number(maxCount);
        const QString range = QString::number(minCount) + upTo;
        fail(name + u": must hold "_s + range + u" items, got "_s + QString::number(items.size())
             + u'.');
        return std::nullopt;
    }
    return items;
}

QStringList BodyReader::idList(const QJsonObject &object, const QString &path, const QString &key,
                               Need need, qsizetype minCount, qsizetype maxCount)
{
    const std::optional<QJsonArray> items = array(object, path, key, need, minCount, maxCount);
    QStringList ids;
    for (const QJsonValue &item : items.value_or(QJsonArray())) {
        const std::optional<QString> text = idText(item);
        if (!text) {
            fail(joinPath(path, key) + u": every item must be a numeric id string."_s);
            return {};
        }
        ids.append(*text);
    }
    return ids;
}

QStringList BodyReader::stringList(const QJsonObject &object, const QString &path,
                                   const QString &key, Need need, qsizetype minCount,
                                   qsizetype maxCount)
{
    const std::optional<QJsonArray> items = array(object, path, key, need, minCount, maxCount);
    QStringList texts;
    for (const QJsonValue &item : items.value_or(QJsonArray())) {
        if (!item.isString() || item.toString().isEmpty()) {
            fail(joinPath(path, key) + u": every item must be a non-empty string."_s);
            return {};
        }
        texts.append(item.toString());
    }
    return texts;
}

QStringList BodyReader::enumerationList(const QJsonObject &object, const QString &path,
                                        const QString &key, const QStringList &allowed, Need need,
                                        qsizetype minCount, qsizetype maxCount)
{
    const std::optional<QJsonArray> items = array(object, path, key, need, minCount, maxCount);
    QStringList values;
    for (const QJsonValue &item : items.value_or(QJsonArray())) {
        if (!item.isString() || !allowed.contains(item.toString())) {
            fail(joinPath(path, key) + u": every item must be one of "_s + allowed.join(u", "_s)
                 + u'.');
            return {};
        }
        values.append(item.toString());
    }
    return values;
}

void BodyReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

EmulatorReply BodyReader::errorReply() const
{
    return EmulatorReply::error(ReturnCode::ParameterError, m_error);
}

} // namespace bc::emulator
