#include "core/api/listfetch.h"

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::api {

std::optional<PageInfo> readPageInfo(const QJsonObject &data)
{
    const QJsonValue value = data.value("page_info"_L1);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    PageInfo info;
    info.page = static_cast<int>(json::integer(object.value("page"_L1)).value_or(0));
    info.pageSize = static_cast<int>(json::integer(object.value("page_size"_L1)).value_or(0));
    info.totalNumber = static_cast<int>(json::integer(object.value("total_number"_L1)).value_or(0));
    const auto totalPage = json::integer(object.value("total_page"_L1));
    if (totalPage) {
        info.totalPage = static_cast<int>(*totalPage);
    } else if (info.pageSize > 0) {
        info.totalPage = (info.totalNumber + info.pageSize - 1) / info.pageSize;
    }
    return info;
}

ListFetch::ListFetch(ApiClient *client, ApiRequest request, QString listKey, int pageSize,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_listKey(std::move(listKey))
    , m_pageSize(pageSize)
{
    m_request.setQuery(u"page_size"_s, QString::number(m_pageSize));
}

ListFetch::~ListFetch()
{
    abortCalls();
}

void ListFetch::start()
{
    requestPage(1);
}

void ListFetch::cancel()
{
    if (m_finished)
        return;
    abortCalls();
    fail(ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0});
}

void ListFetch::abortCalls()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (!call)
            continue;
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
}

void ListFetch::requestPage(int page)
{
    ApiRequest request = m_request;
    request.setQuery(u"page"_s, QString::number(page));
    ++m_requestCount;
    ApiCall *call = m_client->send(request);
    m_calls.insert(page, call);
    connect(call, &ApiCall::finished, this, [this, call, page] { onPageFinished(call, page); });
}

void ListFetch::onPageFinished(ApiCall *call, int page)
{
    call->deleteLater();
    if (m_finished || m_calls.value(page) != call)
        return; // from a round that was abandoned
    m_calls.remove(page);

    const Result<Envelope> &result = call->result();
    if (!result.ok()) {
        abortCalls();
        fail(result.error());
        return;
    }
    const QJsonObject &data = result.value().data;
    const std::optional<PageInfo> info = readPageInfo(data);

    if (page == 1) {
        if (!data.value(m_listKey).isArray()) {
            for (const QString &key : std::as_const(m_alternativeKeys)) {
                if (data.value(key).isArray()) {
                    m_listKey = key;
                    break;
                }
            }
        }
        // The first page sets what the others must agree with.
        m_expectedTotal = info ? std::optional<int>(info->totalNumber) : std::nullopt;
        // Without page_info the answer is the whole list.
        m_pagesTotal = info ? std::max(info->totalPage, 1) : 1;
        for (int next = 2; next <= m_pagesTotal; ++next)
            requestPage(next);
    } else if (info && m_expectedTotal && *m_expectedTotal != info->totalNumber) {
        restart(result.value().requestId);
        return;
    }

    const QJsonArray list = data.value(m_listKey).toArray(); // missing or null: no items
    QList<QJsonObject> items;
    items.reserve(list.size());
    for (const QJsonValue &item : list) {
        if (item.isObject())
            items.append(item.toObject());
    }
    acceptPage(page, std::move(items));
}

void ListFetch::acceptPage(int page, QList<QJsonObject> items)
{
    m_arrived.emplace(page, std::move(items));
    deliverInOrder();
    if (m_nextToDeliver > m_pagesTotal)
        complete();
}

void ListFetch::deliverInOrder()
{
    for (auto it = m_arrived.find(m_nextToDeliver); it != m_arrived.end();
         it = m_arrived.find(m_nextToDeliver)) {
        const QList<QJsonObject> items = std::move(it->second);
        m_arrived.erase(it);
        m_items.append(items);
        ++m_pagesDone;
        const int page = m_nextToDeliver++;
        Q_EMIT pageReceived(page, items);
        Q_EMIT progress(m_pagesDone, m_pagesTotal);
    }
}

void ListFetch::restart(const QString &requestId)
{
    abortCalls();
    if (m_restarts >= maxRestarts) {
        fail(ApiError{ApiError::Kind::Other, 0,
                      ApiError::tr("the list kept changing while it was read"), requestId, 0});
        return;
    }
    ++m_restarts;
    m_arrived.clear();
    m_items.clear();
    m_expectedTotal.reset();
    m_nextToDeliver = 1;
    m_pagesDone = 0;
    m_pagesTotal = 0;
    Q_EMIT restarted();
    requestPage(1);
}

void ListFetch::fail(ApiError error)
{
    m_error = std::move(error);
    complete();
}

void ListFetch::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace bc::api
