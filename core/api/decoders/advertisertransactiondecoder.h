#pragma once

#include "core/domain/advertisertransaction.h"

#include <QJsonObject>

namespace bc::api {

// Turns a `transaction_list` item into an AdvertiserTransaction.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class AdvertiserTransactionDecoder
{
public:
    [[nodiscard]] static domain::AdvertiserTransaction decode(const QJsonObject &item);
};

} // namespace bc::api
