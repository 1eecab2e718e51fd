#pragma once

#include "core/api/endpoints/billinggrouprequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/billinggroup.h"
#include "core/domain/billinggroupadvertiser.h"

namespace bc::api {

// The billing groups of a Business Center (reference §3.18): which ad accounts are invoiced
// together. Reads need a finance role, writes a Finance Manager. Each xxxRequest() builds the
// exact request (tested without a network); each call sends it through the client.
class BillingGroupEndpoints final
{
public:
    explicit BillingGroupEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // /bc/billing_group/get/ documents 1–50; advertiser/list/ publishes no maximum, 50 is the
    // family's (§1.5).
    static constexpr int maxPageSize = 50;
    [[nodiscard]] static ListSpec listSpec() { return {QStringLiteral("list"), maxPageSize}; }

    [[nodiscard]] static ApiRequest listRequest(const BillingGroupQuery &query);
    [[nodiscard]] static ApiRequest createRequest(const BillingGroupCreation &creation);
    [[nodiscard]] static ApiRequest updateRequest(const BillingGroupUpdate &update);
    [[nodiscard]] static ApiRequest advertiserListRequest(const BillingGroupAdvertiserQuery &query);

    ListFetch *list(const BillingGroupQuery &query, QObject *context,
                    ResultHandler<QList<domain::BillingGroup>> done,
                    RequestPriority priority = RequestPriority::Normal);
    // Answers the new group's id.
    ApiCall *create(const BillingGroupCreation &creation, QObject *context,
                    ResultHandler<QString> done);
    ApiCall *update(const BillingGroupUpdate &update, QObject *context,
                    ResultHandler<WriteReceipt> done);
    ListFetch *listAdvertisers(const BillingGroupAdvertiserQuery &query, QObject *context,
                               ResultHandler<QList<domain::BillingGroupAdvertiser>> done,
                               RequestPriority priority = RequestPriority::Normal);

private:
    ApiClient &m_client;
};

} // namespace bc::api
