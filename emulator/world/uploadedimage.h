#pragma once

#include <QString>

namespace bc::emulator {

// An image uploaded with /bc/image/upload/ (for qualification documents).
struct UploadedImage
{
    QString imageId;
    QString imageUrl;
    QString fileName;
    QString format; // JPEG, PNG
    qint64 sizeBytes = 0;
    int width = 0; // 0 when the header could not be read
    int height = 0;
    QString signature; // MD5 of the bytes, hex
    qint64 uploadTime = 0;
};

} // namespace bc::emulator
