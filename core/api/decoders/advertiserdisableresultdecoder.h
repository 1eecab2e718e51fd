#pragma once

#include "core/domain/advertiserdisableresult.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/advertiser/disable/ into an AdvertiserDisableResult.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserDisableResultDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserDisableResult decode(const QJsonObject &item);
};

} // namespace bc::api
