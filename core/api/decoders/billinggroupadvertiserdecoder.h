#pragma once

#include "core/domain/billinggroupadvertiser.h"

#include <QJsonObject>

namespace bc::api {

// Turns a billing group's advertiser entry into a BillingGroupAdvertiser.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BillingGroupAdvertiserDecoder
{
public:
    [[nodiscard]] static domain::BillingGroupAdvertiser decode(const QJsonObject &item);
};

} // namespace bc::api
