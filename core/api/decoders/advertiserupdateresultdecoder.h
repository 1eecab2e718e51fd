#pragma once

#include "core/domain/advertiserupdateresult.h"

#include <QJsonObject>

namespace bc::api {

// Turns an /advertiser/update/ result element into an AdvertiserUpdateResult.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserUpdateResultDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserUpdateResult decode(const QJsonObject &item);
};

} // namespace bc::api
