#include "core/api/decoders/billinggroupdecoder.h"

#include "core/api/decoders/billinggroupadvertiserdecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BillingGroup BillingGroupDecoder::decode(const QJsonObject &item)
{
    domain::BillingGroup group;
    group.billingGroupId = json::idString(item.value("billing_group_id"_L1));
    group.billingGroupName = json::text(item.value("billing_group_name"_L1));
    group.status = json::text(item.value("status"_L1));
    group.invoiceObjectName = json::text(item.value("invoice_object_name"_L1));
    group.isPrimary = json::boolean(item.value("is_primary"_L1));
    group.advertisers =
            json::decodeList<BillingGroupAdvertiserDecoder>(item.value("advertisers"_L1));
    group.billingGroupEmails = json::stringList(item.value("billing_group_emails"_L1));
    group.invoiceGroupBy = json::text(item.value("invoice_group_by"_L1));
    group.billedToType = json::text(item.value("billed_to_type"_L1));
    group.billingGroupType = json::text(item.value("billing_group_type"_L1));
    group.raw = item;
    return group;
}

} // namespace bc::api
