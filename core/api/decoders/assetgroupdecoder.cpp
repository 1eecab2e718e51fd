#include "core/api/decoders/assetgroupdecoder.h"

#include "core/api/decoders/assetgroupassetdecoder.h"
#include "core/api/decoders/assetgroupmemberdecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AssetGroup AssetGroupDecoder::decode(const QJsonObject &item)
{
    domain::AssetGroup group;
    group.assetGroupId = json::idString(item.value("asset_group_id"_L1));
    group.assetGroupName = json::text(item.value("asset_group_name"_L1));
    group.assets = json::decodeList<AssetGroupAssetDecoder>(item.value("assets"_L1));
    group.members = json::decodeList<AssetGroupMemberDecoder>(item.value("members"_L1));
    group.raw = item;
    return group;
}

} // namespace bc::api
