#pragma once

#include "core/domain/businesscentertransaction.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/transaction/get/ list item into a BusinessCenterTransaction.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BusinessCenterTransactionDecoder
{
public:
    [[nodiscard]] static domain::BusinessCenterTransaction decode(const QJsonObject &item);
};

} // namespace bc::api
