#include "core/api/decoders/advertiserbalancedecoder.h"

#include "core/api/decoders/balancebreakdowndecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserBalance AdvertiserBalanceDecoder::decode(const QJsonObject &item)
{
    const QJsonObject maxTransferableAmount =
            json::object(item.value("max_transferable_amount"_L1));
    const QJsonObject budgetFrequencyRestriction =
            json::object(item.value("budget_frequency_restriction"_L1));
    const QJsonObject budgetAmountRestriction =
            json::object(item.value("budget_amount_restriction"_L1));
    const QJsonObject minTransferableAmount =
            json::object(item.value("min_transferable_amount"_L1));

    domain::AdvertiserBalance balance;
    balance.advertiserId = json::idString(item.value("advertiser_id"_L1));
    balance.advertiserName = json::text(item.value("advertiser_name"_L1));
    balance.advertiserStatus = json::text(item.value("advertiser_status"_L1));
    balance.advertiserType = json::text(item.value("advertiser_type"_L1));
    balance.timezone = json::text(item.value("timezone"_L1));
    balance.currency = json::text(item.value("currency"_L1));
    balance.accountOpenDays = json::integer(item.value("account_open_days"_L1));
    balance.balanceReminder = json::boolean(item.value("balance_reminder"_L1));
    balance.company = json::text(item.value("company"_L1));
    balance.contactName = json::text(item.value("contact_name"_L1));
    balance.contactEmail = json::text(item.value("contact_email"_L1));
    balance.createTime = json::dateTime(item.value("create_time"_L1));
    balance.accountBalance = json::amountOrUnset(item.value("account_balance"_L1));
    balance.validAccountBalance = json::amountOrUnset(item.value("valid_account_balance"_L1));
    balance.frozenBalance = json::amountOrUnset(item.value("frozen_balance"_L1));
    balance.tax = json::amountOrUnset(item.value("tax"_L1));
    balance.cashBalance = json::amountOrUnset(item.value("cash_balance"_L1));
    balance.validCashBalance = json::amountOrUnset(item.value("valid_cash_balance"_L1));
    balance.grantBalance = json::amountOrUnset(item.value("grant_balance"_L1));
    balance.validGrantBalance = json::amountOrUnset(item.value("valid_grant_balance"_L1));
    balance.paymentPortfolioId = json::idString(item.value("payment_portfolio_id"_L1));
    balance.paymentPortfolioName = json::text(item.value("payment_portfolio_name"_L1));
    balance.paymentPortfolioType = json::text(item.value("payment_portfolio_type"_L1));
    balance.transferableAmount = json::amountOrUnset(item.value("transferable_amount"_L1));
    balance.maxTransferableCash =
            json::amountOrUnset(maxTransferableAmount.value("cash_amount"_L1));
    balance.maxTransferableGrant =
            json::amountOrUnset(maxTransferableAmount.value("grant_amount"_L1));
    balance.balanceInfo =
            BalanceBreakdownDecoder::decode(json::object(item.value("balance_info"_L1)));
    balance.budgetMode = json::text(item.value("budget_mode"_L1));
    balance.budget = json::amountOrUnset(item.value("budget"_L1));
    balance.budgetCost = json::amountOrUnset(item.value("budget_cost"_L1));
    balance.budgetRemaining = json::amountOrUnset(item.value("budget_remaining"_L1));
    balance.budgetChangesTotal = json::integer(budgetFrequencyRestriction.value("total_count"_L1));
    balance.budgetChangesUsed = json::integer(budgetFrequencyRestriction.value("used_count"_L1));
    balance.budgetChangesRemaining =
            json::integer(budgetFrequencyRestriction.value("remaining_count"_L1));
    balance.budgetChangesStart =
            json::dateTime(budgetFrequencyRestriction.value("effective_start_time"_L1));
    balance.budgetChangesEnd =
            json::dateTime(budgetFrequencyRestriction.value("effective_end_time"_L1));
    balance.budgetMinimumAmount =
            json::amountOrUnset(budgetAmountRestriction.value("minimum_amount"_L1));
    balance.minTransferableCash =
            json::amountOrUnset(minTransferableAmount.value("cash_amount"_L1));
    balance.minTransferableGrant =
            json::amountOrUnset(minTransferableAmount.value("grant_amount"_L1));
    balance.minTransferableCredit =
            json::amountOrUnset(minTransferableAmount.value("credit_amount"_L1));
    balance.firstRechargeAmount = json::amountOrUnset(item.value("first_recharge_amount"_L1));
    balance.firstRechargeTime = json::dateTime(item.value("first_recharge_time"_L1));
    balance.latestRechargeTime = json::dateTime(item.value("latest_recharge_time"_L1));
    balance.rechargeAmount = json::amountOrUnset(item.value("recharge_amount"_L1));
    balance.rechargeCount = json::integer(item.value("recharge_count"_L1));
    balance.raw = item;
    return balance;
}

} // namespace bc::api
