#pragma once

#include "core/domain/transferresult.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /bc/transfer/ into a TransferResult.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class TransferResultDecoder
{
public:
    [[nodiscard]] static domain::TransferResult decode(const QJsonObject &item);
};

} // namespace bc::api
