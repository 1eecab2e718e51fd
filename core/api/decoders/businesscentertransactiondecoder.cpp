#include "core/api/decoders/businesscentertransactiondecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BusinessCenterTransaction BusinessCenterTransactionDecoder::decode(const QJsonObject &item)
{
    domain::BusinessCenterTransaction transaction;
    transaction.date = json::dateTime(item.value("date"_L1));
    transaction.amount = json::amountOrUnset(item.value("amount"_L1));
    transaction.timezone = json::text(item.value("timezone"_L1));
    transaction.currency = json::text(item.value("currency"_L1));
    transaction.fundsType = json::text(item.value("funds_type"_L1));
    transaction.invoiceId = json::idString(item.value("invoice_id"_L1));
    transaction.invoiceSerialNumber = json::text(item.value("invoice_serial_number"_L1));
    transaction.raw = item;
    return transaction;
}

} // namespace bc::api
