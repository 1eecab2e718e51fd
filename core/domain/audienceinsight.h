#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// One value of an audience dimension, from /bc/inspiration_tool/audience_insight/ (§4.6: no
// published contract; this follows the emulator's assumed one). The dimension (AGE, GENDER,
// PLATFORM, REGION) is the one the request asked for.
struct AudienceInsight
{
    QString dimensionValue;
    std::optional<qint64> impressions;
    std::optional<qint64> clicks;
    std::optional<double> audienceShare; // a fraction; the list's shares sum to 1
    QJsonObject raw;                     // the object as the API sent it, unknown fields included

    friend bool operator==(const AudienceInsight &, const AudienceInsight &) = default;
};

} // namespace bc::domain
