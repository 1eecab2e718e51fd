#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// What /bc/asset_group/create/ answers (§3.15): the new group's id.
struct AssetGroupCreateResult
{
    QString assetGroupId; // digit-exact, even when the API sent a JSON number
    QJsonObject raw;      // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetGroupCreateResult &,
                           const AssetGroupCreateResult &) = default;
};

} // namespace bc::domain
