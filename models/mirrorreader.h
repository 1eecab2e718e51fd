#pragma once

#include "core/store/mirrorlist.h"
#include "core/store/storeerror.h"
#include "core/store/storeidentity.h"
#include "core/store/storelocation.h"
#include "models/mirrorrowblock.h"
#include "models/mirrortablecolumn.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace bc::models {

// What a MirrorTableModel shows: one list of one BC, one scope or all of them.
struct MirrorReadRequest
{
    store::MirrorList list = store::MirrorList::AdAccounts;
    QString bcId;
    std::optional<QString> scope;
    QList<MirrorTableColumn> columns;
};

// Reads mirror rows on a worker thread with its own connection and hands them back as compact
// MirrorRowBlocks, so that reading 100,000 rows never blocks the UI thread. Reads are keyset
// pages in (scope, id) order; they run one after another in the order asked, and the answers
// arrive as rowsRead() on the thread that owns the reader.
class MirrorReader final : public QObject
{
    Q_OBJECT

public:
    MirrorReader(store::StoreLocation location, store::StoreIdentity identity,
                 QObject *parent = nullptr);
    ~MirrorReader() override;

    // Up to `limit` rows (all when limit <= 0) after the row (afterScope, afterId), or from the
    // first row when `fromStart` (which also forgets the strings interned by earlier reads).
    void read(quint64 ticket, const MirrorReadRequest &request, bool fromStart,
              const QString &afterScope, const QString &afterId, int limit);

Q_SIGNALS:
    void rowsRead(quint64 ticket, const bc::models::MirrorRowBlock &block, bool atEnd,
                  const bc::store::StoreError &error);

private:
    store::StoreLocation m_location;
    store::StoreIdentity m_identity;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
};

} // namespace bc::models
