#pragma once

#include "money.h"

namespace bc::emulator {

// The money of a BC or an ad account (/bc/balance/get/, /advertiser/balance/get/ balance_info).
// Only the parts are stored; every total is derived from them, so account_balance =
// valid_account_balance + frozen_balance + tax holds by construction and no write can break it.
// Credit (a monthly-invoicing credit line) is not money held, so it is outside account_balance.
struct Balance
{
    Cents validCash = 0;
    Cents frozenCash = 0;
    Cents cashTax = 0; // tax reserved on cash top-ups (VAT countries)
    Cents validGrant = 0;
    Cents frozenGrant = 0;
    Cents validCredit = 0;
    Cents frozenCredit = 0;

    [[nodiscard]] Cents cashBalance() const { return validCash + frozenCash + cashTax; }
    [[nodiscard]] Cents validCashBalance() const { return validCash; }
    [[nodiscard]] Cents grantBalance() const { return validGrant + frozenGrant; }
    [[nodiscard]] Cents validGrantBalance() const { return validGrant; }
    [[nodiscard]] Cents creditBalance() const { return validCredit + frozenCredit; }
    [[nodiscard]] Cents validAccountBalance() const { return validCash + validGrant; }
    [[nodiscard]] Cents frozenBalance() const { return frozenCash + frozenGrant; }
    [[nodiscard]] Cents tax() const { return cashTax; }
    [[nodiscard]] Cents accountBalance() const
    {
        return validAccountBalance() + frozenBalance() + tax();
    }
};

} // namespace bc::emulator
