#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// An ad account linked to a BC pixel, as /bc/pixel/link/get/ lists it (§3.20: item fields
// unpublished; the reference expects the account's id and name).
struct PixelLink
{
    QString advertiserId;
    QString advertiserName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const PixelLink &, const PixelLink &) = default;
};

} // namespace bc::domain
