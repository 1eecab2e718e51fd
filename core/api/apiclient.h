#pragma once

#include "core/api/activitylog.h"
#include "core/api/apirequest.h"
#include "core/api/businesscenterquery.h"
#include "core/api/environment.h"
#include "core/api/requestscheduler.h"
#include "core/api/result.h"
#include "core/api/retrypolicy.h"
#include "core/domain/businesscenter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace bc::api {

class ApiCall;
class ListFetch;

// The console's one door to the TikTok API for one environment. Sets the Access-Token header and
// encodes requests in one place; sends them through the app's RequestScheduler, retries them as
// its RetryPolicy says, and records each in its ActivityLog. Typed calls per endpoint family live
// in core/api/endpoints/ and are built on send() and fetchAll().
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
    [[nodiscard]] std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    // The budget this client's requests wait in. Its own by default; clients of the same app
    // share one by passing it here (not owned; it must outlive the client's calls).
    [[nodiscard]] RequestScheduler *scheduler() const { return m_scheduler; }
    void setScheduler(RequestScheduler *scheduler);

    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // For tests: repeatable retry jitter.
    void setJitterSeed(quint32 seed) { m_jitter.seed(seed); }
    [[nodiscard]] double nextJitter() { return m_jitter.generateDouble(); }

    // Every finished call of this client, redacted. Its own by default; share one with
    // setActivityLog() (not owned).
    [[nodiscard]] ActivityLog *activityLog() const { return m_activityLog; }
    void setActivityLog(ActivityLog *log);

    // Sends one request (queued behind the budget, retried as the policy says). The call is a
    // child of the client; delete it with deleteLater() once finished() was emitted.
    ApiCall *send(const ApiRequest &request);

    // One HTTP exchange for `request`, now, outside the budget: ApiCall uses this when its turn
    // comes. Returns nullptr when the request cannot be built or the environment breaks the
    // transport rules (Environment::transportProblem()). Redirects are never followed.
    [[nodiscard]] QNetworkReply *transmit(const ApiRequest &request);

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
    RequestScheduler *m_ownScheduler;
    QPointer<RequestScheduler> m_scheduler;
    ActivityLog *m_ownActivityLog;
    QPointer<ActivityLog> m_activityLog;
    RetryPolicy m_retryPolicy;
    QRandomGenerator m_jitter;
};

} // namespace bc::api
