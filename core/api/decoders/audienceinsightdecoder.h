#pragma once

#include "core/domain/audienceinsight.h"

#include <QJsonObject>

namespace bc::api {

// Turns an audience_insight `list` item into an AudienceInsight.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AudienceInsightDecoder
{
public:
    [[nodiscard]] static domain::AudienceInsight decode(const QJsonObject &item);
};

} // namespace bc::api
