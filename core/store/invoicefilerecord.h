#pragma once

#include <QDateTime>
#include <QString>

namespace bc::store {

// One invoice file downloaded into a folder (table invoice_files): which invoice, where it was
// saved, its SHA-256 (lower-case hex), size, when and by which profile.
struct InvoiceFileRecord
{
    QString bcId;
    QString invoiceId;
    QString path; // absolute
    QString sha256;
    qint64 bytes = 0;
    QDateTime downloadedAt; // UTC, to the millisecond
    QString profile;

    friend bool operator==(const InvoiceFileRecord &, const InvoiceFileRecord &) = default;
};

} // namespace bc::store
