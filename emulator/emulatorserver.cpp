#include "emulatorserver.h"

#include "connectionanswerqueue.h"
#include "emulatorlogging.h"
#include "handlers/portalauthhandler.h"
#include "requestid.h"
#include "returncode.h"
#include "wireanswer.h"
#include "worldgenerator.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

const QString apiPrefix = u"/open_api/v1.3/"_s;
// Outside /open_api/, so it can never collide with an API path; needs no token.
const QString statsPath = u"/__emulator/stats"_s;
// The stand-in for TikTok's consent page (reference §2.1); a browser page, not an API endpoint.
const QString portalAuthPath = u"/portal/auth"_s;

const QByteArray jsonContentType = QByteArrayLiteral("application/json");
const QByteArray htmlContentType = QByteArrayLiteral("text/html");

// Sandbox limits per endpoint (reference §1.8), whatever the app's tier.
constexpr int sandboxQps = 1;
constexpr int sandboxQpm = 30;

QString methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    case Method::Patch:
        return u"PATCH"_s;
    case Method::Connect:
        return u"CONNECT"_s;
    case Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

// Form decoding: a '+' in a query is a space (Python and Go clients encode spaces that way);
// a literal plus arrives as %2B and survives.
QUrlQuery decodedQuery(const QHttpServerRequest &request)
{
    QString raw = request.url().query(QUrl::FullyEncoded);
    raw.replace(u'+', u"%20"_s);
    return QUrlQuery(raw);
}

EmulatorReply routeNotFound(const QString &message)
{
    return EmulatorReply::error(ReturnCode::RouteNotFound, message);
}

// What a gateway in front of the API sends when the backend fails: HTML, not the envelope.
QByteArray gatewayErrorPage(int status, const char *reason)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reason;
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
           + "</h1></center>\r\n</body>\r\n</html>\r\n";
}

