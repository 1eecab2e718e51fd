#pragma once

#include "core/domain/imageupload.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/image/upload/ into an ImageUpload.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class ImageUploadDecoder
{
public:
    [[nodiscard]] static domain::ImageUpload decode(const QJsonObject &item);
};

} // namespace bc::api
