#pragma once

#include "core/domain/advertiserinfo.h"

#include <QJsonObject>

namespace bc::api {

// Turns an /advertiser/info/ list item into an AdvertiserInfo.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserInfoDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserInfo decode(const QJsonObject &item);
};

} // namespace bc::api
