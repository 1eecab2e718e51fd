#include "core/api/decoders/pangleaudiencepackagedecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::PangleAudiencePackage PangleAudiencePackageDecoder::decode(const QJsonObject &item)
{
    domain::PangleAudiencePackage package;
    package.packageId = json::idString(item.value("package_id"_L1));
    package.packageName = json::text(item.value("package_name"_L1));
    package.bindType = json::text(item.value("bind_type"_L1));
    package.raw = item;
    return package;
}

} // namespace bc::api
