#include "emulatorhost.h"

#include "emulatorserver.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace bc::emulator {

EmulatorHost::EmulatorHost(EmulatorConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

EmulatorHost::~EmulatorHost()
{
    stop();
}

bool EmulatorHost::start(quint16 port)
{
    if (m_thread)
        return true;

    m_thread = new QThread;
    m_thread->setObjectName(u"bc-emulator"_s);
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    m_thread->start();

    quint16 listeningPort = 0;
    // Blocking: the caller gets a listening server or a clear failure, never a race.
    QMetaObject::invokeMethod(
            m_threadContext,
            [this, port, &listeningPort] {
                m_server = new EmulatorServer(m_config);
                listeningPort = m_server->listenOnLoopback(port);
                if (listeningPort == 0)
                    m_errorString = m_server->errorString();
                else
                    m_baseUrl = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);

    if (listeningPort == 0) {
        stop();
        return false;
    }
    m_errorString.clear();
    return true;
}

EmulatorStats EmulatorHost::stats() const
{
    // m_server only changes inside start() and stop(), which block this thread meanwhile, and
    // EmulatorServer::stats() locks its own mutex.
    return m_server ? m_server->stats() : EmulatorStats{};
}

void EmulatorHost::injectFault(const QString &endpointPath, FaultKind kind, int times)
{
    // As with stats(): m_server is stable here, and the server locks its fault state itself.
    if (m_server)
        m_server->injectFault(endpointPath, kind, times);
}

void EmulatorHost::clearFaults()
{
    if (m_server)
        m_server->clearFaults();
}

void EmulatorHost::stop()
{
    if (!m_thread)
        return;
    // Sockets and the server must die on the thread that owns them.
    QMetaObject::invokeMethod(
            m_threadContext,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    // The thread has finished, so nothing runs on these objects any more.
    delete m_threadContext;
    m_threadContext = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_baseUrl.clear();
}

} // namespace bc::emulator
