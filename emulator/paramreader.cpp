#include "paramreader.h"

#include "emulatorrequest.h"
#include "parametertext.h"
#include "returncode.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

using ParameterText::quoted;

bool isDecimalInteger(const QString &text)
{
    static const QRegularExpression pattern(u"^-?[0-9]+$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

ParamReader::ParamReader(const EmulatorRequest &request)
    : m_request(request)
{ }

bool ParamReader::present(const QString &name) const
{
    return m_request.hasQueryValue(name);
}

QString ParamReader::value(const QString &name) const
{
    return m_request.queryValue(name);
}

bool ParamReader::given(const QString &name, Need need)
{
    if (present(name))
        return true;
    if (need == Need::Required)
        fail(name % u": is required."_s);
    return false;
}

qint64 ParamReader::integer(const QString &name, qint64 defaultValue, qint64 min, qint64 max)
{
    if (!present(name))
        return defaultValue;
    const QString text = value(name);
    bool ok = false;
    const qint64 number = isDecimalInteger(text) ? text.toLongLong(&ok) : 0;
    if (!ok || number < min || number > max) {
        QString range = u"at least "_s + QString::number(min);
        if (max != std::numeric_limits<qint64>::max())
            range = u"between "_s + QString::number(min) + u" and "_s + QString::number(max);
        fail(name % u": must be an integer "_s % range % u", got "_s % quoted(text) % u'.');
        return defaultValue;
    }
    return number;
}

qint64 ParamReader::page()
{
    return integer(u"page"_s, 1, 1, std::numeric_limits<qint64>::max());
}

qint64 ParamReader::pageSize(qint64 maxPageSize, qint64 defaultPageSize)
{
    return integer(u"page_size"_s, defaultPageSize, 1, maxPageSize);
}

QString ParamReader::string(const QString &name, Need need)
{
    if (!given(name, need))
        return {};
    const QString text = value(name);
    if (text.isEmpty())
        fail(name % u": must not be empty."_s);
    return text;
}

QString ParamReader::id(const QString &name, Need need)
{
    if (!given(name, need))
        return {};
    const QString text = value(name);
    if (!ParameterText::isIdText(text)) {
        fail(name % u": must be a numeric id string, got "_s % quoted(text) % u'.');
        return {};
    }
    return text;
}

QString ParamReader::enumeration(const QString &name, const QStringList &allowed,
                                 const QString &defaultValue, Need need)
{
    if (!given(name, need))
        return defaultValue;
    const QString text = value(name);
    if (!allowed.contains(text)) {
        fail(name % u": must be one of "_s % allowed.join(u", "_s) % u", got "_s % quoted(text)
             % u'.');
        return defaultValue;
    }
    return text;
}

QJsonObject ParamReader::jsonObject(const QString &name)
{
    if (!present(name))
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(value(name).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(name % u": must be a JSON object (URL-encoded JSON text)."_s);
        return {};
    }
    return document.object();
}

QString ParamReader::objectString(const QJsonObject &object, const QString &objectName,
                                  const QString &key)
{
    const QJsonValue field = object.value(key);
    if (field.isUndefined() || field.isNull())
        return {};
    if (!field.isString()) {
        fail(objectName % u'.' % key % u": must be a string."_s);
        return {};
    }
    return field.toString();
}

QString ParamReader::objectEnumeration(const QJsonObject &object, const QString &objectName,
                                       const QString &key, const QStringList &allowed)
{
    const QString text = objectString(object, objectName, key);
    if (!text.isEmpty() && !allowed.contains(text)) {
        fail(objectName % u'.' % key % u": must be one of "_s % allowed.join(u", "_s) % u", got "_s
             % quoted(text) % u'.');
        return {};
    }
    return text;
}

void ParamReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

EmulatorReply ParamReader::errorReply() const
{
    return EmulatorReply::error(ReturnCode::ParameterError, m_error);
}

} // namespace bc::emulator
