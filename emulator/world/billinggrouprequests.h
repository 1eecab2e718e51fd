#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

// /bc/billing_group/create/ (reference §3.18).
struct BillingGroupCreate
{
    QString bcId;
    QStringList advertiserIds; // 1–100; they leave their current group
    QString billingGroupName;  // 1–100 characters
    QStringList emails;        // ≤ 20
    QString billingGroupType = QStringLiteral("AUCTION");
    bool isPrimary = false;
};

// /bc/billing_group/update/: only the set fields change.
struct BillingGroupUpdate
{
    QString bcId;
    QString billingGroupId;
    std::optional<QString> name;
    std::optional<QStringList> emails;
    QStringList addAdvertiserIds;
    QStringList deleteAdvertiserIds; // they go back to the primary group
    std::optional<bool> isPrimary;
};

} // namespace bc::emulator
