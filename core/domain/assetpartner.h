#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A partner BC an asset is shared with, as /bc/asset/partner/get/ lists it (§3.14).
struct AssetPartner
{
    QString bcId; // the partner's BC
    QString bcName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetPartner &, const AssetPartner &) = default;
};

} // namespace bc::domain
