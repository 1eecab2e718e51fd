#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// A business qualification of the BC, as /bc/advertiser/qualification/get/ lists it (§3.10).
struct Qualification
{
    QString qualificationId;
    QString companyName;
    QString status; // VERIFIED, UNVERIFIED
    QString ownerAdvertiserId;
    std::optional<qint64> linkedAdvertiserCount;
    QString regionCode;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const Qualification &, const Qualification &) = default;
};

} // namespace bc::domain
