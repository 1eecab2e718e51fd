#pragma once

#include "core/downloads/invoicedownloaditem.h"
#include "core/downloads/invoicedownloadresult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bc::store {
class StoreConnection;
}

namespace bc::downloads {

// Puts a downloaded invoice where InvoiceDownloader's rules say (naming template below the
// folder, a PDF check, SHA-256, a rename that never replaces a file: the same bytes already there
// are AlreadyPresent, different ones stay and the new file goes beside them as "name (2).pdf"),
// records it in invoice_files, and answers whether an invoice's recorded file is still there
// (resume). Used by InvoiceBatchDownloader for the PDFs it unpacks from task archives. Runs on the
// store connection's thread.
class InvoiceFilePlacer final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceFilePlacer)

public:
    // `root`: the download folder, absolute and clean. `store` may be nullptr (no records, no
    // resume); it must outlive the placer.
    InvoiceFilePlacer(QString root, QString nameTemplate, store::StoreConnection *store,
                      QString profile);

    // Resumed, when the item's recorded file is inside the folder with its recorded SHA-256.
    [[nodiscard]] std::optional<InvoiceDownloadResult>
    resumed(const InvoiceDownloadItem &item) const;

    // Moves `stagingPath` (a file in the staging folder) to the item's name, or removes it when
    // that is not possible or not needed. `sha256`: the staged file's hash when the caller knows
    // it (computed otherwise). A Failed result carries the error; nothing is left behind then.
    [[nodiscard]] InvoiceDownloadResult
    place(const InvoiceDownloadItem &item, const QString &stagingPath, QString sha256 = {}) const;

    // The item's final path (no numbering); empty when the template gives no file name.
    [[nodiscard]] QString targetPath(const InvoiceDownloadItem &item) const;

    // Non-empty and starting with "%PDF-".
    [[nodiscard]] static bool isPdf(const QString &path);

private:
    void record(InvoiceDownloadResult &result) const;
    [[nodiscard]] static InvoiceDownloadResult failed(const InvoiceDownloadItem &item,
                                                      api::ApiError error);

    QString m_root;
    QString m_nameTemplate;
    store::StoreConnection *m_store;
    QString m_profile;
};

} // namespace bc::downloads
