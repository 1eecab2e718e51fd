#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A pixel of the BC, from /bc/pixel/get/ (§3.20: undocumented; clients see `pixels`).
struct Pixel
{
    QString pixelCode; // the code the pixel endpoints take
    QString pixelId;
    QString pixelName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const Pixel &, const Pixel &) = default;
};

} // namespace bc::domain
