#include "core/api/decoders/assetgroupcreateresultdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AssetGroupCreateResult AssetGroupCreateResultDecoder::decode(const QJsonObject &item)
{
    domain::AssetGroupCreateResult result;
    result.assetGroupId = json::idString(item.value("asset_group_id"_L1));
    result.raw = item;
    return result;
}

} // namespace bc::api
