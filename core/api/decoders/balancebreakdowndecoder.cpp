#include "core/api/decoders/balancebreakdowndecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BalanceBreakdown BalanceBreakdownDecoder::decode(const QJsonObject &item)
{
    domain::BalanceBreakdown breakdown;
    breakdown.accountBalance = json::amountOrUnset(item.value("account_balance"_L1));
    breakdown.validAccountBalance = json::amountOrUnset(item.value("valid_account_balance"_L1));
    breakdown.frozenBalance = json::amountOrUnset(item.value("frozen_balance"_L1));
    breakdown.tax = json::amountOrUnset(item.value("tax"_L1));
    breakdown.cashBalance = json::amountOrUnset(item.value("cash_balance"_L1));
    breakdown.frozenCashBalance = json::amountOrUnset(item.value("frozen_cash_balance"_L1));
    breakdown.cashTax = json::amountOrUnset(item.value("cash_tax"_L1));
    breakdown.validCashBalance = json::amountOrUnset(item.value("valid_cash_balance"_L1));
    breakdown.grantBalance = json::amountOrUnset(item.value("grant_balance"_L1));
    breakdown.validGrantBalance = json::amountOrUnset(item.value("valid_grant_balance"_L1));
    breakdown.frozenGrantBalance = json::amountOrUnset(item.value("frozen_grant_balance"_L1));
    breakdown.creditBalance = json::amountOrUnset(item.value("credit_balance"_L1));
    breakdown.validCreditBalance = json::amountOrUnset(item.value("valid_credit_balance"_L1));
    breakdown.frozenCreditBalance = json::amountOrUnset(item.value("frozen_credit_balance"_L1));
    breakdown.raw = item;
    return breakdown;
}

} // namespace bc::api
