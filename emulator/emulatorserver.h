#pragma once

#include "emulatorconfig.h"
#include "emulatorreply.h"
#include "emulatorstats.h"
#include "endpointregistry.h"
#include "faultinjector.h"
#include "faultkind.h"
#include "ratelimiter.h"
#include "world.h"
#include "world/seededrandom.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QMutex>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace bc::emulator {

// A local TikTok Business API v1.3 server. Built on QAbstractHttpServer rather than QHttpServer so
// every path reaches our own routing (QHttpServer 6.4 answers unknown paths with a bare 404) and
// it writes answers to the socket itself: delayed (latency), cut short or never (faults).
//
// Every answer is HTTP 200, Content-Type application/json, body
// {"code", "message", "request_id", "data"}, except the deliberate HTTP 502/504 faults and
// GET /__emulator/stats. Lives on one thread; stats(), injectFault() and clearFaults() may be
// called from any. See README.md for the order of checks.
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
    // For tests and in-process set-up, on the server's thread only: move the clock, issue auth
    // codes or tokens as the consent page would.
    [[nodiscard]] World &mutableWorld() { return m_world; }
    [[nodiscard]] EmulatorStats stats() const;

    // The next `times` requests to endpointPath that pass routing, the rate limit, auth and the
    // method check get `kind` instead of their answer; times < 0: every one until clearFaults().
    // endpointPath is below /open_api/v1.3/ ("bc/get/"); the full URL path works too.
    void injectFault(const QString &endpointPath, FaultKind kind, int times = 1);
    // Drops the injected faults (the random faultRate stays).
    void clearFaults();

    // Milliseconds on a monotonic clock, as the rate limiter reads time.
    using Clock = std::function<qint64()>;
    // For tests, on the server's thread: drive the rate-limit windows without waiting. An empty
    // function restores the real clock.
    void setClock(Clock clock);
    // For tests and extensions, on the server's thread: registers or replaces an endpoint.
    void addEndpoint(const QString &endpointPath, Endpoint endpoint);
    // Answers still owed on open connections (delayed ones and hangs); on the server's thread.
    [[nodiscard]] int pendingAnswerCount() const;

    // Endpoints the sandbox lacks (reference §1.8); they answer 40009 in sandbox mode.
    [[nodiscard]] static QStringList sandboxUnsupportedEndpoints();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // What a request gets: the handler's (or an error's) reply, or a fault instead.
    struct Outcome
    {
        EmulatorReply reply;
        std::optional<FaultKind> fault;
    };

    [[nodiscard]] Outcome dispatch(const QHttpServerRequest &request);
    [[nodiscard]] EmulatorReply authenticate(const QHttpServerRequest &request) const;
    // Counts the request in the app's bucket (or the endpoint's, in sandbox mode) if it fits.
    [[nodiscard]] bool admit(const QString &endpointPath);
    [[nodiscard]] std::optional<FaultKind> takeFault(const QString &endpointPath);
    [[nodiscard]] int nextLatencyMs();
    void countRequest(const QString &path);
    void countRateLimited(const QString &path);
    void countFault(const QString &path, FaultKind kind);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Outcome &outcome);
    void sendStats(QTcpSocket *socket);

    EmulatorConfig m_config;
    World m_world;
    EndpointRegistry m_registry;
    quint16 m_port = 0;
    QString m_errorString;
    mutable QMutex m_statsMutex;
    EmulatorStats m_stats;

    RateLimiter m_appLimiter;     // per app: config qps/qpm
    RateLimiter m_sandboxLimiter; // per endpoint in sandbox mode: 1 QPS / 30 QPM
    Clock m_clock;                // empty: m_uptime
    QElapsedTimer m_uptime;
    mutable QMutex m_faultMutex;
    FaultInjector m_faults;
    SeededRandom m_latencyRandom; // jitter, drawn from the seed so runs repeat
};

} // namespace bc::emulator
