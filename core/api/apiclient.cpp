#include "core/api/apiclient.h"

#include "core/api/apicall.h"
#include "core/api/businesscenterdecoder.h"
#include "core/api/listfetch.h"
#include "core/api/logging.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace bc::api {

ApiClient::ApiClient(Environment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_network(new QNetworkAccessManager(this))
    , m_ownScheduler(new RequestScheduler(m_environment.kind() == EnvironmentKind::Sandbox
                                                  ? RequestScheduler::Limits{.sandbox = true}
                                                  : RequestScheduler::Limits{},
                                          this))
    , m_scheduler(m_ownScheduler)
    , m_ownActivityLog(new ActivityLog(5000, this))
    , m_activityLog(m_ownActivityLog)
    , m_jitter(QRandomGenerator::securelySeeded())
{
    // Redirects are not part of the API; following one could leak the token to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ApiClient::setScheduler(RequestScheduler *scheduler)
{
    m_scheduler = scheduler ? scheduler : m_ownScheduler;
}

void ApiClient::setActivityLog(ActivityLog *log)
{
    m_activityLog = log ? log : m_ownActivityLog;
}

ApiClient::~ApiClient()
{
    // Calls still running hold replies of m_network: end them while the manager still exists
    // (children are otherwise deleted in creation order, the manager first).
    qDeleteAll(findChildren<ListFetch *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
}

void ApiClient::setAccessToken(const QString &token)
{
    m_accessToken = token;
}

QNetworkRequest ApiClient::makeRequest(const ApiRequest &request) const
{
    QUrl url = m_environment.endpointUrl(request.path);
    if (!request.query.isEmpty())
        url.setQuery(QString::fromLatin1(request.encodedQuery()), QUrl::StrictMode);

    QNetworkRequest networkRequest(url);
    // Per request too, so that no manager-wide default can ever make a redirect carry the
    // Access-Token (or a secret in the body) to another host.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setTransferTimeout(
            static_cast<int>(request.transferTimeout.value_or(m_transferTimeout).count()));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QStringLiteral("BCConsole/" BC_VERSION));
    networkRequest.setRawHeader("Accept", request.downloadPath.isEmpty()
                                                  ? QByteArrayLiteral("application/json")
                                                  : QByteArrayLiteral("*/*"));
    if (!m_accessToken.isEmpty())
        networkRequest.setRawHeader("Access-Token", m_accessToken.toUtf8());
    return networkRequest;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request, this);
    call->start();
    return call;
}

QNetworkReply *ApiClient::transmit(const ApiRequest &request)
{
    // The token and secrets go nowhere the transport rules forbid (plain http off loopback).
    if (const QString problem = m_environment.transportProblem(); !problem.isEmpty()) {
        qCWarning(lcApi) << "request refused:" << problem;
        return nullptr;
    }
    QNetworkRequest networkRequest = makeRequest(request);
    if (request.method == "GET")
        return m_network->get(networkRequest);
    if (!request.formParts.isEmpty()) {
        auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const FormPart &field : request.formParts) {
            QHttpPart part;
            QString disposition = u"form-data; name=\""_s + field.name + u'"';
            if (!field.fileName.isEmpty()) {
                disposition += u"; filename=\""_s + field.fileName + u'"';
                part.setHeader(QNetworkRequest::ContentTypeHeader,
                               QString::fromLatin1(field.mimeType.isEmpty() ? QByteArrayLiteral(
                                                           "application/octet-stream")
                                                                            : field.mimeType));
            }
            part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
            part.setBody(field.data);
            multiPart->append(part);
        }
        QNetworkReply *reply =
                m_network->sendCustomRequest(networkRequest, request.method, multiPart);
        multiPart->setParent(reply); // lives as long as the upload
        return reply;
    }
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return m_network->sendCustomRequest(networkRequest, request.method,
                                        QJsonDocument(request.body).toJson(QJsonDocument::Compact));
}

ListFetch *ApiClient::fetchAll(const ApiRequest &request, const QString &listKey, int pageSize)
{
    return new ListFetch(this, request, listKey, pageSize, this);
}

ListFetch *ApiClient::fetchBusinessCenters(const BusinessCenterQuery &query, QObject *context,
                                           BusinessCentersHandler done)
{
    ApiRequest request = ApiRequest::get(u"bc/get/"_s);
    if (!query.bcId.isEmpty())
        request.addQuery(u"bc_id"_s, query.bcId);
    if (!query.keyword.isEmpty())
        request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, query.keyword}});

    ListFetch *fetch = fetchAll(request, u"list"_s, query.pageSize);
    connect(fetch, &ListFetch::finished, context, [fetch, done = std::move(done)] {
        fetch->deleteLater();
        if (fetch->error()) {
            done(*fetch->error());
            return;
        }
        QList<domain::BusinessCenter> centers;
        centers.reserve(fetch->items().size());
        for (const QJsonObject &item : fetch->items())
            centers.append(BusinessCenterDecoder::decode(item));
        done(centers);
    });
    fetch->start();
    return fetch;
}

} // namespace bc::api
