#include "core/api/endpoints/partnerendpoints.h"

#include "core/api/decoders/partnerassetdecoder.h"
#include "core/api/decoders/partnerdecoder.h"
#include "core/api/requestfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::putIfSet;

ApiRequest PartnerEndpoints::listRequest(const PartnerQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/partner/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    if (!query.name.isEmpty())
        request.addJsonQuery(u"filtering"_s, QJsonObject{{u"name"_s, query.name}});
    return request;
}

ApiRequest PartnerEndpoints::addRequest(const PartnerAddition &addition)
{
    QJsonObject body{{u"bc_id"_s, addition.bcId}};
    putIfSet(body, u"partner_id"_s, addition.partnerId);
    putIfSet(body, u"asset_type"_s, addition.assetType);
    putIfSet(body, u"asset_ids"_s, addition.assetIds);
    putIfSet(body, u"advertiser_role"_s, addition.advertiserRole);
    putIfSet(body, u"catalog_role"_s, addition.catalogRole);
    putIfSet(body, u"source_child_bc_id"_s, addition.sourceChildBcId);
    putIfSet(body, u"target_child_bc_id"_s, addition.targetChildBcId);
    return ApiRequest::post(u"bc/partner/add/"_s, body);
}

ApiRequest PartnerEndpoints::deleteRequest(const PartnerRemoval &removal)
{
    return ApiRequest::post(u"bc/partner/delete/"_s,
                            {{u"bc_id"_s, removal.bcId}, {u"partner_id"_s, removal.partnerId}});
}

ApiRequest PartnerEndpoints::assetListRequest(const PartnerAssetQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/partner/asset/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"partner_id"_s, query.partnerId);
    request.addQuery(u"asset_type"_s, query.assetType);
    request.addQuery(u"share_type"_s, query.shareType);
    if (!query.keyword.isEmpty())
        request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, query.keyword}});
    return request;
}

ApiRequest PartnerEndpoints::assetDeleteRequest(const PartnerAssetRemoval &removal)
{
    return ApiRequest::post(u"bc/partner/asset/delete/"_s,
                            {{u"bc_id"_s, removal.bcId},
                             {u"partner_id"_s, removal.partnerId},
                             {u"asset_type"_s, removal.assetType},
                             {u"asset_ids"_s, QJsonArray::fromStringList(removal.assetIds)}});
}

ListFetch *PartnerEndpoints::list(const PartnerQuery &query, QObject *context,
                                  ResultHandler<QList<domain::Partner>> done,
                                  RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    return fetchAllTyped<PartnerDecoder>(m_client, request, listSpec(), context, std::move(done));
}

ApiCall *PartnerEndpoints::add(const PartnerAddition &addition, QObject *context,
                               ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, addRequest(addition), context, std::move(done));
}

ApiCall *PartnerEndpoints::remove(const PartnerRemoval &removal, QObject *context,
                                  ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, deleteRequest(removal), context, std::move(done));
}

ListFetch *PartnerEndpoints::listAssets(const PartnerAssetQuery &query, QObject *context,
                                        ResultHandler<QList<domain::PartnerAsset>> done,
                                        RequestPriority priority)
{
    ApiRequest request = assetListRequest(query);
    request.priority = priority;
    return fetchAllTyped<PartnerAssetDecoder>(m_client, request, listSpec(), context,
                                              std::move(done));
}

ApiCall *PartnerEndpoints::removeAssets(const PartnerAssetRemoval &removal, QObject *context,
                                        ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, assetDeleteRequest(removal), context, std::move(done));
}

} // namespace bc::api
