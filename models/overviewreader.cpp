#include "models/overviewreader.h"

#include "core/store/mirrorstore.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc::models {

namespace {

class OverviewReaderState final : public QObject
{
public:
    std::unique_ptr<store::MirrorStore> store;
    store::StoreError openError;
};

} // namespace

OverviewReader::OverviewReader(store::StoreLocation location, store::StoreIdentity identity,
                               QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_identity(std::move(identity))
{
    m_thread.setObjectName(u"bc.models.overview"_s);
    auto *state = new OverviewReaderState;
    m_worker = state;
    state->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, state, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
            state,
            [state, location = m_location, identity = m_identity] {
                state->store = store::MirrorStore::open(location, identity, &state->openError);
            },
            Qt::QueuedConnection);
}

OverviewReader::~OverviewReader()
{
    auto *state = static_cast<OverviewReaderState *>(m_worker);
    // Loads still queued finish first (their answers are dropped: this object is gone), then the
    // connection closes on its own thread.
    QMetaObject::invokeMethod(
            state,
            [state] {
                state->store.reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    m_thread.wait();
}

void OverviewReader::load(quint64 ticket, const QString &bcId)
{
    auto *state = static_cast<OverviewReaderState *>(m_worker);
    QPointer<OverviewReader> self(this);
    QMetaObject::invokeMethod(
            state,
            [state, self, ticket, bcId] {
                OverviewData data;
                data.bcId = bcId;
                store::StoreError error;
                if (state->store) {
                    data = computeOverview(*state->store, bcId, &error);
                } else {
                    error = state->openError.isError()
                                    ? state->openError
                                    : store::StoreError(store::StoreError::Kind::CannotOpen,
                                                        u"the mirror was not opened"_s);
                }
                QMetaObject::invokeMethod(
                        self.data(),
                        [self, ticket, data = std::move(data), error] {
                            if (self)
                                Q_EMIT self->read(ticket, data, error);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

} // namespace bc::models
