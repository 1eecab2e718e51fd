#include "core/api/decoders/assetgroupassetdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AssetGroupAsset AssetGroupAssetDecoder::decode(const QJsonObject &item)
{
    domain::AssetGroupAsset asset;
    asset.assetId = json::idString(item.value("asset_id"_L1));
    asset.assetType = json::text(item.value("asset_type"_L1));
    asset.assetName = json::text(item.value("asset_name"_L1));
    asset.raw = item;
    return asset;
}

} // namespace bc::api
