#pragma once

#include "core/domain/invoice.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/invoice/get/ list item into an Invoice.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class InvoiceDecoder
{
public:
    [[nodiscard]] static domain::Invoice decode(const QJsonObject &item);
};

} // namespace bc::api
