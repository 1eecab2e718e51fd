#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc::store {

// One row of the mirror: the API's object exactly as it was received, with its keys.
struct MirrorRow
{
    QString bcId;
    QString scope;
    QString id;
    QJsonObject raw;
    QDateTime fetchedAt;
};

// When a list was last read completely, and how many rows it had then.
struct ListFreshness
{
    QDateTime fetchedAt;
    qint64 rowCount = 0;
};

} // namespace bc::store
