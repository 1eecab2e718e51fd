#pragma once

#include "core/domain/invoicereference.h"

#include <QJsonObject>

namespace bc::api {

// Turns a related-invoice entry into an InvoiceReference.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class InvoiceReferenceDecoder
{
public:
    [[nodiscard]] static domain::InvoiceReference decode(const QJsonObject &item);
};

} // namespace bc::api
