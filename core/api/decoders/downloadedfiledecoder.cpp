#include "core/api/decoders/downloadedfiledecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

DownloadedFile DownloadedFileDecoder::decode(const QJsonObject &item)
{
    DownloadedFile file;
    file.path = json::text(item.value("path"_L1));
    file.bytes = json::integer(item.value("bytes"_L1)).value_or(0);
    file.fileName = json::text(item.value("file_name"_L1));
    file.contentType = json::text(item.value("content_type"_L1));
    return file;
}

} // namespace bc::api
