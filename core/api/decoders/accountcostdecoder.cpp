#include "core/api/decoders/accountcostdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AccountCost AccountCostDecoder::decode(const QJsonObject &item)
{
    domain::AccountCost cost;
    cost.advertiserId = json::idString(item.value("advertiser_id"_L1));
    cost.advertiserName = json::text(item.value("advertiser_name"_L1));
    cost.amount = json::amountOrUnset(item.value("amount"_L1));
    cost.cashAmount = json::amountOrUnset(item.value("cash_amount"_L1));
    cost.grantAmount = json::amountOrUnset(item.value("grant_amount"_L1));
    cost.taxAmount = json::amountOrUnset(item.value("tax_amount"_L1));
    cost.currency = json::text(item.value("currency"_L1));
    cost.raw = item;
    return cost;
}

} // namespace bc::api
