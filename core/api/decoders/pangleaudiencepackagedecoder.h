#pragma once

#include "core/domain/pangleaudiencepackage.h"

#include <QJsonObject>

namespace bc::api {

// Turns a `packages` item into a PangleAudiencePackage.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class PangleAudiencePackageDecoder
{
public:
    [[nodiscard]] static domain::PangleAudiencePackage decode(const QJsonObject &item);
};

} // namespace bc::api
