#include "core/api/decoders/assetadmindecoder.h"

#include "core/api/decoders/assetdecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AssetAdmin AssetAdminDecoder::decode(const QJsonObject &item)
{
    domain::AssetAdmin admin;
    admin.asset = AssetDecoder::decode(item);
    admin.advertiserStatus = json::text(item.value("advertiser_status"_L1));
    admin.relationType = json::text(item.value("relation_type"_L1));
    admin.relationStatus = json::text(item.value("relation_status"_L1));
    admin.pixelCode = json::text(item.value("pixel_code"_L1));
    admin.raw = item;
    return admin;
}

} // namespace bc::api
