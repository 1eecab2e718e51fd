#pragma once

#include "core/domain/advertiserattribute.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/advertiser/attribute/ into an AdvertiserAttribute.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserAttributeDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserAttribute decode(const QJsonObject &item);
};

} // namespace bc::api
