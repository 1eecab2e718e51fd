#pragma once

#include <QJsonObject>
#include <QStringList>

namespace bc::domain {

// What new ad accounts of a BC may use, from /bc/advertiser/attribute/ (§3.11).
struct AdvertiserAttribute
{
    QStringList currencies; // ISO 4217
    QStringList regionCodes;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserAttribute &, const AdvertiserAttribute &) = default;
};

} // namespace bc::domain
