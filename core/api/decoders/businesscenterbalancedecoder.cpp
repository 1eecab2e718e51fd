#include "core/api/decoders/businesscenterbalancedecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BusinessCenterBalance BusinessCenterBalanceDecoder::decode(const QJsonObject &item)
{
    domain::BusinessCenterBalance balance;
    balance.bcId = json::idString(item.value("bc_id"_L1));
    balance.currency = json::text(item.value("currency"_L1));
    balance.accountBalance = json::amountOrUnset(item.value("account_balance"_L1));
    balance.validAccountBalance = json::amountOrUnset(item.value("valid_account_balance"_L1));
    balance.frozenBalance = json::amountOrUnset(item.value("frozen_balance"_L1));
    balance.tax = json::amountOrUnset(item.value("tax"_L1));
    balance.cashBalance = json::amountOrUnset(item.value("cash_balance"_L1));
    balance.validCashBalance = json::amountOrUnset(item.value("valid_cash_balance"_L1));
    balance.grantBalance = json::amountOrUnset(item.value("grant_balance"_L1));
    balance.validGrantBalance = json::amountOrUnset(item.value("valid_grant_balance"_L1));
    balance.paymentPortfolioType = json::text(item.value("payment_portfolio_type"_L1));
    balance.raw = item;
    return balance;
}

} // namespace bc::api
