#pragma once

#include "core/store/listwrite.h"
#include "core/store/mirrorstore.h"
#include "core/store/storeidentity.h"
#include "core/store/storelocation.h"

#include <QObject>
#include <QThread>

namespace bc::store {

// Writes listings into a mirror on a worker thread with its own connection, so that upserting
// tens of thousands of rows never blocks the UI thread. Writes run one after another in the order
// submitted; results come back as signals on the thread that owns the writer.
class MirrorWriter final : public QObject
{
    Q_OBJECT

public:
    MirrorWriter(StoreLocation location, StoreIdentity identity, QObject *parent = nullptr);
    // Finishes the writes already submitted, then closes the worker's connection.
    ~MirrorWriter() override;

    // Opens (creates, migrates) the mirror on the worker; opened() tells how it went. Writes
    // submitted before that are queued behind the opening.
    void start();
    // Queues a listing; written() carries the same ticket.
    quint64 submit(ListWrite write);
    [[nodiscard]] int pendingWrites() const { return m_pending; }

Q_SIGNALS:
    void opened(const bc::store::StoreError &error, const bc::store::OpenReport &report);
    void written(quint64 ticket, const bc::store::ListWriteResult &result);
    void idle(); // every submitted write is done

private:
    StoreLocation m_location;
    StoreIdentity m_identity;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; owns the worker's MirrorStore
    quint64 m_lastTicket = 0;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace bc::store
