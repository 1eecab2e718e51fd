#include "core/api/decoders/accounttransactiondecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AccountTransaction AccountTransactionDecoder::decode(const QJsonObject &item)
{
    domain::AccountTransaction transaction;
    transaction.transactionId = json::idString(item.value("transaction_id"_L1));
    transaction.paymentPortfolioId = json::idString(item.value("payment_portfolio_id"_L1));
    transaction.paymentPortfolioName = json::text(item.value("payment_portfolio_name"_L1));
    transaction.accountId = json::idString(item.value("account_id"_L1));
    transaction.accountName = json::text(item.value("account_name"_L1));
    transaction.bcId = json::idString(item.value("bc_id"_L1));
    transaction.bcName = json::text(item.value("bc_name"_L1));
    transaction.amount = json::amountOrUnset(item.value("amount"_L1));
    transaction.subtotal = json::amountOrUnset(item.value("subtotal"_L1));
    transaction.taxAmount = json::amountOrUnset(item.value("tax_amount"_L1));
    transaction.currency = json::text(item.value("currency"_L1));
    transaction.amountType = json::text(item.value("amount_type"_L1));
    transaction.transactionType = json::text(item.value("transaction_type"_L1));
    transaction.billingType = json::text(item.value("billing_type"_L1));
    transaction.timezone = json::text(item.value("timezone"_L1));
    transaction.createTime = json::dateTime(item.value("create_time"_L1));
    transaction.invoiceId = json::idString(item.value("invoice_id"_L1));
    transaction.serialNumber = json::text(item.value("serial_number"_L1));
    transaction.raw = item;
    return transaction;
}

} // namespace bc::api
