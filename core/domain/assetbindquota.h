#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// How many more assets may be bound, from /asset/bind/quota/ (§3.14; fields from B).
struct AssetBindQuota
{
    std::optional<qint64> totalQuota;
    std::optional<qint64> usedQuota;
    std::optional<qint64> availableQuota;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetBindQuota &, const AssetBindQuota &) = default;
};

} // namespace bc::domain
