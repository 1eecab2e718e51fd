#include "core/api/decoders/businesscentertransactionsummarydecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BusinessCenterTransactionSummary
BusinessCenterTransactionSummaryDecoder::decode(const QJsonObject &item)
{
    domain::BusinessCenterTransactionSummary summary;
    summary.amountCharged = json::amountOrUnset(item.value("amount_charged"_L1));
    summary.amountPaid = json::amountOrUnset(item.value("amount_paid"_L1));
    summary.currency = json::text(item.value("currency"_L1));
    summary.raw = item;
    return summary;
}

} // namespace bc::api
