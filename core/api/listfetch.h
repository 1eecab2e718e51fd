#pragma once

#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/pageinfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <map>
#include <optional>

namespace bc::api {

class ApiCall;
class ApiClient;

// Reads every page of a paged list endpoint. Page 1 comes first (it tells how many pages there
// are); the rest are requested at once and go out as fast as the app's budget allows. Pages are
// delivered in order as they arrive, so a view can fill progressively. A list whose total changes
// while it is being read is read again from page 1, so that no row is missed or counted twice.
// Emits finished() exactly once.
class ListFetch final : public QObject
{
    Q_OBJECT

public:
    ListFetch(ApiClient *client, ApiRequest request, QString listKey, int pageSize,
              QObject *parent = nullptr);
    ~ListFetch() override;

    // Names the rows may come under instead of listKey (⚠ variants); the first one that holds
    // an array on page 1 is used for every page. Call before start().
    void setAlternativeListKeys(QStringList keys) { m_alternativeKeys = std::move(keys); }
    // The key the rows were found under (listKey until page 1 says otherwise).
    [[nodiscard]] QString listKey() const { return m_listKey; }

    void start();
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const std::optional<ApiError> &error() const { return m_error; }
    [[nodiscard]] const QList<QJsonObject> &items() const { return m_items; }
    [[nodiscard]] int pagesDone() const { return m_pagesDone; }
    [[nodiscard]] int pagesTotal() const { return m_pagesTotal; }
    // HTTP pages asked for (a re-read list counts its pages again); retries not included.
    [[nodiscard]] int requestCount() const { return m_requestCount; }
    // total_number of the list as last seen.
    [[nodiscard]] int totalNumber() const { return m_expectedTotal.value_or(0); }

    // How often a changing list is read again before giving up.
    static constexpr int maxRestarts = 3;

Q_SIGNALS:
    void pageReceived(int page, const QList<QJsonObject> &items);
    void progress(int pagesDone, int pagesTotal);
    // The list changed while it was read; items received so far were dropped.
    void restarted();
    void finished();

private:
    void requestPage(int page);
    void onPageFinished(ApiCall *call, int page);
    void acceptPage(int page, QList<QJsonObject> items);
    void deliverInOrder();
    void restart(const QString &requestId);
    void abortCalls();
    void fail(ApiError error);
    void complete();

    ApiClient *m_client;
    ApiRequest m_request;
    QString m_listKey;
    QStringList m_alternativeKeys;
    int m_pageSize;
    QHash<int, QPointer<ApiCall>> m_calls;       // pages in flight
    std::map<int, QList<QJsonObject>> m_arrived; // pages that came before an earlier one
    QList<QJsonObject> m_items;
    std::optional<int> m_expectedTotal;
    std::optional<ApiError> m_error;
    int m_nextToDeliver = 1;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    int m_requestCount = 0;
    int m_restarts = 0;
    bool m_finished = false;
};

// `data.page_info` read tolerantly; nothing when the answer has none.
[[nodiscard]] std::optional<PageInfo> readPageInfo(const QJsonObject &data);

} // namespace bc::api
