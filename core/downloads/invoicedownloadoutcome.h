#pragma once

#include <QString>

namespace bc::downloads {

// How one invoice of a download run ended.
enum class InvoiceDownloadOutcome {
    Downloaded,     // saved under its templated name
    SavedBeside,    // a different file had the name: saved as "name (2).pdf" (or 3, ...)
    AlreadyPresent, // downloaded, and the same bytes were already there: nothing written
    Resumed,        // its recorded file is still there with the same SHA-256: not requested
    Failed,         // see the result's error; nothing written
    Cancelled,      // the run was cancelled before it finished; nothing written
};

// Stable keys for logs and bcctl's output: "downloaded", "saved-beside", "already-present",
// "resumed", "failed", "cancelled". Never translated.
[[nodiscard]] inline QString invoiceDownloadOutcomeKey(InvoiceDownloadOutcome outcome)
{
    switch (outcome) {
    case InvoiceDownloadOutcome::Downloaded:
        return QStringLiteral("downloaded");
    case InvoiceDownloadOutcome::SavedBeside:
        return QStringLiteral("saved-beside");
    case InvoiceDownloadOutcome::AlreadyPresent:
        return QStringLiteral("already-present");
    case InvoiceDownloadOutcome::Resumed:
        return QStringLiteral("resumed");
    case InvoiceDownloadOutcome::Failed:
        return QStringLiteral("failed");
    case InvoiceDownloadOutcome::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

} // namespace bc::downloads
