#pragma once

#include "core/domain/billingreportline.h"

#include <QJsonObject>

namespace bc::api {

// Turns a billing report line into a BillingReportLine.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BillingReportLineDecoder
{
public:
    [[nodiscard]] static domain::BillingReportLine decode(const QJsonObject &item);
};

} // namespace bc::api
