#include "oauthfamilyinput.h"

#include "emulator/emulatorrequest.h"
#include "emulator/paramreader.h"
#include "emulator/world/worldtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

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

} // namespace bc::emulator
