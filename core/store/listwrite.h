#pragma once

#include "core/store/mirrorlist.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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
};

struct ListWriteResult
{
    int upserted = 0;
    int removed = 0;
    int skipped = 0; // rows without an id; never written
    StoreError error;
};

} // namespace bc::store
