#pragma once

#include "core/domain/unpaidinvoicesummary.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/invoice/unpaid/get/ into an UnpaidInvoiceSummary. The fields sit in
// `data.result`; an object without `result` is read as the result itself.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class UnpaidInvoiceSummaryDecoder
{
public:
    [[nodiscard]] static domain::UnpaidInvoiceSummary decode(const QJsonObject &item);
};

} // namespace bc::api
