#pragma once

#include "core/domain/advertisercreateresult.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/advertiser/create/ into an AdvertiserCreateResult.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserCreateResultDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserCreateResult decode(const QJsonObject &item);
};

} // namespace bc::api
