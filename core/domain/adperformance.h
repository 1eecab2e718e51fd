#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// An ad account's delivery over a range, from /bc/inspiration_tool/ad_performance/ (§4.6: no
// published contract; this follows the emulator's assumed one). Metrics not asked for stay
// not set.
struct AdPerformance
{
    QString advertiserId;
    QString advertiserName;
    QString currency;
    Amount spend;
    std::optional<qint64> impressions;
    std::optional<qint64> clicks;
    std::optional<double> ctr; // a percentage
    Amount cpc;
    Amount cpm;
    std::optional<qint64> conversions;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AdPerformance &, const AdPerformance &) = default;
};

} // namespace bc::domain
