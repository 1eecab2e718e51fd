#include "core/api/decoders/accountcostsummarydecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AccountCostSummary AccountCostSummaryDecoder::decode(const QJsonObject &item)
{
    domain::AccountCostSummary summary;
    summary.amount = json::amountOrUnset(item.value("amount"_L1));
    summary.cashAmount = json::amountOrUnset(item.value("cash_amount"_L1));
    summary.grantAmount = json::amountOrUnset(item.value("grant_amount"_L1));
    summary.taxAmount = json::amountOrUnset(item.value("tax_amount"_L1));
    summary.currency = json::text(item.value("currency"_L1));
    summary.raw = item;
    return summary;
}

} // namespace bc::api
