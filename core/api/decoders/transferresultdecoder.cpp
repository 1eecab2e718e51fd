#include "core/api/decoders/transferresultdecoder.h"

#include "core/api/decoders/transfertransactiondecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::TransferResult TransferResultDecoder::decode(const QJsonObject &item)
{
    domain::TransferResult result;
    result.bcId = json::idString(item.value("bc_id"_L1));
    result.advertiserId = json::idString(item.value("advertiser_id"_L1));
    result.childBcId = json::idString(item.value("child_bc_id"_L1));
    result.transactions =
            json::decodeList<TransferTransactionDecoder>(item.value("transaction_infos"_L1));
    result.raw = item;
    return result;
}

} // namespace bc::api
