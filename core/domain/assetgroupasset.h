#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// One asset of an asset group (§3.15).
struct AssetGroupAsset
{
    QString assetId;
    QString assetType; // ADVERTISER
    QString assetName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetGroupAsset &, const AssetGroupAsset &) = default;
};

} // namespace bc::domain
