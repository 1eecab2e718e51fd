#include "core/api/decoders/invoicereferencedecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::InvoiceReference InvoiceReferenceDecoder::decode(const QJsonObject &item)
{
    domain::InvoiceReference reference;
    reference.invoiceId = json::idString(item.value("invoice_id"_L1));
    reference.serialNumber = json::text(item.value("serial_number"_L1));
    reference.raw = item;
    return reference;
}

} // namespace bc::api
