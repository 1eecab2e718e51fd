#pragma once

#include "core/downloads/invoicedownloadresult.h"

#include <QList>

namespace bc::downloads {

// The end of a run: how many invoices were downloaded (Downloaded, SavedBeside), skipped
// (AlreadyPresent, Resumed), failed and cancelled, and each failure with its ApiError.
struct InvoiceDownloadSummary
{
    int downloaded = 0;
    int skipped = 0;
    int failed = 0;
    int cancelled = 0;
    QList<InvoiceDownloadResult> failures; // Failed results, in the order of the items

    [[nodiscard]] int total() const { return downloaded + skipped + failed + cancelled; }
    [[nodiscard]] bool ok() const { return failed == 0 && cancelled == 0; }
};

} // namespace bc::downloads
