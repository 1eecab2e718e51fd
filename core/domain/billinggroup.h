#pragma once

#include "core/domain/billinggroupadvertiser.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::domain {

// A billing group, as /bc/billing_group/get/ lists it (§3.18).
struct BillingGroup
{
    QString billingGroupId;
    QString billingGroupName;
    QString status; // VALID, INVALID (TS); the digits if it comes as Y's int64
    QString invoiceObjectName;
    std::optional<bool> isPrimary;
    QList<BillingGroupAdvertiser> advertisers;
    QStringList billingGroupEmails; // personal data: never logged
    QString invoiceGroupBy;         // ACCOUNT, ADVERTISER
    QString billedToType;           // ACCOUNT, ADVERTISER
    QString billingGroupType;       // AUCTION, RESERVATION
    QJsonObject raw;                // the object as the API sent it, unknown fields included

    friend bool operator==(const BillingGroup &, const BillingGroup &) = default;
};

} // namespace bc::domain
