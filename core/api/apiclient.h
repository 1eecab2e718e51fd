#pragma once

#include "core/api/apirequest.h"
#include "core/api/businesscenterquery.h"
#include "core/api/environment.h"
#include "core/api/result.h"
#include "core/domain/businesscenter.h"

#include <QList>
#include <QObject>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace bc::api {

class ApiCall;
class ListFetch;

// The console's one door to the TikTok API for one environment. Sets the Access-Token header and
// encodes requests in one place; offers one typed call per endpoint.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(Environment environment, QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] const Environment &environment() const { return m_environment; }

    // Kept in memory only; never logged.
    void setAccessToken(const QString &token);
    [[nodiscard]] bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    // How long a request may go without progress before it is abandoned as a timeout.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    // Sends one request. The call is a child of the client; delete it with deleteLater() once
    // finished() was emitted.
    ApiCall *send(const ApiRequest &request);

    // Reads every page of a list endpoint. The fetch is a child of the client; delete it with
    // deleteLater() once finished() was emitted. Not started: connect first, then start().
    ListFetch *fetchAll(const ApiRequest &request, const QString &listKey, int pageSize);

    using BusinessCentersHandler =
            std::function<void(const Result<QList<domain::BusinessCenter>> &result)>;

    // GET /bc/get/, every page. `done` runs once, in `context`'s thread, unless `context` is gone.
    // The returned fetch (started, deleted after `done`) reports progress and can be cancelled.
    ListFetch *fetchBusinessCenters(const BusinessCenterQuery &query, QObject *context,
                                    BusinessCentersHandler done);

private:
    [[nodiscard]] QNetworkRequest makeRequest(const ApiRequest &request) const;

    Environment m_environment;
    QString m_accessToken;
    std::chrono::milliseconds m_transferTimeout{30000};
    QNetworkAccessManager *m_network;
};

} // namespace bc::api
