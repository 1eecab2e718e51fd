#pragma once

#include "core/store/invoicefilerecord.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QString>

namespace bc::store {

class StoreConnection;

// The invoice files downloaded from a profile (table invoice_files), for resuming bulk downloads
// and for telling which file on disk is which invoice. One row per (bc_id, invoice_id, sha256):
// recording the same content again updates its path, time and profile. Works on the
// connection's thread only; the connection must outlive it and carry the schema.
class InvoiceFileStore final
{
public:
    explicit InvoiceFileStore(StoreConnection &connection)
        : m_connection(connection)
    { }

    // Inserts or updates `record` (downloadedAt set to now when invalid).
    StoreError record(const InvoiceFileRecord &record);
    // The files recorded for one invoice, newest first.
    [[nodiscard]] QList<InvoiceFileRecord> files(const QString &bcId, const QString &invoiceId,
                                                 StoreError *error = nullptr);

private:
    StoreConnection &m_connection;
};

} // namespace bc::store
