#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bc::domain {

// What /bc/advertiser/disable/ answers (§3.9): refusals come with code 0, per account.
struct AdvertiserDisableResult
{
    QStringList disabledAdvertiserIds;
    QMap<QString, QString>
            failedReasons; // advertiser id -> DELIVERING, UNPAID_BILL, SUSPENDED, ...
    QJsonObject raw;       // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserDisableResult &,
                           const AdvertiserDisableResult &) = default;
};

} // namespace bc::domain
