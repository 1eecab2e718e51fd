#pragma once

#include "core/domain/billinggroup.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/billing_group/get/ list item into a BillingGroup.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BillingGroupDecoder
{
public:
    [[nodiscard]] static domain::BillingGroup decode(const QJsonObject &item);
};

} // namespace bc::api
