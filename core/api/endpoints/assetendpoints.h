#pragma once

#include "core/api/endpoints/assetrequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/advertiser.h"
#include "core/domain/asset.h"
#include "core/domain/assetadmin.h"
#include "core/domain/assetbindquota.h"
#include "core/domain/assetmember.h"
#include "core/domain/assetpartner.h"

namespace bc::api {

// The assets of a Business Center (reference §3.14). Each xxxRequest() builds the exact request
// (tested without a network); each call sends it through the client.
class AssetEndpoints final
{
public:
    explicit AssetEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // §1.5: 50 for the asset lists, 20 for the members of an asset.
    static constexpr int maxPageSize = 50;
    static constexpr int maxMemberPageSize = 20;
    [[nodiscard]] static ListSpec listSpec() { return {QStringLiteral("list"), maxPageSize}; }
    [[nodiscard]] static ListSpec memberListSpec()
    {
        return {QStringLiteral("list"), maxMemberPageSize};
    }

    // ⚠ The official index has /asset/bind/quota/, B's SDK /bc/asset/bind/quota/: the first is
    // asked, the second only when the gateway does not know the first route.
    [[nodiscard]] static QString bindQuotaPath() { return QStringLiteral("asset/bind/quota/"); }
    [[nodiscard]] static QString bindQuotaFallbackPath()
    {
        return QStringLiteral("bc/asset/bind/quota/");
    }

    [[nodiscard]] static ApiRequest listRequest(const AssetQuery &query);
    [[nodiscard]] static ApiRequest adminListRequest(const AssetAdminQuery &query);
    [[nodiscard]] static ApiRequest assignRequest(const AssetAssignment &assignment);
    [[nodiscard]] static ApiRequest unassignRequest(const AssetUnassignment &unassignment);
    [[nodiscard]] static ApiRequest partnerListRequest(const AssetPartnerQuery &query);
    [[nodiscard]] static ApiRequest memberListRequest(const AssetMemberQuery &query);
    [[nodiscard]] static ApiRequest adminDeleteRequest(const AssetAdminRemoval &removal);
    [[nodiscard]] static ApiRequest bindQuotaRequest(const AssetBindQuotaQuery &query);

    // The ad accounts (asset_type ADVERTISER, whatever query.assetType says).
    ListFetch *advertisers(const AssetQuery &query, QObject *context,
                           ResultHandler<QList<domain::Advertiser>> done,
                           RequestPriority priority = RequestPriority::Normal);
    // Assets of any other type (query.assetType).
    ListFetch *assets(const AssetQuery &query, QObject *context,
                      ResultHandler<QList<domain::Asset>> done,
                      RequestPriority priority = RequestPriority::Normal);
    ListFetch *adminAssets(const AssetAdminQuery &query, QObject *context,
                           ResultHandler<QList<domain::AssetAdmin>> done,
                           RequestPriority priority = RequestPriority::Normal);
    ApiCall *assign(const AssetAssignment &assignment, QObject *context,
                    ResultHandler<WriteReceipt> done);
    ApiCall *unassign(const AssetUnassignment &unassignment, QObject *context,
                      ResultHandler<WriteReceipt> done);
    ListFetch *partners(const AssetPartnerQuery &query, QObject *context,
                        ResultHandler<QList<domain::AssetPartner>> done,
                        RequestPriority priority = RequestPriority::Normal);
    ListFetch *members(const AssetMemberQuery &query, QObject *context,
                       ResultHandler<QList<domain::AssetMember>> done,
                       RequestPriority priority = RequestPriority::Normal);
    ApiCall *adminDelete(const AssetAdminRemoval &removal, QObject *context,
                         ResultHandler<WriteReceipt> done);
    // Returns the first attempt's call; a fallback to the other path is a call of its own.
    ApiCall *bindQuota(const AssetBindQuotaQuery &query, QObject *context,
                       ResultHandler<domain::AssetBindQuota> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
