#pragma once

#include "core/api/apierror.h"
#include "core/downloads/invoicedownloaditem.h"
#include "core/downloads/invoicedownloadoutcome.h"

#include <QString>

#include <optional>

namespace bc::downloads {

// What became of one invoice of a run.
struct InvoiceDownloadResult
{
    InvoiceDownloadItem item;
    InvoiceDownloadOutcome outcome = InvoiceDownloadOutcome::Failed;
    QString path;   // the file that holds the invoice now (absolute); empty when none
    QString sha256; // lower-case hex of that file
    qint64 bytes = 0;
    // Failed and Cancelled: why (TikTok's code and request_id when the API answered; LocalFile
    // for the disk, Validation for a template that names no file).
    std::optional<api::ApiError> error;
    // The file is in place but could not be recorded in the store (resume will download it
    // again); empty when it was recorded or no store is set.
    QString recordError;

    [[nodiscard]] bool ok() const
    {
        return outcome != InvoiceDownloadOutcome::Failed
               && outcome != InvoiceDownloadOutcome::Cancelled;
    }
};

} // namespace bc::downloads
