#include "core/api/endpoints/pixelendpoints.h"

#include "core/api/decoders/pixeldecoder.h"
#include "core/api/decoders/pixellinkdecoder.h"
#include "core/api/decoders/pixeltransferresultdecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

QStringList PixelEndpoints::pixelListKeys()
{
    return {u"pixels"_s, u"list"_s, u"pixel_list"_s};
}

ApiRequest PixelEndpoints::listRequest(const PixelQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/pixel/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    return request;
}

ApiRequest PixelEndpoints::linkListRequest(const PixelLinkQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/pixel/link/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"pixel_code"_s, query.pixelCode);
    return request;
}

ApiRequest PixelEndpoints::linkUpdateRequest(const PixelLinkUpdate &update)
{
    return ApiRequest::post(
            u"bc/pixel/link/update/"_s,
            {{u"bc_id"_s, update.bcId},
             {u"pixel_code"_s, update.pixelCode},
             {u"advertiser_ids"_s, QJsonArray::fromStringList(update.advertiserIds)},
             {u"relation_status"_s, update.relationStatus}});
}

ApiRequest PixelEndpoints::transferRequest(const PixelTransfer &transfer)
{
    return ApiRequest::post(u"bc/pixel/transfer/"_s,
                            {{u"bc_id"_s, transfer.bcId}, {u"pixel_code"_s, transfer.pixelCode}});
}

ListFetch *PixelEndpoints::list(const PixelQuery &query, QObject *context,
                                ResultHandler<QList<domain::Pixel>> done, RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    const QStringList keys = pixelListKeys();
    return fetchAllTyped<PixelDecoder>(m_client, request,
                                       {keys.first(), maxPixelPageSize, keys.mid(1)}, context,
                                       std::move(done));
}

ListFetch *PixelEndpoints::links(const PixelLinkQuery &query, QObject *context,
                                 ResultHandler<QList<domain::PixelLink>> done,
                                 RequestPriority priority)
{
    ApiRequest request = linkListRequest(query);
    request.priority = priority;
    return fetchAllTyped<PixelLinkDecoder>(m_client, request, linkListSpec(), context,
                                           std::move(done));
}

ApiCall *PixelEndpoints::updateLinks(const PixelLinkUpdate &update, QObject *context,
                                     ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, linkUpdateRequest(update), context, std::move(done));
}

ApiCall *PixelEndpoints::transfer(const PixelTransfer &transfer, QObject *context,
                                  ResultHandler<domain::PixelTransferResult> done)
{
    return sendTyped<domain::PixelTransferResult>(m_client, transferRequest(transfer), context,
                                                  &PixelTransferResultDecoder::decode,
                                                  std::move(done));
}

} // namespace bc::api
