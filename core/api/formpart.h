#pragma once

#include <QByteArray>
#include <QString>

namespace bc::api {

// One field of a multipart/form-data upload (/bc/image/upload/): a plain value, or a file when
// fileName is set.
struct FormPart
{
    QString name;
    QByteArray data;
    QString fileName;    // empty for plain fields
    QByteArray mimeType; // files only, e.g. "image/png"
};

} // namespace bc::api
