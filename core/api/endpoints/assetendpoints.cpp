#include "core/api/endpoints/assetendpoints.h"

#include "core/api/decoders/advertiserdecoder.h"
#include "core/api/decoders/assetadmindecoder.h"
#include "core/api/decoders/assetbindquotadecoder.h"
#include "core/api/decoders/assetdecoder.h"
#include "core/api/decoders/assetmemberdecoder.h"
#include "core/api/decoders/assetpartnerdecoder.h"
#include "core/api/requestfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::addFilteringIfSet;
using fields::putIfSet;

namespace {

// The gateway does not know the route: 40400 in the envelope, or a bare HTTP 404.
bool isUnknownRoute(const ApiError &error)
{
    return error.code == 40400 || (error.code == 0 && error.httpStatus == 404);
}

} // namespace

ApiRequest AssetEndpoints::listRequest(const AssetQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/asset/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"asset_type"_s, query.assetType);
    if (!query.childBcId.isEmpty())
        request.addQuery(u"child_bc_id"_s, query.childBcId);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    putIfSet(filtering, u"user_id"_s, query.userId);
    putIfSet(filtering, u"user_email"_s, query.userEmail);
    addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest AssetEndpoints::adminListRequest(const AssetAdminQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/asset/admin/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"asset_type"_s, query.assetType);
    if (!query.childBcId.isEmpty())
        request.addQuery(u"child_bc_id"_s, query.childBcId);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    putIfSet(filtering, u"advertiser_show_status"_s, query.advertiserShowStatus);
    putIfSet(filtering, u"relation_type"_s, query.relationType);
    putIfSet(filtering, u"relation_status"_s, query.relationStatus);
    addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest AssetEndpoints::assignRequest(const AssetAssignment &assignment)
{
    QJsonObject body{{u"bc_id"_s, assignment.bcId},
                     {u"user_id"_s, assignment.userId},
                     {u"asset_type"_s, assignment.assetType},
                     {u"asset_id"_s, assignment.assetId}};
    putIfSet(body, u"advertiser_role"_s, assignment.advertiserRole);
    putIfSet(body, u"catalog_role"_s, assignment.catalogRole);
    putIfSet(body, u"form_library_role"_s, assignment.formLibraryRole);
    putIfSet(body, u"store_role"_s, assignment.storeRole);
    putIfSet(body, u"tt_account_roles"_s, assignment.ttAccountRoles);
    return ApiRequest::post(u"bc/asset/assign/"_s, body);
}

ApiRequest AssetEndpoints::unassignRequest(const AssetUnassignment &unassignment)
{
    return ApiRequest::post(u"bc/asset/unassign/"_s, {{u"bc_id"_s, unassignment.bcId},
                                                      {u"user_id"_s, unassignment.userId},
                                                      {u"asset_type"_s, unassignment.assetType},
                                                      {u"asset_id"_s, unassignment.assetId}});
}

ApiRequest AssetEndpoints::partnerListRequest(const AssetPartnerQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/asset/partner/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"asset_type"_s, query.assetType);
    request.addQuery(u"asset_id"_s, query.assetId);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest AssetEndpoints::memberListRequest(const AssetMemberQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/asset/member/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"asset_type"_s, query.assetType);
    request.addQuery(u"asset_id"_s, query.assetId);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest AssetEndpoints::adminDeleteRequest(const AssetAdminRemoval &removal)
{
    QJsonObject body{{u"bc_id"_s, removal.bcId},
                     {u"asset_type"_s, removal.assetType},
                     {u"asset_ids"_s, QJsonArray::fromStringList(removal.assetIds)}};
    putIfSet(body, u"child_bc_id"_s, removal.childBcId);
    return ApiRequest::post(u"bc/asset/admin/delete/"_s, body);
}

ApiRequest AssetEndpoints::bindQuotaRequest(const AssetBindQuotaQuery &query)
{
    ApiRequest request = ApiRequest::get(bindQuotaPath());
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"asset_type"_s, query.assetType);
    if (!query.assetId.isEmpty())
        request.addQuery(u"asset_id"_s, query.assetId);
    return request;
}

ListFetch *AssetEndpoints::advertisers(const AssetQuery &query, QObject *context,
                                       ResultHandler<QList<domain::Advertiser>> done,
                                       RequestPriority priority)
{
    AssetQuery advertiserQuery = query;
    advertiserQuery.assetType = u"ADVERTISER"_s;
    ApiRequest request = listRequest(advertiserQuery);
    request.priority = priority;
    return fetchAllTyped<AdvertiserDecoder>(m_client, request, listSpec(), context,
                                            std::move(done));
}

ListFetch *AssetEndpoints::assets(const AssetQuery &query, QObject *context,
                                  ResultHandler<QList<domain::Asset>> done,
                                  RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    return fetchAllTyped<AssetDecoder>(m_client, request, listSpec(), context, std::move(done));
}

ListFetch *AssetEndpoints::adminAssets(const AssetAdminQuery &query, QObject *context,
                                       ResultHandler<QList<domain::AssetAdmin>> done,
                                       RequestPriority priority)
{
    ApiRequest request = adminListRequest(query);
    request.priority = priority;
    return fetchAllTyped<AssetAdminDecoder>(m_client, request, listSpec(), context,
                                            std::move(done));
}

ApiCall *AssetEndpoints::assign(const AssetAssignment &assignment, QObject *context,
                                ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, assignRequest(assignment), context, std::move(done));
}

ApiCall *AssetEndpoints::unassign(const AssetUnassignment &unassignment, QObject *context,
                                  ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, unassignRequest(unassignment), context, std::move(done));
}

ListFetch *AssetEndpoints::partners(const AssetPartnerQuery &query, QObject *context,
                                    ResultHandler<QList<domain::AssetPartner>> done,
                                    RequestPriority priority)
{
    ApiRequest request = partnerListRequest(query);
    request.priority = priority;
    return fetchAllTyped<AssetPartnerDecoder>(m_client, request, listSpec(), context,
                                              std::move(done));
}

ListFetch *AssetEndpoints::members(const AssetMemberQuery &query, QObject *context,
                                   ResultHandler<QList<domain::AssetMember>> done,
                                   RequestPriority priority)
{
    ApiRequest request = memberListRequest(query);
    request.priority = priority;
    return fetchAllTyped<AssetMemberDecoder>(m_client, request, memberListSpec(), context,
                                             std::move(done));
}

ApiCall *AssetEndpoints::adminDelete(const AssetAdminRemoval &removal, QObject *context,
                                     ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, adminDeleteRequest(removal), context, std::move(done));
}

ApiCall *AssetEndpoints::bindQuota(const AssetBindQuotaQuery &query, QObject *context,
                                   ResultHandler<domain::AssetBindQuota> done)
{
    const ApiRequest request = bindQuotaRequest(query);
    ApiClient &client = m_client;
    ApiCall *call = client.send(request);
    QObject::connect(call, &ApiCall::finished, context,
                     [&client, call, request, context, done = std::move(done)] {
                         const Result<Envelope> &result = call->result();
                         if (result.ok()) {
                             done(AssetBindQuotaDecoder::decode(result.value().data));
                             return;
                         }
                         if (!isUnknownRoute(result.error())) {
                             done(result.error());
                             return;
                         }
                         ApiRequest fallback = request;
                         fallback.path = bindQuotaFallbackPath();
                         sendTyped<domain::AssetBindQuota>(client, fallback, context,
                                                           &AssetBindQuotaDecoder::decode, done);
                     });
    QObject::connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    return call;
}

} // namespace bc::api
