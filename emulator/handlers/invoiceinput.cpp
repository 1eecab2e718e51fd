#include "invoiceinput.h"

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

QString dotted(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

} // namespace

namespace InvoiceInput {

QString requiredId(ParamReader &params, const EmulatorRequest &request, const QString &name)
{
    if (!request.hasQueryValue(name)) {
        params.fail(name + u": is required."_s);
        return {};
    }
    return params.id(name);
}

QStringList stringArray(ParamReader &params, const EmulatorRequest &request, const QString &name,
                        const QStringList &allowed)
{
    if (!request.hasQueryValue(name))
        return {};
    QJsonParseError parseError;
    const QJsonDocument document =
            QJsonDocument::fromJson(request.queryValue(name).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        params.fail(name + u": must be a JSON array (URL-encoded JSON text)."_s);
        return {};
    }
    const QJsonArray array = document.array();
    if (array.isEmpty()) {
        params.fail(name + u": must not be empty."_s);
        return {};
    }
    QStringList values;
    for (const QJsonValue &element : array) {
        const QString text = element.toString();
        if (!element.isString() || text.isEmpty()
            || (!allowed.isEmpty() && !allowed.contains(text))) {
            params.fail(name + u": every element must be one of "_s + allowed.join(u", "_s) + u'.');
            return {};
        }
        if (!values.contains(text))
            values.append(text);
    }
    return values;
}

qint64 time(ParamReader &params, const EmulatorRequest &request, const QString &name)
{
    if (!request.hasQueryValue(name))
        return -1;
    const qint64 secs = WorldTime::parse(request.queryValue(name));
    if (secs < 0)
        params.fail(name + u": must be \"YYYY-MM-DD HH:MM:SS\" or \"YYYY-MM-DD\"."_s);
    return secs;
}

} // namespace InvoiceInput

InvoiceBody::InvoiceBody(const EmulatorRequest &request)
{
    // The gateway parses JSON only; a form or anything else is a parameter error.
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type"));
    if (!contentType.trimmed().toLower().startsWith("application/json")) {
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

QString InvoiceBody::id(const QJsonObject &object, const QString &path, const QString &key,
                        bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(dotted(path, key) + u": is required."_s);
        return {};
    }
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() == value.toInteger())
        text = QString::number(value.toInteger());
    if (!isNumericId(text)) {
        fail(dotted(path, key) + u": must be a numeric id string."_s);
        return {};
    }
    return text;
}

QString InvoiceBody::string(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || value.toString().isEmpty()) {
        fail(dotted(path, key) + u": must be a non-empty string."_s);
        return {};
    }
    return value.toString();
}

QString InvoiceBody::enumeration(const QJsonObject &object, const QString &path, const QString &key,
                                 const QStringList &allowed, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(dotted(path, key) + u": is required."_s);
        return {};
    }
    if (!value.isString() || !allowed.contains(value.toString())) {
        fail(dotted(path, key) + u": must be one of "_s + allowed.join(u", "_s) + u'.');
        return {};
    }
    return value.toString();
}

QStringList InvoiceBody::enumArray(const QJsonObject &object, const QString &path,
                                   const QString &key, const QStringList &allowed)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(dotted(path, key) + u": must be a non-empty array."_s);
        return {};
    }
    QStringList values;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isString() || !allowed.contains(element.toString())) {
            fail(dotted(path, key) + u": every element must be one of "_s + allowed.join(u", "_s)
                 + u'.');
            return {};
        }
        values.append(element.toString());
    }
    return values;
}

qint64 InvoiceBody::time(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return -1;
    const qint64 secs = value.isString() ? WorldTime::parse(value.toString()) : -1;
    if (secs < 0)
        fail(dotted(path, key) + u": must be \"YYYY-MM-DD HH:MM:SS\" or \"YYYY-MM-DD\"."_s);
    return secs;
}

QJsonObject InvoiceBody::object(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        fail(dotted(path, key) + u": must be a JSON object."_s);
        return {};
    }
    return value.toObject();
}

void InvoiceBody::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

EmulatorReply InvoiceBody::errorReply() const
{
    return EmulatorReply::error(ReturnCode::ParameterError, m_error);
}

} // namespace bc::emulator
