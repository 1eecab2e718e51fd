#include "core/api/decoders/advertisertransactiondecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserTransaction AdvertiserTransactionDecoder::decode(const QJsonObject &item)
{
    domain::AdvertiserTransaction transaction;
    transaction.advertiserId = json::idString(item.value("advertiser_id"_L1));
    transaction.advertiserName = json::text(item.value("advertiser_name"_L1));
    transaction.amount = json::amountOrUnset(item.value("amount"_L1));
    transaction.currency = json::text(item.value("currency"_L1));
    transaction.date = json::dateTime(item.value("date"_L1));
    transaction.fundsType = json::text(item.value("funds_type"_L1));
    transaction.transferType = json::text(item.value("transfer_type"_L1));
    transaction.timezone = json::text(item.value("timezone"_L1));
    transaction.raw = item;
    return transaction;
}

} // namespace bc::api
