#pragma once

#include "core/domain/pangleblocklist.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /pangle_block_list/get/ into a PangleBlockList.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PangleBlockListDecoder
{
public:
    [[nodiscard]] static domain::PangleBlockList decode(const QJsonObject &item);
};

} // namespace bc::api
