#include "core/api/decoders/imageuploaddecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::ImageUpload ImageUploadDecoder::decode(const QJsonObject &item)
{
    domain::ImageUpload upload;
    upload.imageId = json::text(item.value("image_id"_L1));
    upload.imageUrl = json::text(item.value("image_url"_L1));
    upload.raw = item;
    return upload;
}

} // namespace bc::api
