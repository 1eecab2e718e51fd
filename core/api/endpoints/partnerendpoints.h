#pragma once

#include "core/api/endpoints/partnerrequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/partner.h"
#include "core/domain/partnerasset.h"

namespace bc::api {

// The partners of a Business Center and the assets shared with them (reference §3.17). Each
// xxxRequest() builds the exact request (tested without a network); each call sends it through
// the client.
class PartnerEndpoints final
{
public:
    explicit PartnerEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // Both lists document page_size 1–50 (§1.5).
    static constexpr int maxPageSize = 50;
    [[nodiscard]] static ListSpec listSpec() { return {QStringLiteral("list"), maxPageSize}; }

    [[nodiscard]] static ApiRequest listRequest(const PartnerQuery &query);
    [[nodiscard]] static ApiRequest addRequest(const PartnerAddition &addition);
    [[nodiscard]] static ApiRequest deleteRequest(const PartnerRemoval &removal);
    [[nodiscard]] static ApiRequest assetListRequest(const PartnerAssetQuery &query);
    [[nodiscard]] static ApiRequest assetDeleteRequest(const PartnerAssetRemoval &removal);

    ListFetch *list(const PartnerQuery &query, QObject *context,
                    ResultHandler<QList<domain::Partner>> done,
                    RequestPriority priority = RequestPriority::Normal);
    ApiCall *add(const PartnerAddition &addition, QObject *context,
                 ResultHandler<WriteReceipt> done);
    ApiCall *remove(const PartnerRemoval &removal, QObject *context,
                    ResultHandler<WriteReceipt> done);
    ListFetch *listAssets(const PartnerAssetQuery &query, QObject *context,
                          ResultHandler<QList<domain::PartnerAsset>> done,
                          RequestPriority priority = RequestPriority::Normal);
    ApiCall *removeAssets(const PartnerAssetRemoval &removal, QObject *context,
                          ResultHandler<WriteReceipt> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
