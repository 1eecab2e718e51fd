#pragma once

#include "core/domain/pangleblocklistupdate.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /pangle_block_list/update/ into a PangleBlockListUpdate.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PangleBlockListUpdateDecoder
{
public:
    [[nodiscard]] static domain::PangleBlockListUpdate decode(const QJsonObject &item);
};

} // namespace bc::api
