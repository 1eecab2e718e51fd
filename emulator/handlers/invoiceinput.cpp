#include "invoiceinput.h"

#include "emulator/emulatorrequest.h"
#include "emulator/paramreader.h"
#include "emulator/world/worldtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace InvoiceInput {

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

} // namespace bc::emulator
