#pragma once

#include "core/store/storeerror.h"
#include "core/store/storeidentity.h"
#include "core/store/storelocation.h"
#include "models/overviewdata.h"

#include <QObject>
#include <QThread>

namespace bc::models {

// Computes Overviews on a worker thread with a mirror connection of its own, so that the UI
// thread never runs their queries. Loads run one after another in the order asked; each answer
// arrives as read() on the thread that owns the reader, with the ticket it was asked with.
class OverviewReader final : public QObject
{
    Q_OBJECT

public:
    OverviewReader(store::StoreLocation location, store::StoreIdentity identity,
                   QObject *parent = nullptr);
    ~OverviewReader() override;

    [[nodiscard]] const store::StoreLocation &location() const { return m_location; }
    [[nodiscard]] const store::StoreIdentity &identity() const { return m_identity; }

    void load(quint64 ticket, const QString &bcId);

Q_SIGNALS:
    void read(quint64 ticket, const bc::models::OverviewData &data,
              const bc::store::StoreError &error);

private:
    store::StoreLocation m_location;
    store::StoreIdentity m_identity;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
};

} // namespace bc::models
