#include "core/api/decoders/unpaidinvoicesummarydecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::UnpaidInvoiceSummary UnpaidInvoiceSummaryDecoder::decode(const QJsonObject &item)
{
    // Y nests the answer in `result`; take the object itself when a server does not.
    const QJsonObject result =
            item.contains("result"_L1) ? json::object(item.value("result"_L1)) : item;

    domain::UnpaidInvoiceSummary summary;
    summary.currencyCode = json::text(result.value("currency_code"_L1));
    summary.amount = json::amountOrUnset(result.value("amount"_L1));
    summary.raw = item;
    return summary;
}

} // namespace bc::api