QByteArray envelopeJson(const EmulatorReply &reply, const QString &requestId)
{
    const QJsonObject envelope{
            {u"code"_s, reply.code},
            {u"message"_s, reply.message},
            {u"request_id"_s, requestId},
            {u"data"_s, reply.data},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

// The bytes for a reply, or for the fault served instead of it.
WireAnswer wireAnswer(const EmulatorReply &reply, std::optional<FaultKind> fault,
                      const QString &requestId)
{
    if (fault) {
        switch (*fault) {
        case FaultKind::SystemError50000:
            return WireAnswer::complete(
                    200, jsonContentType,
                    envelopeJson(EmulatorReply::error(ReturnCode::SystemError, u"System error."_s),
                                 requestId));
        case FaultKind::SystemTimeout50002:
            return WireAnswer::complete(200, jsonContentType,
                                        envelopeJson(EmulatorReply::error(ReturnCode::SystemTimeout,
                                                                          u"System timeout."_s),
                                                     requestId));
        case FaultKind::Http502Html:
            return WireAnswer::complete(502, htmlContentType, gatewayErrorPage(502, "Bad Gateway"));
        case FaultKind::Http504Html:
            return WireAnswer::complete(504, htmlContentType,
                                        gatewayErrorPage(504, "Gateway Timeout"));
        case FaultKind::Hang:
            return WireAnswer::hang();
        case FaultKind::TruncatedJson:
        case FaultKind::CloseMidBody:
            break; // the real answer, cut below
        }
    }

    // Only raw answers (files, the consent page's redirect) carry their own status and headers;
    // the API's envelope is always HTTP 200.
    const bool raw = reply.isRaw();
    const QByteArray body = raw ? reply.rawBody : envelopeJson(reply, requestId);
    const QByteArray contentType = raw ? reply.rawContentType : jsonContentType;
    const int status = raw ? reply.httpStatus : 200;
    const WireAnswer::Headers headers = raw ? reply.extraHeaders : WireAnswer::Headers{};
    if (fault == FaultKind::TruncatedJson)
        return WireAnswer::complete(status, contentType, body.left(body.size() / 2), headers);
    if (fault == FaultKind::CloseMidBody)
        return WireAnswer::cutMidBody(status, contentType, body, headers);
    return WireAnswer::complete(status, contentType, body, headers);
}

// Faults that replace the answer outright; the others cut the real answer, so its handler runs
// (a write happens although the client never sees it complete, as with a real lost answer).
bool faultSkipsHandler(FaultKind kind)
{
    return kind != FaultKind::TruncatedJson && kind != FaultKind::CloseMidBody;
}

QString endpointPathOf(const QString &path)
{
    return path.startsWith(apiPrefix) ? path.mid(apiPrefix.size()) : path;
}

EmulatorRequest toEmulatorRequest(const QHttpServerRequest &request, const QString &endpointPath)
{
    EmulatorRequest emulatorRequest;
    emulatorRequest.method = request.method();
    emulatorRequest.endpoint = endpointPath;
    emulatorRequest.query = decodedQuery(request);
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        emulatorRequest.headers.insert(name.toLower(), value);
    emulatorRequest.body = request.body();
    return emulatorRequest;
}

} // namespace

EmulatorServer::EmulatorServer(EmulatorConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_world(WorldGenerator::generate(m_config))
    , m_registry(EndpointRegistry::withAllEndpoints())
    , m_appLimiter(m_config.qps, m_config.qpm)
    , m_sandboxLimiter(sandboxQps, sandboxQpm)
    , m_faults(m_config.seed, m_config.faultRate)
    , m_latencyRandom(quint64(m_config.seed) ^ 0x1A7E2C7ULL) // salted: apart from other draws
{
    m_uptime.start();
}

EmulatorServer::~EmulatorServer() = default;

quint16 EmulatorServer::listenOnLoopback(quint16 port)
{
    // Our own QTcpServer instead of listen(): its errorString() tells "address in use" apart.
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    m_errorString.clear();
    return m_port;
}

QUrl EmulatorServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(u"/open_api/"_s);
    return url;
}

EmulatorStats EmulatorServer::stats() const
{
    QMutexLocker locker(&m_statsMutex);
    return m_stats;
}

void EmulatorServer::countRequest(const QString &path)
{
    QMutexLocker locker(&m_statsMutex);
    ++m_stats.totalRequests;
    ++m_stats.requestsByPath[path];
}

void EmulatorServer::countRateLimited(const QString &path)
{
    QMutexLocker locker(&m_statsMutex);
    ++m_stats.rateLimitedRequests;
    ++m_stats.rateLimitedByPath[path];
}

void EmulatorServer::countFault(const QString &path, FaultKind kind)
{
    QMutexLocker locker(&m_statsMutex);
    ++m_stats.faultsServed;
    ++m_stats.faultsByKind[kind];
    ++m_stats.faultsByPath[path];
}

void EmulatorServer::injectFault(const QString &endpointPath, FaultKind kind, int times)
{
    QMutexLocker locker(&m_faultMutex);
    m_faults.inject(endpointPathOf(endpointPath), kind, times);
}

void EmulatorServer::clearFaults()
{
    QMutexLocker locker(&m_faultMutex);
    m_faults.clear();
}

std::optional<FaultKind> EmulatorServer::takeFault(const QString &endpointPath)
{
    QMutexLocker locker(&m_faultMutex);
    return m_faults.take(endpointPath);
}

void EmulatorServer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void EmulatorServer::addEndpoint(const QString &endpointPath, Endpoint endpoint)
{
    m_registry.add(endpointPathOf(endpointPath), std::move(endpoint));
}

int EmulatorServer::pendingAnswerCount() const
{
    int count = 0;
    const auto queues = findChildren<ConnectionAnswerQueue *>();
    for (const ConnectionAnswerQueue *queue : queues)
        count += static_cast<int>(queue->pendingCount());
    return count;
}

QStringList EmulatorServer::sandboxUnsupportedEndpoints()
{
    return {u"oauth2/advertiser/get/"_s, u"advertiser/info/"_s};
}

bool EmulatorServer::admit(const QString &endpointPath)
{
    const qint64 now = m_clock ? m_clock() : m_uptime.elapsed();
    // Sandbox: each endpoint has its own small bucket instead of the app's tier.
    if (m_config.sandbox)
        return m_sandboxLimiter.tryAcquire(endpointPath, now);
    return m_appLimiter.tryAcquire(m_config.appId, now);
}

int EmulatorServer::nextLatencyMs()
{
    int delay = m_config.latencyMs;
    if (m_config.latencyJitterMs > 0) {
        const auto spread = static_cast<quint64>(m_config.latencyJitterMs) * 2 + 1;
        delay += static_cast<int>(m_latencyRandom.bounded(spread)) - m_config.latencyJitterMs;
    }
    return std::max(delay, 0);
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A client may still send on a connection that hung or is closing (QNetworkAccessManager does
    // when it took a cut body as complete). Those requests are lost, as on a real dead connection:
    // not counted, and drawing no fault, so the random fault sequence stays the same.
    if (!ConnectionAnswerQueue::takesRequests(socket))
        return true;
    if (request.method() == QHttpServerRequest::Method::Get
        && (request.url().path() == statsPath || request.url().path() == statsPath + u'/')) {
        sendStats(socket); // not counted, so reading the stats does not change them
        return true;
    }
    countRequest(request.url().path());
    send(request, socket, dispatch(request));
    return true; // every request is answered here, unknown paths included
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached while handleRequest() answers everything; kept to the same envelope anyway.
    send(request, socket, {routeNotFound(u"Route not found."_s), std::nullopt});
}

EmulatorServer::Outcome EmulatorServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    // The consent page is the web site's, not the API's: no token, no rate limit, no faults.
    if ((path == portalAuthPath || path == portalAuthPath + u'/')
        && request.method() == QHttpServerRequest::Method::Get) {
        return {handlePortalAuth(m_world, toEmulatorRequest(request, path)), std::nullopt};
    }
    if (!path.startsWith(apiPrefix))
        return {routeNotFound(u"Route not found: "_s + path), std::nullopt};

    const QString endpointPath = path.mid(apiPrefix.size());
    const Endpoint *endpoint = m_registry.find(endpointPath);
    if (!endpoint || !endpoint->handler)
        return {routeNotFound(u"Route not found: "_s + path), std::nullopt};

    // The sandbox host does not serve these at all, whoever asks (reference §1.8).
    if (m_config.sandbox && sandboxUnsupportedEndpoints().contains(endpointPath)) {
        return {EmulatorReply::error(ReturnCode::UnsupportedInSandbox,
                                     u"Unsupported in sandbox: "_s + path),
                std::nullopt};
    }

    // Throttling before the token check: the gateway counts every call the app makes (all its
    // tokens share the bucket, reference §1.7), and the emulator serves one app.
    if (!admit(endpointPath)) {
        countRateLimited(path);
        return {EmulatorReply::error(ReturnCode::TooManyRequests, u"Too many requests"_s),
                std::nullopt};
    }

    if (endpoint->requiresAccessToken) {
        EmulatorReply authError = authenticate(request);
        if (authError.code != ReturnCode::Ok)
            return {authError, std::nullopt};
    }

    // TikTok's gateway routes on method and path together, so a known path with the wrong method
    // is just another unknown route: 40400, with a message that names the method.
    if (request.method() != endpoint->method) {
        return {routeNotFound(u"Method "_s + methodName(request.method())
                              + u" is not supported for "_s + path + u"; use "_s
                              + methodName(endpoint->method) + u'.'),
                std::nullopt};
    }

    // Faults hit requests that would otherwise reach the handler, so a test's injected fault is
    // not used up by a request that fails for another reason.
    const std::optional<FaultKind> fault = takeFault(endpointPath);
    if (fault) {
        countFault(path, *fault);
        if (faultSkipsHandler(*fault))
            return {EmulatorReply{}, fault};
    }

    return {endpoint->handler(m_world, toEmulatorRequest(request, endpointPath)), fault};
}

EmulatorReply EmulatorServer::authenticate(const QHttpServerRequest &request) const
{
    QString token;
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (name.compare("access-token", Qt::CaseInsensitive) == 0) {
            token = QString::fromUtf8(value);
            break;
        }
    }
    // The official specs declare Access-Token as a query parameter (reference §1.2).
    if (token.isEmpty())
        token = decodedQuery(request).queryItemValue(u"Access-Token"_s, QUrl::FullyDecoded);

    if (token.isEmpty())
        return EmulatorReply::error(ReturnCode::AccessTokenEmpty, u"Access token is null"_s);
    // The world knows every valid token: the configured one and those issued through OAuth.
    if (!m_world.acceptsAccessToken(token)) {
        return EmulatorReply::error(ReturnCode::AccessTokenInvalid,
                                    u"Access token is incorrect or has been revoked."_s);
    }
    return EmulatorReply::success({});
}

void EmulatorServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                          const Outcome &outcome)
{
    const QString requestId = RequestId::next();
    // Path only: the query may carry the access token.
    if (outcome.fault) {
        qCDebug(lcEmulator).noquote() << methodName(request.method()) << request.url().path()
                                      << "-> fault" << faultKindName(*outcome.fault) << requestId;
    } else {
        qCDebug(lcEmulator).noquote() << methodName(request.method()) << request.url().path()
                                      << "->" << outcome.reply.code << requestId;
    }
    ConnectionAnswerQueue::of(socket)->enqueue(wireAnswer(outcome.reply, outcome.fault, requestId),
                                               nextLatencyMs());
}

void EmulatorServer::sendStats(QTcpSocket *socket)
{
    const QByteArray body = QJsonDocument(stats().toJson()).toJson(QJsonDocument::Compact);
    // Through the queue, so it still comes after earlier answers on the same connection.
    ConnectionAnswerQueue::of(socket)->enqueue(WireAnswer::complete(200, jsonContentType, body), 0);
}

} // namespace bc::emulator
