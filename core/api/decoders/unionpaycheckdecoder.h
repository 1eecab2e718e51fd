#pragma once

#include "core/domain/unionpaycheck.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/advertiser/unionpay_info/check/ into a UnionPayCheck.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class UnionPayCheckDecoder
{
public:
    [[nodiscard]] static domain::UnionPayCheck decode(const QJsonObject &item);
};

} // namespace bc::api
