#include "core/api/decoders/pangleblocklistdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::PangleBlockList PangleBlockListDecoder::decode(const QJsonObject &item)
{
    domain::PangleBlockList blockList;
    blockList.appList = json::stringList(item.value("app_list"_L1));
    blockList.appPackageId = json::idString(item.value("app_package_id"_L1));
    blockList.modifyTime = json::dateTime(item.value("modify_time"_L1));
    blockList.campaignId = json::idString(item.value("campaign_id"_L1));
    blockList.raw = item;
    return blockList;
}

} // namespace bc::api
