#pragma once

#include "cli/bcctlcommand.h"
#include "cli/listfilter.h"
#include "core/downloads/invoicedownloaditem.h"
#include "core/downloads/invoicedownloadoptions.h"
#include "core/downloads/invoicedownloadresult.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

namespace bc::downloads {
class InvoiceBatchDownloader;
class InvoiceDownloader;
struct InvoiceDownloadSummary;
} // namespace bc::downloads

namespace bc::cli {

struct ListResource;

// `invoices download --bc ID (--invoice ID | --all) --out DIR`: downloads invoices of a Business
// Center through InvoiceDownloader (naming template, nothing half-written, a different existing
// file kept, resume from the mirror's record of earlier downloads). --all lists the invoices the
// filters select through the API (and updates the mirror with them), deleted ones left out;
// --invoice names its file
// from the mirror's or the API's row of that invoice. Progress goes to stderr, one line per
// invoice; stdout gets one row per invoice (invoice_id, serial_number, outcome, path, sha256,
// bytes, error). Every invoice is tried; the exit status is 1 when any failed. --all with at least
// --batch-threshold invoices (default 100; --no-batch: never) goes through an INVOICE_BATCH task
// (InvoiceBatchDownloader): same files, same rows, invoices the task misses one by one.
class InvoiceDownloadCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit InvoiceDownloadCommand(QObject *parent = nullptr);
    ~InvoiceDownloadCommand() override;

    // --all selections of at least this many invoices go through an INVOICE_BATCH task. A task
    // costs a few seconds of waiting, so small selections are faster one by one.
    static constexpr int defaultBatchThreshold = 100;

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;

private:
    // The BC's name for {bc_name}: from the mirror's BC list, else from /bc/get/.
    void resolveBcName(const std::function<void()> &then);
    void selectAll();
    void selectOne();
    void download(const QList<downloads::InvoiceDownloadItem> &items);
    // Through an INVOICE_BATCH task; false when the run could not start (the error is reported).
    bool downloadByTask(const QList<downloads::InvoiceDownloadItem> &items,
                        const downloads::InvoiceDownloadOptions &options);
    void onItemFinished(int index, const downloads::InvoiceDownloadResult &result);
    void onFinished(const downloads::InvoiceDownloadSummary &summary);
    void print();
    [[nodiscard]] static const ListResource &invoiceList();

    QString m_bcId;
    QString m_bcName;
    QString m_invoiceId; // --invoice; empty with --all
    QString m_folder;
    QString m_nameTemplate;
    bool m_resume = true;
    int m_batchThreshold = defaultBatchThreshold; // 0: never
    ListFilter m_filter;

    std::unique_ptr<downloads::InvoiceDownloader> m_downloader;
    std::unique_ptr<downloads::InvoiceBatchDownloader> m_batchDownloader;
    QList<downloads::InvoiceDownloadResult> m_results;
    int m_done = 0;
};

} // namespace bc::cli
