#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A related invoice: an element of `negative_invoice_ids` or `positive_invoice_ids` (§3.19).
struct InvoiceReference
{
    QString invoiceId;
    QString serialNumber;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const InvoiceReference &, const InvoiceReference &) = default;
};

} // namespace bc::domain
