#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bc::domain {

// The Pangle apps an ad account does not deliver to, from /pangle_block_list/get/ (§4.5).
struct PangleBlockList
{
    QStringList appList;  // iOS iTunes ids and Android package names
    QString appPackageId; // empty until first saved
    QDateTime modifyTime; // ISO-8601 on the wire
    QString campaignId;   // campaign-level lists only (no published contract)
    QJsonObject raw;      // the object as the API sent it, unknown fields included

    friend bool operator==(const PangleBlockList &, const PangleBlockList &) = default;
};

} // namespace bc::domain
