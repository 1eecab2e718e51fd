#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// An image uploaded with /bc/image/upload/ (§3.21), for the qualification fields of
// /bc/advertiser/create/.
struct ImageUpload
{
    QString imageId;  // opaque; not always digits
    QString imageUrl; // a preview link
    QJsonObject raw;  // the object as the API sent it, unknown fields included

    friend bool operator==(const ImageUpload &, const ImageUpload &) = default;
};

} // namespace bc::domain
