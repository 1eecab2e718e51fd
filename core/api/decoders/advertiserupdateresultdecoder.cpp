#include "core/api/decoders/advertiserupdateresultdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserUpdateResult AdvertiserUpdateResultDecoder::decode(const QJsonObject &item)
{
    domain::AdvertiserUpdateResult result;
    result.advertiserId = json::idString(item.value("advertiser_id"_L1));
    result.status = json::text(item.value("status"_L1));
    result.errorMsg = json::text(item.value("error_msg"_L1));
    result.oneClickSetAmount = json::amountOrUnset(item.value("one_click_set_amount"_L1));
    result.raw = item;
    return result;
}

} // namespace bc::api
