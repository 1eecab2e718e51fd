#include "emulatorserver.h"

#include "emulatorlogging.h"
#include "requestid.h"
#include "returncode.h"
#include "worldgenerator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

const QString apiPrefix = u"/open_api/v1.3/"_s;

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

} // namespace

EmulatorServer::EmulatorServer(EmulatorConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_world(WorldGenerator::generate(m_config))
    , m_registry(EndpointRegistry::withAllEndpoints())
{ }

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

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    countRequest(request.url().path());
    send(request, socket, dispatch(request));
    return true; // every request is answered here, unknown paths included
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached while handleRequest() answers everything; kept to the same envelope anyway.
    send(request, socket, routeNotFound(u"Route not found."_s));
}

EmulatorReply EmulatorServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (!path.startsWith(apiPrefix))
        return routeNotFound(u"Route not found: "_s + path);

    const QString endpointPath = path.mid(apiPrefix.size());
    const Endpoint *endpoint = m_registry.find(endpointPath);
    if (!endpoint || !endpoint->handler)
        return routeNotFound(u"Route not found: "_s + path);

    if (endpoint->requiresAccessToken) {
        EmulatorReply authError = authenticate(request);
        if (authError.code != ReturnCode::Ok)
            return authError;
    }

    // TikTok's gateway routes on method and path together, so a known path with the wrong method
    // is just another unknown route: 40400, with a message that names the method.
    if (request.method() != endpoint->method) {
        return routeNotFound(u"Method "_s + methodName(request.method())
                             + u" is not supported for "_s + path + u"; use "_s
                             + methodName(endpoint->method) + u'.');
    }

    EmulatorRequest emulatorRequest;
    emulatorRequest.method = request.method();
    emulatorRequest.endpoint = endpointPath;
    emulatorRequest.query = decodedQuery(request);
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        emulatorRequest.headers.insert(name.toLower(), value);
    emulatorRequest.body = request.body();
    return endpoint->handler(m_world, emulatorRequest);
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
    if (token != m_config.accessToken) {
        return EmulatorReply::error(ReturnCode::AccessTokenInvalid,
                                    u"Access token is incorrect or has been revoked."_s);
    }
    return EmulatorReply::success({});
}

void EmulatorServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                          const EmulatorReply &reply)
{
    const QString requestId = RequestId::next();
    // Path only: the query may carry the access token.
    qCDebug(lcEmulator).noquote() << methodName(request.method()) << request.url().path() << "->"
                                  << reply.code << requestId;

    QHttpServerResponder responder = makeResponder(request, socket);
    if (reply.isRaw()) {
        responder.write(reply.rawBody, reply.rawContentType);
        return;
    }
    const QJsonObject envelope{
            {u"code"_s, reply.code},
            {u"message"_s, reply.message},
            {u"request_id"_s, requestId},
            {u"data"_s, reply.data},
    };
    responder.write(QJsonDocument(envelope).toJson(QJsonDocument::Compact),
                    QByteArrayLiteral("application/json"));
}

} // namespace bc::emulator
