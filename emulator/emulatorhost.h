#pragma once

#include "emulatorconfig.h"
#include "emulatorstats.h"
#include "faultkind.h"

#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace bc::emulator {

class EmulatorServer;

// Runs an EmulatorServer on its own thread, so the thread that owns the host (the GUI) never
// serves HTTP. The server is created, used and destroyed on that thread only.
class EmulatorHost final : public QObject
{
    Q_OBJECT

public:
    explicit EmulatorHost(EmulatorConfig config, QObject *parent = nullptr);
    ~EmulatorHost() override; // stops and joins

    // Starts the thread and the server on 127.0.0.1:port (0 = any free port); blocks until it
    // listens. False (and everything stopped again) when it cannot listen; see errorString().
    bool start(quint16 port = 0);
    // Destroys the server on its thread and joins the thread. Safe to call twice.
    void stop();

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    // "http://127.0.0.1:PORT/open_api/" while running, else empty.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    // The running server's counters (empty when stopped); safe from the owner's thread.
    [[nodiscard]] EmulatorStats stats() const;

    // EmulatorServer's fault control, for tests of the app against a threaded emulator; safe from
    // the owner's thread. No-ops while stopped, and a restart starts without injected faults.
    void injectFault(const QString &endpointPath, FaultKind kind, int times = 1);
    void clearFaults();

private:
    EmulatorConfig m_config;
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr; // lives on m_thread; runs work there
    EmulatorServer *m_server = nullptr; // lives on m_thread
    QUrl m_baseUrl;
    QString m_errorString;
};

} // namespace bc::emulator
