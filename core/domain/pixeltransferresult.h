#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// What /bc/pixel/transfer/ answers (§3.20): the pixel's asset id in the BC.
struct PixelTransferResult
{
    QString assetId; // digit-exact, even when the API sent a JSON number
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const PixelTransferResult &, const PixelTransferResult &) = default;
};

} // namespace bc::domain
