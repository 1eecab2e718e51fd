#pragma once

#include "core/domain/pixel.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/pixel/get/ item into a Pixel.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PixelDecoder
{
public:
    [[nodiscard]] static domain::Pixel decode(const QJsonObject &item);
};

} // namespace bc::api
