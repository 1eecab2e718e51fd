#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A partner Business Center, as /bc/partner/get/ lists it (§3.17).
struct Partner
{
    QString bcId; // the partner's BC
    QString bcName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const Partner &, const Partner &) = default;
};

} // namespace bc::domain
