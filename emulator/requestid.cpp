#include "requestid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

using namespace Qt::StringLiterals;

namespace bc::emulator {

QString RequestId::next()
{
    static std::atomic<quint64> counter{0};
    static const quint32 processPart = QRandomGenerator::system()->bounded(0x1000000U);
    const quint64 sequence = ++counter;
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s)
           + QString::number(processPart, 16).rightJustified(6, u'0').toUpper()
           + QString::number(sequence, 16).rightJustified(12, u'0').toUpper();
}

} // namespace bc::emulator
