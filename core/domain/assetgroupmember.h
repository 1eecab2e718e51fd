#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace bc::domain {

// One member of an asset group and the roles the group gives them (§3.15).
struct AssetGroupMember
{
    QString memberId;
    QString memberName;
    QString memberEmail; // personal data: never logged
    QMap<QString, QString>
            assetRoles; // asset type -> role, e.g. ADVERTISER -> ADVERTISER_ROLE_ADMIN
    QJsonObject raw;    // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetGroupMember &, const AssetGroupMember &) = default;
};

} // namespace bc::domain
