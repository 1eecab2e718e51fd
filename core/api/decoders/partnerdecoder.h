#pragma once

#include "core/domain/partner.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/partner/get/ list item into a Partner.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PartnerDecoder
{
public:
    [[nodiscard]] static domain::Partner decode(const QJsonObject &item);
};

} // namespace bc::api
