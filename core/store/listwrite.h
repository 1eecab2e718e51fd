#pragma once

#include "core/store/mirrorlist.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::store {

// Rows of one list, as the API sent them, to be written into the mirror.
struct ListWrite
{
    MirrorList list = MirrorList::BusinessCenters;
    QString bcId;  // '' for the business center list itself
    QString scope; // asset type, billing group id, date range; '' for most lists
    QList<QJsonObject> rows;
    // A complete listing replaces the scope: rows the API no longer lists are removed and the
    // list's fetched_at is set. A partial one (a failed or cancelled fetch) only upserts.
    bool complete = false;
    QDateTime fetchedAt; // now when not set
    // For lists read scope by scope where a scope can vanish (billing groups, asset types, cost
    // ranges): when set, a complete listing also removes the rows and freshness of every other
    // scope of this list and BC that is not named here.
    std::optional<QStringList> otherScopesToKeep;
};

struct ListWriteResult
{
    int upserted = 0;
    int removed = 0;
    int skipped = 0; // rows without an id; never written
    StoreError error;
};

} // namespace bc::store
