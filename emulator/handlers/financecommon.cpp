#include "financecommon.h"

#include "emulator/world/worldtime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::emulator::Finance {

namespace {

constexpr qint64 maxSpanDays = 365;

} // namespace

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
