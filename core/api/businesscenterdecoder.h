#pragma once

#include "core/domain/businesscenter.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/get/ list item into a BusinessCenter. Tolerates missing and null fields, ids as
// numbers, and fields it does not know (they stay in `raw`).
class BusinessCenterDecoder
{
public:
    [[nodiscard]] static domain::BusinessCenter decode(const QJsonObject &item);
};

} // namespace bc::api
