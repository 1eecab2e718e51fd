#pragma once

#include "core/domain/adperformance.h"

#include <QJsonObject>

namespace bc::api {

// Turns an ad_performance `list` item into an AdPerformance.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdPerformanceDecoder
{
public:
    [[nodiscard]] static domain::AdPerformance decode(const QJsonObject &item);
};

} // namespace bc::api
