#pragma once

#include "core/downloads/archivelimits.h"

#include <QtGlobal>

#include <chrono>

namespace bc::downloads {

// How InvoiceBatchDownloader waits for its INVOICE_BATCH tasks and unpacks their archives.
struct InvoiceBatchOptions
{
    // The first look at /bc/invoice/task/list/ after creating a task; each later wait is
    // `pollBackoff` times the previous one, up to `maxPollInterval`.
    std::chrono::milliseconds pollInterval{2000};
    double pollBackoff = 1.5;
    std::chrono::milliseconds maxPollInterval{15000};
    // A task not finished after this long is given up (its invoices go one by one).
    std::chrono::milliseconds taskTimeout{std::chrono::minutes(10)};
    // Invoices the archive lacks, or whose archive failed, are downloaded one by one
    // (InvoiceDownloader). Off: they end as Failed.
    bool fallbackToSingle = true;
    qint64 maxArchiveBytes = qint64(8) * 1024 * 1024 * 1024;
    ArchiveLimits archiveLimits;
};

} // namespace bc::downloads
