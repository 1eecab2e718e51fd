#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// One line of a billing report: an ad account's spend (an element of `list`), or the total of
// one currency (an element of `summary`, without advertiser or billing group).
struct BillingReportLine
{
    QString advertiserId;
    QString advertiserName;
    QString billingGroupId;
    QString currency;
    Amount cashAmount;
    Amount grantAmount;
    Amount taxAmount;
    Amount totalAmount;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const BillingReportLine &, const BillingReportLine &) = default;
};

} // namespace bc::domain
