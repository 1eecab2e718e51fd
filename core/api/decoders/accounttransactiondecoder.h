#pragma once

#include "core/domain/accounttransaction.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/account/transaction/get/ record into an AccountTransaction.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AccountTransactionDecoder
{
public:
    [[nodiscard]] static domain::AccountTransaction decode(const QJsonObject &item);
};

} // namespace bc::api
