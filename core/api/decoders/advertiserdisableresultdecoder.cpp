#include "core/api/decoders/advertiserdisableresultdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserDisableResult AdvertiserDisableResultDecoder::decode(const QJsonObject &item)
{
    domain::AdvertiserDisableResult result;
    result.disabledAdvertiserIds = json::idList(item.value("disabled_advertiser_ids"_L1));
    result.failedReasons = json::textMap(item.value("failed_infos"_L1));
    result.raw = item;
    return result;
}

} // namespace bc::api
