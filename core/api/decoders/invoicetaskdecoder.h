#pragma once

#include "core/domain/invoicetask.h"

#include <QJsonObject>

namespace bc::api {

// Turns an invoice task answer or /bc/invoice/task/list/ item into an InvoiceTask.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class InvoiceTaskDecoder
{
public:
    [[nodiscard]] static domain::InvoiceTask decode(const QJsonObject &item);
};

} // namespace bc::api
