#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

// A billing group (/bc/billing_group/*): which ad accounts are invoiced together, and to whom.
struct BillingGroup
{
    QString billingGroupId;
    QString billingGroupName;
    QString status;            // VALID, INVALID
    QString invoiceObjectName; // the billed entity
    bool isPrimary = false;
    QStringList advertiserIds;
    QStringList emails;
    QString invoiceGroupBy;   // ACCOUNT, ADVERTISER
    QString billedToType;     // ACCOUNT, ADVERTISER
    QString billingGroupType; // AUCTION, RESERVATION
    qint64 createTime = 0;
};

} // namespace bc::emulator
