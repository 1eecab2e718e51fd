#include "core/store/mirrorwriter.h"

#include <QPointer>

#include <memory>

namespace bc::store {

namespace {

// The worker-side state: lives on the writer's thread and is only touched there.
class WriterState final : public QObject
{
public:
    std::unique_ptr<MirrorStore> store;
    StoreError openError;
};

} // namespace

MirrorWriter::MirrorWriter(StoreLocation location, StoreIdentity identity, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_identity(std::move(identity))
{
    m_thread.setObjectName(QStringLiteral("bc.store.writer"));
    m_worker = new WriterState;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

MirrorWriter::~MirrorWriter()
{
    if (m_started) {
        // Queued after every submitted write: those finish first, then the store closes on its
        // own thread (Qt Sql connections must be closed where they were opened) and the worker
        // ends its own event loop. (quit() from here could end the loop while writes are still
        // queued: the loop does not run events posted while it was busy before it checks for
        // quit, and those would be lost.)
        auto *state = static_cast<WriterState *>(m_worker);
        QMetaObject::invokeMethod(
                state,
                [state] {
                    state->store.reset();
                    QThread::currentThread()->quit();
                },
                Qt::QueuedConnection);
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void MirrorWriter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    auto *state = static_cast<WriterState *>(m_worker);
    QPointer<MirrorWriter> self(this);
    QMetaObject::invokeMethod(
            state,
            [state, self, location = m_location, identity = m_identity] {
                OpenReport report;
                StoreError error;
                state->store = MirrorStore::open(location, identity, &error, &report);
                state->openError = error;
                QMetaObject::invokeMethod(
                        self.data(),
                        [self, error, report] {
                            if (self)
                                Q_EMIT self->opened(error, report);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

quint64 MirrorWriter::submit(ListWrite write)
{
    start(); // the opening is queued first
    const quint64 ticket = ++m_lastTicket;
    ++m_pending;
    auto *state = static_cast<WriterState *>(m_worker);
    QPointer<MirrorWriter> self(this);
    QMetaObject::invokeMethod(
            state,
            [state, self, ticket, write = std::move(write)] {
                ListWriteResult result;
                if (state->store) {
                    result = state->store->write(write);
                } else {
                    result.error =
                            state->openError.isError()
                                    ? state->openError
                                    : StoreError(StoreError::Kind::CannotOpen,
                                                 QStringLiteral("the mirror was not opened"));
                }
                QMetaObject::invokeMethod(
                        self.data(),
                        [self, ticket, result] {
                            if (!self)
                                return;
                            --self->m_pending;
                            Q_EMIT self->written(ticket, result);
                            if (self && self->m_pending == 0)
                                Q_EMIT self->idle();
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return ticket;
}

} // namespace bc::store
