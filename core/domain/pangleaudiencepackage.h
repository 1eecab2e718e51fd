#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A Pangle audience package of an ad account, from /pangle_audience_package/get/ (§4.5).
struct PangleAudiencePackage
{
    QString packageId;
    QString packageName;
    QString bindType; // INCLUDE, EXCLUDE
    QJsonObject raw;  // the object as the API sent it, unknown fields included

    friend bool operator==(const PangleAudiencePackage &, const PangleAudiencePackage &) = default;
};

} // namespace bc::domain
