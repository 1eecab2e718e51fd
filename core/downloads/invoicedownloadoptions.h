#pragma once

#include "core/api/requestpriority.h"

#include <QString>

#include <optional>

namespace bc::downloads {

// How InvoiceDownloader names and places files.
struct InvoiceDownloadOptions
{
    static inline const QString defaultNameTemplate =
            QStringLiteral("{bc_name}/{yyyy}-{mm}/{serial_number}.pdf");

    QString folder;                             // where files go; created when missing
    QString nameTemplate = defaultNameTemplate; // see InvoiceFileNamer
    // Skip invoices whose recorded file (store set, inside `folder`) is still there with the
    // same SHA-256, without asking the API.
    bool resume = true;
    int maxConcurrent = 2; // invoices in flight at once; the client's budget still applies
    // Nothing: Interactive for download(), Background for downloadAll().
    std::optional<api::RequestPriority> priority;
};

} // namespace bc::downloads
