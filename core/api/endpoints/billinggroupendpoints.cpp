#include "core/api/endpoints/billinggroupendpoints.h"

#include "core/api/decoders/billinggroupadvertiserdecoder.h"
#include "core/api/decoders/billinggroupdecoder.h"
#include "core/api/jsonfields.h"
#include "core/api/requestfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::putIfSet;

namespace {

// Y's int64 when the caller gave digits, TS's text otherwise (⚠ §3.18).
QJsonValue statusValue(const QString &status)
{
    bool isNumber = false;
    const qint64 number = status.toLongLong(&isNumber);
    return isNumber ? QJsonValue(number) : QJsonValue(status);
}

} // namespace

ApiRequest BillingGroupEndpoints::listRequest(const BillingGroupQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/billing_group/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    QJsonObject filtering;
    putIfSet(filtering, u"billing_group_id"_s, query.billingGroupId);
    putIfSet(filtering, u"billing_group_name"_s, query.billingGroupName);
    putIfSet(filtering, u"billing_group_type"_s, query.billingGroupType);
    putIfSet(filtering, u"invoice_group_by"_s, query.invoiceGroupBy);
    putIfSet(filtering, u"billed_to_type"_s, query.billedToType);
    if (!query.status.isEmpty())
        filtering.insert(u"status"_s, statusValue(query.status));
    fields::addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest BillingGroupEndpoints::createRequest(const BillingGroupCreation &creation)
{
    QJsonObject body{{u"bc_id"_s, creation.bcId},
                     {u"advertiser_ids"_s, QJsonArray::fromStringList(creation.advertiserIds)},
                     {u"billing_group_name"_s, creation.billingGroupName}};
    putIfSet(body, u"billing_group_emails"_s, creation.billingGroupEmails);
    putIfSet(body, u"billing_group_type"_s, creation.billingGroupType);
    if (creation.isPrimary)
        body.insert(u"is_primary"_s, *creation.isPrimary);
    return ApiRequest::post(u"bc/billing_group/create/"_s, body);
}

ApiRequest BillingGroupEndpoints::updateRequest(const BillingGroupUpdate &update)
{
    QJsonObject body{{u"bc_id"_s, update.bcId}, {u"billing_group_id"_s, update.billingGroupId}};
    putIfSet(body, u"new_billing_group_name"_s, update.newBillingGroupName);
    putIfSet(body, u"new_billing_group_emails"_s, update.newBillingGroupEmails);
    putIfSet(body, u"add_advertiser_ids"_s, update.addAdvertiserIds);
    putIfSet(body, u"delete_advertiser_ids"_s, update.deleteAdvertiserIds);
    if (update.isPrimary)
        body.insert(u"is_primary"_s, *update.isPrimary);
    return ApiRequest::post(u"bc/billing_group/update/"_s, body);
}

ApiRequest BillingGroupEndpoints::advertiserListRequest(const BillingGroupAdvertiserQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/billing_group/advertiser/list/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"billing_group_id"_s, query.billingGroupId);
    return request;
}

ListFetch *BillingGroupEndpoints::list(const BillingGroupQuery &query, QObject *context,
                                       ResultHandler<QList<domain::BillingGroup>> done,
                                       RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    return fetchAllTyped<BillingGroupDecoder>(m_client, request, listSpec(), context,
                                              std::move(done));
}

ApiCall *BillingGroupEndpoints::create(const BillingGroupCreation &creation, QObject *context,
                                       ResultHandler<QString> done)
{
    return sendTyped<QString>(
            m_client, createRequest(creation), context,
            [](const QJsonObject &data) {
                return json::idString(data.value("billing_group_id"_L1));
            },
            std::move(done));
}

ApiCall *BillingGroupEndpoints::update(const BillingGroupUpdate &update, QObject *context,
                                       ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, updateRequest(update), context, std::move(done));
}

ListFetch *
BillingGroupEndpoints::listAdvertisers(const BillingGroupAdvertiserQuery &query, QObject *context,
                                       ResultHandler<QList<domain::BillingGroupAdvertiser>> done,
                                       RequestPriority priority)
{
    ApiRequest request = advertiserListRequest(query);
    request.priority = priority;
    return fetchAllTyped<BillingGroupAdvertiserDecoder>(m_client, request, listSpec(), context,
                                                        std::move(done));
}

} // namespace bc::api
