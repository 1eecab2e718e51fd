#pragma once

#include "core/domain/pixellink.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/pixel/link/get/ list item into a PixelLink.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PixelLinkDecoder
{
public:
    [[nodiscard]] static domain::PixelLink decode(const QJsonObject &item);
};

} // namespace bc::api
