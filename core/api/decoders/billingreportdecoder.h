#pragma once

#include "core/domain/billingreport.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/invoice/billing_report/get/ into a BillingReport.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BillingReportDecoder
{
public:
    [[nodiscard]] static domain::BillingReport decode(const QJsonObject &item);
};

} // namespace bc::api
