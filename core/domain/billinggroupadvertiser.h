#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// An ad account in a billing group: an element of a group's `advertisers`, or an item of
// /bc/billing_group/advertiser/list/ (§3.18).
struct BillingGroupAdvertiser
{
    QString advertiserId;
    QString advertiserName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const BillingGroupAdvertiser &,
                           const BillingGroupAdvertiser &) = default;
};

} // namespace bc::domain
