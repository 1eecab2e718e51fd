#pragma once

#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/pageinfo.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace bc::api {

class ApiCall;
class ApiClient;

// Reads every page of a paged list endpoint, in order, and keeps the items.
// A list whose total changes while it is being read is read again from page 1, so that no row is
// missed or counted twice. Emits finished() exactly once.
class ListFetch final : public QObject
{
    Q_OBJECT

public:
    ListFetch(ApiClient *client, ApiRequest request, QString listKey, int pageSize,
              QObject *parent = nullptr);

    void start();
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const std::optional<ApiError> &error() const { return m_error; }
    [[nodiscard]] const QList<QJsonObject> &items() const { return m_items; }
    [[nodiscard]] int pagesDone() const { return m_pagesDone; }
    [[nodiscard]] int pagesTotal() const { return m_pagesTotal; }
    [[nodiscard]] int requestCount() const { return m_requestCount; }

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
    void onPageFinished();
    void fail(ApiError error);
    void complete();

    ApiClient *m_client;
    ApiRequest m_request;
    QString m_listKey;
    int m_pageSize;
    QPointer<ApiCall> m_call;
    QList<QJsonObject> m_items;
    std::optional<int> m_expectedTotal;
    std::optional<ApiError> m_error;
    int m_currentPage = 0;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    int m_requestCount = 0;
    int m_restarts = 0;
    bool m_finished = false;
};

// `data.page_info` read tolerantly; nothing when the answer has none.
[[nodiscard]] std::optional<PageInfo> readPageInfo(const QJsonObject &data);

} // namespace bc::api
