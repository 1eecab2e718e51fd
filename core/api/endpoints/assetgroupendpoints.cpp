#include "core/api/endpoints/assetgroupendpoints.h"

#include "core/api/decoders/assetgroupcreateresultdecoder.h"
#include "core/api/decoders/assetgroupdecoder.h"
#include "core/api/requestfields.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::putIfSet;

namespace {

QJsonArray assetsJson(const QList<AssetGroupAssetEntry> &assets)
{
    QJsonArray array;
    for (const AssetGroupAssetEntry &asset : assets)
        array.append(
                QJsonObject{{u"asset_id"_s, asset.assetId}, {u"asset_type"_s, asset.assetType}});
    return array;
}

QJsonArray membersJson(const QList<AssetGroupMemberEntry> &members)
{
    QJsonArray array;
    for (const AssetGroupMemberEntry &member : members) {
        QJsonObject item{{u"member_id"_s, member.memberId}};
        // Members being deleted carry no role.
        if (!member.advertiserRole.isEmpty())
            item.insert(u"asset_roles"_s, QJsonObject{{u"ADVERTISER"_s, member.advertiserRole}});
        array.append(item);
    }
    return array;
}

// Appends `part`'s assets and members to `into`; the first part also gives the id and name.
void merge(domain::AssetGroup &into, const domain::AssetGroup &part, bool first)
{
    if (first) {
        into = part;
        return;
    }
    if (into.assetGroupId.isEmpty())
        into.assetGroupId = part.assetGroupId;
    if (into.assetGroupName.isEmpty())
        into.assetGroupName = part.assetGroupName;
    into.assets.append(part.assets);
    into.members.append(part.members);
}

// get(): the pages of one group, read one after the other.
struct GroupPaging
{
    ApiClient *client = nullptr;
    ApiRequest request;
    ResultHandler<domain::AssetGroup> done;
    domain::AssetGroup group;
    int totalPages = 1; // as the first page said; later pages cannot make the walk longer
};

void requestGroupPage(const std::shared_ptr<GroupPaging> &state, QObject *context, int page)
{
    ApiRequest request = state->request;
    request.setQuery(u"page"_s, QString::number(page));
    ApiCall *call = state->client->send(request);
    QObject::connect(call, &ApiCall::finished, context, [state, call, context, page] {
        const Result<Envelope> &result = call->result();
        if (!result.ok()) {
            state->done(result.error());
            return;
        }
        const QJsonObject &data = result.value().data;
        merge(state->group, AssetGroupEndpoints::decodeGroup(data), page == 1);
        if (page == 1) {
            const std::optional<PageInfo> info = readPageInfo(data);
            state->totalPages = info ? std::max(info->totalPage, 1) : 1;
        }
        if (page < state->totalPages)
            requestGroupPage(state, context, page + 1);
        else
            state->done(state->group);
    });
    QObject::connect(call, &ApiCall::finished, call, &QObject::deleteLater);
}

} // namespace

ApiRequest AssetGroupEndpoints::createRequest(const AssetGroupCreation &creation)
{
    return ApiRequest::post(u"bc/asset_group/create/"_s,
                            {{u"bc_id"_s, creation.bcId},
                             {u"asset_group_name"_s, creation.assetGroupName},
                             {u"assets"_s, assetsJson(creation.assets)},
                             {u"members"_s, membersJson(creation.members)}});
}

ApiRequest AssetGroupEndpoints::getRequest(const AssetGroupQuery &query, int page, int pageSize)
{
    ApiRequest request = ApiRequest::get(u"bc/asset_group/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"asset_group_id"_s, query.assetGroupId);
    request.addQuery(u"query_entity"_s, query.queryEntity);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    fields::addFilteringIfSet(request, filtering);
    request.addQuery(u"page"_s, page);
    request.addQuery(u"page_size"_s, pageSize);
    return request;
}

ApiRequest AssetGroupEndpoints::updateRequest(const AssetGroupUpdate &update)
{
    QJsonObject body{{u"bc_id"_s, update.bcId},
                     {u"asset_group_id"_s, update.assetGroupId},
                     {u"update_entity"_s, update.updateEntity}};
    putIfSet(body, u"action"_s, update.action);
    putIfSet(body, u"asset_group_name"_s, update.assetGroupName);
    if (!update.assets.isEmpty())
        body.insert(u"assets"_s, assetsJson(update.assets));
    if (!update.members.isEmpty())
        body.insert(u"members"_s, membersJson(update.members));
    return ApiRequest::post(u"bc/asset_group/update/"_s, body);
}

ApiRequest AssetGroupEndpoints::listRequest(const AssetGroupListQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/asset_group/list/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    fields::addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest AssetGroupEndpoints::deleteRequest(const AssetGroupRemoval &removal)
{
    return ApiRequest::post(
            u"bc/asset_group/delete/"_s,
            {{u"bc_id"_s, removal.bcId}, {u"asset_group_ids"_s, QJsonArray{removal.assetGroupId}}});
}

domain::AssetGroup AssetGroupEndpoints::decodeGroup(const QJsonObject &data)
{
    const QJsonValue value = data.value("asset_group"_L1);
    if (value.isObject())
        return AssetGroupDecoder::decode(value.toObject());
    // B's form: an array of group objects (one in practice); their rows are joined.
    domain::AssetGroup group;
    bool first = true;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isObject())
            continue;
        merge(group, AssetGroupDecoder::decode(element.toObject()), first);
        first = false;
    }
    return group;
}

void AssetGroupEndpoints::get(const AssetGroupQuery &query, QObject *context,
                              ResultHandler<domain::AssetGroup> done, RequestPriority priority)
{
    auto state = std::make_shared<GroupPaging>();
    state->client = &m_client;
    state->request = getRequest(query);
    state->request.priority = priority;
    state->done = std::move(done);
    requestGroupPage(state, context, 1);
}

ApiCall *AssetGroupEndpoints::create(const AssetGroupCreation &creation, QObject *context,
                                     ResultHandler<domain::AssetGroupCreateResult> done)
{
    return sendTyped<domain::AssetGroupCreateResult>(m_client, createRequest(creation), context,
                                                     &AssetGroupCreateResultDecoder::decode,
                                                     std::move(done));
}

ApiCall *AssetGroupEndpoints::update(const AssetGroupUpdate &update, QObject *context,
                                     ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, updateRequest(update), context, std::move(done));
}

ListFetch *AssetGroupEndpoints::list(const AssetGroupListQuery &query, QObject *context,
                                     ResultHandler<QList<domain::AssetGroup>> done,
                                     RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    return fetchAllTyped<AssetGroupDecoder>(m_client, request, listSpec(), context,
                                            std::move(done));
}

ApiCall *AssetGroupEndpoints::remove(const AssetGroupRemoval &removal, QObject *context,
                                     ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, deleteRequest(removal), context, std::move(done));
}

} // namespace bc::api
