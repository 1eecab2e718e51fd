#pragma once

#include "core/api/downloadedfile.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` ApiCall makes for a finished download ({path, bytes, content_type,
// file_name}) into a DownloadedFile.
class DownloadedFileDecoder
{
public:
    [[nodiscard]] static DownloadedFile decode(const QJsonObject &item);
};

} // namespace bc::api
