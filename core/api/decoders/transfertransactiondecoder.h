#pragma once

#include "core/domain/transfertransaction.h"

#include <QJsonObject>

namespace bc::api {

// Turns a `transaction_infos` element into a TransferTransaction.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class TransferTransactionDecoder
{
public:
    [[nodiscard]] static domain::TransferTransaction decode(const QJsonObject &item);
};

} // namespace bc::api
