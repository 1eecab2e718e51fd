#include "oauthfamilyinput.h"

#include "emulator/emulatorrequest.h"
#include "emulator/paramreader.h"
#include "emulator/returncode.h"
#include "emulator/world/worldtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

bool isNumericId(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    return digits.match(text).hasMatch();
}

bool isDate(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    return pattern.match(text).hasMatch() && WorldTime::parse(text) >= 0;
}

QString required(const QString &name)
{
    return name + u": is required."_s;
}

} // namespace

namespace OauthFamilyInput {

QString requiredId(ParamReader &params, const EmulatorRequest &request, const QString &name)
{
    if (!request.hasQueryValue(name)) {
        params.fail(required(name));
        return {};
    }
    return params.id(name);
}

QString requiredEnum(ParamReader &params, const EmulatorRequest &request, const QString &name,
                     const QStringList &allowed)
{
    if (!request.hasQueryValue(name)) {
        params.fail(required(name));
        return {};
    }
    return params.enumeration(name, allowed, {});
}

QString requiredString(ParamReader &params, const EmulatorRequest &request, const QString &name)
{
    if (!request.hasQueryValue(name)) {
        params.fail(required(name));
        return {};
    }
    return params.string(name);
}

std::optional<QStringList> stringArray(ParamReader &params, const EmulatorRequest &request,
                                       const QString &name, bool isRequired, qsizetype minItems,
                                       qsizetype maxItems)
{
    if (!request.hasQueryValue(name)) {
        if (isRequired)
            params.fail(required(name));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document =
            QJsonDocument::fromJson(request.queryValue(name).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        params.fail(name + u": must be a JSON array of strings (URL-encoded JSON text)."_s);
        return std::nullopt;
    }
    QStringList values;
    for (const QJsonValue &element : document.array()) {
        if (!element.isString() || element.toString().isEmpty()) {
            params.fail(name + u": every element must be a non-empty string."_s);
            return std::nullopt;
        }
        values.append(element.toString());
    }
    if (values.size() < minItems || values.size() > maxItems) {
        params.fail(name % u": must have between "_s % QString::number(minItems) % u" and "_s
                    % QString::number(maxItems) % u" elements, got "_s
                    % QString::number(values.size()) % u'.');
        return std::nullopt;
    }
    return values;
}

qint64 date(ParamReader &params, const EmulatorRequest &request, const QString &name,
            bool isRequired)
{
    if (!request.hasQueryValue(name)) {
        if (isRequired)
            params.fail(required(name));
        return -1;
    }
    const QString text = request.queryValue(name);
    if (!isDate(text)) {
        params.fail(name + u": must be a date YYYY-MM-DD."_s);
        return -1;
    }
    return WorldTime::parse(text);
}

} // namespace OauthFamilyInput

JsonBodyReader::JsonBodyReader(const EmulatorRequest &request)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type")).trimmed();
    if (!contentType.toLower().startsWith("application/json")) {
        fail(u"Content-Type: must be application/json."_s);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(u"body: must be a JSON object."_s);
        return;
    }
    m_body = document.object();
}

bool JsonBodyReader::has(const QString &name) const
{
    const QJsonValue value = m_body.value(name);
    return !value.isUndefined() && !value.isNull();
}

QString JsonBodyReader::string(const QString &name, bool isRequired, qsizetype maxLength)
{
    if (!has(name)) {
        if (isRequired)
            fail(required(name));
        return {};
    }
    const QJsonValue value = m_body.value(name);
    if (!value.isString()) {
        fail(name + u": must be a string."_s);
        return {};
    }
    const QString text = value.toString();
    if (isRequired && text.isEmpty()) {
        fail(name + u": must not be empty."_s);
        return {};
    }
    if (text.size() > maxLength) {
        fail(name % u": must be at most "_s % QString::number(maxLength) % u" characters."_s);
        return {};
    }
    return text;
}

QString JsonBodyReader::id(const QString &name, bool isRequired)
{
    if (!has(name)) {
        if (isRequired)
            fail(required(name));
        return {};
    }
    const QJsonValue value = m_body.value(name);
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble() && value.toDouble() == double(value.toInteger()))
        text = QString::number(value.toInteger());
    if (!isNumericId(text)) {
        fail(name + u": must be a numeric id string."_s);
        return {};
    }
    return text;
}

QString JsonBodyReader::enumeration(const QString &name, bool isRequired,
                                    const QStringList &allowed)
{
    const QString text = string(name, isRequired);
    if (has(name) && !hasError() && !allowed.contains(text)) {
        fail(name % u": must be one of "_s % allowed.join(u", "_s) % u", got \""_s % text.left(64)
             % u"\"."_s);
        return {};
    }
    return text;
}

bool JsonBodyReader::boolean(const QString &name, bool defaultValue)
{
    if (!has(name))
        return defaultValue;
    const QJsonValue value = m_body.value(name);
    if (!value.isBool()) {
        fail(name + u": must be true or false."_s);
        return defaultValue;
    }
    return value.toBool();
}

QStringList JsonBodyReader::stringArray(const QString &name, bool isRequired, qsizetype maxItems)
{
    if (!has(name)) {
        if (isRequired)
            fail(required(name));
        return {};
    }
    const QJsonValue value = m_body.value(name);
    if (!value.isArray()) {
        fail(name + u": must be an array of strings."_s);
        return {};
    }
    QStringList values;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isString() || element.toString().isEmpty()) {
            fail(name + u": every element must be a non-empty string."_s);
            return {};
        }
        values.append(element.toString());
    }
    if (values.size() > maxItems) {
        fail(name % u": must have at most "_s % QString::number(maxItems) % u" elements, got "_s
             % QString::number(values.size()) % u'.');
        return {};
    }
    return values;
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

} // namespace bc::emulator
