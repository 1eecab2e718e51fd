#include "core/api/decoders/billingreportlinedecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BillingReportLine BillingReportLineDecoder::decode(const QJsonObject &item)
{
    domain::BillingReportLine line;
    line.advertiserId = json::idString(item.value("advertiser_id"_L1));
    line.advertiserName = json::text(item.value("advertiser_name"_L1));
    line.billingGroupId = json::idString(item.value("billing_group_id"_L1));
    line.currency = json::text(item.value("currency"_L1));
    line.cashAmount = json::amountOrUnset(item.value("cash_amount"_L1));
    line.grantAmount = json::amountOrUnset(item.value("grant_amount"_L1));
    line.taxAmount = json::amountOrUnset(item.value("tax_amount"_L1));
    line.totalAmount = json::amountOrUnset(item.value("total_amount"_L1));
    line.raw = item;
    return line;
}

} // namespace bc::api
