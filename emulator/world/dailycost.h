#pragma once

#include "money.h"

namespace bc::emulator {

// What an ad account spent (/bc/account/cost/get/): amount = cashAmount + grantAmount + taxAmount.
struct DailyCost
{
    Cents cashAmount = 0;
    Cents grantAmount = 0;
    Cents taxAmount = 0;

    [[nodiscard]] Cents amount() const { return cashAmount + grantAmount + taxAmount; }
    DailyCost &operator+=(const DailyCost &other)
    {
        cashAmount += other.cashAmount;
        grantAmount += other.grantAmount;
        taxAmount += other.taxAmount;
        return *this;
    }
};

} // namespace bc::emulator
