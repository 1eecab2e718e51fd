#include "worldtime.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace bc::emulator::WorldTime {

namespace {

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// Floor division: days before 1970 count down, not towards zero.
qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

} // namespace

QString dateTime(qint64 secs)
{
    return utc(secs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString date(qint64 secs)
{
    return utc(secs).toString(u"yyyy-MM-dd"_s);
}

QString iso8601(qint64 secs)
{
    return utc(secs).toString(Qt::ISODate);
}

QString utcOffset(int minutes)
{
    const int magnitude = minutes < 0 ? -minutes : minutes;
    return u"UTC"_s + (minutes < 0 ? u'-' : u'+')
           + QString::number(magnitude / 60).rightJustified(2, u'0') + u':'
           + QString::number(magnitude % 60).rightJustified(2, u'0');
}

qint64 dayOf(qint64 secs)
{
    return floorDiv(secs, secondsPerDay);
}

qint64 startOfDay(qint64 secs)
{
    return dayOf(secs) * secondsPerDay;
}

qint64 parse(const QString &text)
{
    if (text.size() != 10 && !(text.size() == 19 && text.at(10) == u' '))
        return -1;
    const QDate day = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    const QTime time =
            text.size() == 19 ? QTime::fromString(text.mid(11), u"HH:mm:ss"_s) : QTime(0, 0);
    if (!day.isValid() || !time.isValid())
        return -1;
    return QDateTime(day, time, Qt::UTC).toSecsSinceEpoch();
}

} // namespace bc::emulator::WorldTime
