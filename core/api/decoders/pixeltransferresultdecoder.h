#pragma once

#include "core/domain/pixeltransferresult.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/pixel/transfer/ into a PixelTransferResult.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PixelTransferResultDecoder
{
public:
    [[nodiscard]] static domain::PixelTransferResult decode(const QJsonObject &item);
};

} // namespace bc::api
