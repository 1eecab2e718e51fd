#pragma once

#include "emulatorconfig.h"
#include "emulatorreply.h"
#include "emulatorstats.h"
#include "endpointregistry.h"
#include "world.h"

#include <QAbstractHttpServer>
#include <QMutex>
#include <QUrl>

namespace bc::emulator {

// A local TikTok Business API v1.3 server. Built on QAbstractHttpServer rather than QHttpServer so
// every path reaches our own routing (QHttpServer 6.4 answers unknown paths with a bare 404) and
// handlers can get at the socket for fault injection.
//
// Every answer is HTTP 200, Content-Type application/json, body
// {"code", "message", "request_id", "data"}. Lives on one thread; stats() may be read from any.
class EmulatorServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit EmulatorServer(EmulatorConfig config, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Listens on 127.0.0.1 only; port 0 = any free port. Returns the port, or 0 on failure
    // (errorString() says why).
    quint16 listenOnLoopback(quint16 port = 0);

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    // "http://127.0.0.1:PORT/open_api/"; empty before listenOnLoopback() succeeded.
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] const EmulatorConfig &config() const { return m_config; }
    [[nodiscard]] const World &world() const { return m_world; }
    [[nodiscard]] EmulatorStats stats() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    [[nodiscard]] EmulatorReply dispatch(const QHttpServerRequest &request);
    [[nodiscard]] EmulatorReply authenticate(const QHttpServerRequest &request) const;
    void countRequest(const QString &path);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const EmulatorReply &reply);

    EmulatorConfig m_config;
    World m_world;
    EndpointRegistry m_registry;
    quint16 m_port = 0;
    QString m_errorString;
    mutable QMutex m_statsMutex;
    EmulatorStats m_stats;
};

} // namespace bc::emulator
