#pragma once

#include "core/domain/childbusinesscenter.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/child/invite/ or /bc/child/unbind/ into a ChildBusinessCenter.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class ChildBusinessCenterDecoder
{
public:
    [[nodiscard]] static domain::ChildBusinessCenter decode(const QJsonObject &item);
};

} // namespace bc::api
