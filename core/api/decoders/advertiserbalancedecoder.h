#pragma once

#include "core/domain/advertiserbalance.h"

#include <QJsonObject>

namespace bc::api {

// Turns an `advertiser_account_list` item into an AdvertiserBalance.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserBalanceDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserBalance decode(const QJsonObject &item);
};

} // namespace bc::api
