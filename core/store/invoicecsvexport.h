#pragma once

#include "core/store/mirrorrow.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::store {

class CsvFile;
class MirrorStore;

// The invoice list of a BC as a CSV with every field /bc/invoice/get/ sent (reference §3.19), as
// the mirror keeps it: the documented fields first, in the reference's order, then any field the
// API added that the reference does not name (sorted). Money exact with two decimals; lists joined
// with "; " (negative/positive invoices as "invoice_id serial_number"); other objects as compact
// JSON. Rows ordered by send date, then invoice id.
class InvoiceCsvExport
{
public:
    [[nodiscard]] static QStringList documentedColumns();
    // documentedColumns() plus the extra fields of `invoices`.
    [[nodiscard]] static QStringList columns(const QList<MirrorRow> &invoices);
    [[nodiscard]] static CsvFile csv(const QList<MirrorRow> &invoices);
    // Reads the mirror's invoices of `bcId`.
    [[nodiscard]] static QList<MirrorRow> invoices(MirrorStore &store, const QString &bcId,
                                                   StoreError *error = nullptr);
    // One field of an invoice as its column shows it.
    [[nodiscard]] static QString field(const QJsonObject &invoice, const QString &column);
};

} // namespace bc::store
