#pragma once

#include "core/api/endpoints/assetgrouprequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/assetgroup.h"
#include "core/domain/assetgroupcreateresult.h"

namespace bc::api {

// The asset groups of a Business Center (reference §3.15; ⚠ the official paths
// bc/asset_group/*, not B's bc/asset/group/*). Each xxxRequest() builds the exact request (tested
// without a network); each call sends it through the client.
class AssetGroupEndpoints final
{
public:
    explicit AssetGroupEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // No maximum is published (§1.5); 50 as for the other BC lists.
    static constexpr int maxPageSize = 50;
    [[nodiscard]] static ListSpec listSpec()
    {
        return {QStringLiteral("asset_groups"), maxPageSize};
    }

    [[nodiscard]] static ApiRequest createRequest(const AssetGroupCreation &creation);
    // One page of a group's assets or members.
    [[nodiscard]] static ApiRequest getRequest(const AssetGroupQuery &query, int page = 1,
                                               int pageSize = maxPageSize);
    [[nodiscard]] static ApiRequest updateRequest(const AssetGroupUpdate &update);
    [[nodiscard]] static ApiRequest listRequest(const AssetGroupListQuery &query);
    [[nodiscard]] static ApiRequest deleteRequest(const AssetGroupRemoval &removal);

    // The group with every page of query.queryEntity (assets or members); the other half stays
    // as the API sent it (usually empty). ⚠ `asset_group` may be an object or an array of them.
    // Pages are read one after the other; `done` runs once, unless `context` is gone.
    void get(const AssetGroupQuery &query, QObject *context, ResultHandler<domain::AssetGroup> done,
             RequestPriority priority = RequestPriority::Normal);
    // The group from one answer's `data` (object or array form); for get() and tests.
    [[nodiscard]] static domain::AssetGroup decodeGroup(const QJsonObject &data);

    ApiCall *create(const AssetGroupCreation &creation, QObject *context,
                    ResultHandler<domain::AssetGroupCreateResult> done);
    ApiCall *update(const AssetGroupUpdate &update, QObject *context,
                    ResultHandler<WriteReceipt> done);
    ListFetch *list(const AssetGroupListQuery &query, QObject *context,
                    ResultHandler<QList<domain::AssetGroup>> done,
                    RequestPriority priority = RequestPriority::Normal);
    ApiCall *remove(const AssetGroupRemoval &removal, QObject *context,
                    ResultHandler<WriteReceipt> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
