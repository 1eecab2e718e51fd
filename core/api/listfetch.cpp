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

void ListFetch::start()
{
    requestPage(1);
}

void ListFetch::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
    }
    fail(ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0});
}

void ListFetch::requestPage(int page)
{
    m_currentPage = page;
    m_request.setQuery(u"page"_s, QString::number(page));
    ++m_requestCount;
    m_call = m_client->send(m_request);
    connect(m_call, &ApiCall::finished, this, &ListFetch::onPageFinished);
}

void ListFetch::onPageFinished()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (m_finished)
        return;

    const Result<Envelope> &result = call->result();
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    const QJsonObject &data = result.value().data;
    const QJsonArray list = data.value(m_listKey).toArray(); // missing or null: no items
    const std::optional<PageInfo> info = readPageInfo(data);

    if (info && m_expectedTotal && *m_expectedTotal != info->totalNumber) {
        if (m_restarts >= maxRestarts) {
            fail(ApiError{ApiError::Kind::Other, 0,
                          ApiError::tr("the list kept changing while it was read"),
                          result.value().requestId, 0});
            return;
        }
        ++m_restarts;
        m_items.clear();
        m_expectedTotal.reset();
        m_pagesDone = 0;
        Q_EMIT restarted();
        requestPage(1);
        return;
    }
    if (info)
        m_expectedTotal = info->totalNumber;

    QList<QJsonObject> page;
    page.reserve(list.size());
    for (const QJsonValue &item : list) {
        if (item.isObject())
            page.append(item.toObject());
    }
    m_items.append(page);
    ++m_pagesDone;
    // Without page_info the answer is the whole list.
    m_pagesTotal = info ? std::max(info->totalPage, m_pagesDone) : m_pagesDone;
    Q_EMIT pageReceived(m_currentPage, page);
    Q_EMIT progress(m_pagesDone, m_pagesTotal);

    if (info && m_currentPage < info->totalPage && !page.isEmpty())
        requestPage(m_currentPage + 1);
    else
        complete();
}

void ListFetch::fail(ApiError error)
{
    m_error = std::move(error);
    complete();
}

void ListFetch::complete()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace bc::api
