#include "core/api/decoders/transfertransactiondecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::TransferTransaction TransferTransactionDecoder::decode(const QJsonObject &item)
{
    const QJsonObject payeeAccount = json::object(item.value("payee_account"_L1));
    const QJsonObject remitterAccount = json::object(item.value("remitter_account"_L1));

    domain::TransferTransaction transaction;
    transaction.transactionId = json::idString(item.value("transaction_id"_L1));
    transaction.transactionType = json::text(item.value("transaction_type"_L1));
    transaction.payeeAccountType = json::text(payeeAccount.value("account_type"_L1));
    transaction.payeeAccountId = json::idString(payeeAccount.value("account_id"_L1));
    transaction.remitterAccountType = json::text(remitterAccount.value("account_type"_L1));
    transaction.remitterAccountId = json::idString(remitterAccount.value("account_id"_L1));
    transaction.raw = item;
    return transaction;
}

} // namespace bc::api
