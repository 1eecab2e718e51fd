#include "core/api/decoders/pixeldecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Pixel PixelDecoder::decode(const QJsonObject &item)
{
    domain::Pixel pixel;
    pixel.pixelCode = json::text(item.value("pixel_code"_L1));
    pixel.pixelId = json::idString(item.value("pixel_id"_L1));
    pixel.pixelName = json::text(item.value("pixel_name"_L1));
    pixel.raw = item;
    return pixel;
}

} // namespace bc::api
