#include "core/api/decoders/pixeltransferresultdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::PixelTransferResult PixelTransferResultDecoder::decode(const QJsonObject &item)
{
    domain::PixelTransferResult result;
    result.assetId = json::idString(item.value("asset_id"_L1));
    result.raw = item;
    return result;
}

} // namespace bc::api
