#include "core/api/apiclient.h"

#include "core/api/apicall.h"
#include "core/api/businesscenterdecoder.h"
#include "core/api/listfetch.h"

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
{
    // Redirects are not part of the API; following one could leak the token to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

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
    networkRequest.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QStringLiteral("BCConsole/" BC_VERSION));
    networkRequest.setRawHeader("Accept", "application/json");
    if (!m_accessToken.isEmpty())
        networkRequest.setRawHeader("Access-Token", m_accessToken.toUtf8());
    return networkRequest;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    QNetworkRequest networkRequest = makeRequest(request);
    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_network->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = m_network->sendCustomRequest(
                networkRequest, request.method,
                QJsonDocument(request.body).toJson(QJsonDocument::Compact));
    }
    return new ApiCall(reply, request, this);
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
