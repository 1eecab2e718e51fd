#include "roughedges.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace bc::emulator::RoughEdges {

namespace {

bool lastDigitIs(const QString &id, char16_t digit)
{
    return !id.isEmpty() && id.back() == QChar(digit);
}

} // namespace

bool idAsNumber(const QString &id)
{
    bool ok = false;
    id.toLongLong(&ok);
    return ok && lastDigitIs(id, u'3');
}

QJsonValue idValue(const QString &id)
{
    if (idAsNumber(id))
        return QJsonValue(id.toLongLong());
    return QJsonValue(id);
}

bool moneyAsString(const QString &id)
{
    return lastDigitIs(id, u'7');
}

QJsonObject unknownFields(const QString &id)
{
    const QByteArray hash =
            QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5).toHex().left(4);
    return {{u"ext_info"_s, QJsonObject{{u"source"_s, u"emulator"_s},
                                        {u"row_hash"_s, QString::fromLatin1(hash)}}}};
}

QJsonObject withUnknownFields(QJsonObject row, const QString &id)
{
    const QJsonObject extra = unknownFields(id);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

} // namespace bc::emulator::RoughEdges
