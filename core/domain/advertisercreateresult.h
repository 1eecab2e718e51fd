#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// What /bc/advertiser/create/ answers (§3.7).
struct AdvertiserCreateResult
{
    QString advertiserId;           // the new ad account
    QString portfolioBindingStatus; // SUCCESS, FAILED
    QString portfolioBindingError;
    QString budgetSetupStatus; // SUCCESS, FAILED (B)
    QString budgetSetupError;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserCreateResult &,
                           const AdvertiserCreateResult &) = default;
};

} // namespace bc::domain
