#pragma once

#include "core/downloads/invoicedownloaditem.h"
#include "core/downloads/invoicedownloadoptions.h"
#include "core/downloads/invoicedownloadresult.h"
#include "core/downloads/invoicedownloadsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace bc::api {
class ApiCall;
class ApiClient;
} // namespace bc::api

namespace bc::store {
class StoreConnection;
}

namespace bc::downloads {

// Downloads invoices (/bc/invoice/download/, one request per invoice, through the client's
// request budget) into a folder, named by a template (InvoiceFileNamer).
//
// Nothing half-written: each PDF streams through QSaveFile (ApiCall) into a staging folder
// (".bc-staging" in the download folder, removed when the run ends), is checked (a PDF header,
// not empty), hashed (SHA-256), and only then moved to its name with a rename that never
// replaces a file. A file already there with the same SHA-256 stays as it is (AlreadyPresent);
// one with different content is never overwritten: the new file goes beside it as
// "name (2).pdf" (SavedBeside). With a store, each file is recorded in invoice_files, and with
// `resume` an invoice whose recorded file is still in the folder with the same SHA-256 is not
// requested again. One invoice failing does not stop the others. Lives on the thread of the
// client and of the store's connection.
class InvoiceDownloader final : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceDownloader(api::ApiClient &client, QObject *parent = nullptr);
    ~InvoiceDownloader() override;

    // Takes effect with the next run.
    void setOptions(const InvoiceDownloadOptions &options) { m_options = options; }
    [[nodiscard]] const InvoiceDownloadOptions &options() const { return m_options; }

    // Records downloaded files in `connection` (not owned; must outlive the downloader, schema
    // version 3 or later) as downloaded by `profile`. nullptr: no records and no resume.
    void setStore(store::StoreConnection *connection, const QString &profile);

    // Starts a run (signals follow from the event loop). False, with errorString(), when a run
    // is going on, the options are unusable (no folder, a bad template) or the folder cannot be
    // created; nothing is emitted then.
    bool download(const InvoiceDownloadItem &item);            // Interactive priority by default
    bool downloadAll(const QList<InvoiceDownloadItem> &items); // Background by default

    // Stops the run: requests in flight are aborted, the rest are not started; each ends as
    // Cancelled and finished() follows.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // The staging folder's name inside the download folder.
    [[nodiscard]] static QString stagingFolderName();
    // Lower-case hex SHA-256 of a file; empty when it cannot be read.
    [[nodiscard]] static QString fileSha256(const QString &path);

Q_SIGNALS:
    // `index` is the item's position in the list given to downloadAll() (0 for download()).
    void itemStarted(int index, const bc::downloads::InvoiceDownloadItem &item);
    void itemProgress(int index, qint64 bytesReceived, qint64 bytesTotal); // total -1: unknown
    void itemFinished(int index, const bc::downloads::InvoiceDownloadResult &result);
    // Items done so far (any outcome) of `total`.
    void progress(int done, int total);
    void finished(const bc::downloads::InvoiceDownloadSummary &summary);

private:
    bool start(const QList<InvoiceDownloadItem> &items, api::RequestPriority priority);
    void pump();
    void startItem(int index);
    [[nodiscard]] bool resumeItem(int index);
    void onDownloaded(int index, const QString &stagingPath, qint64 bytes);
    void placeFile(int index, const QString &stagingPath);
    void recordFile(InvoiceDownloadResult &result);
    void complete(int index, InvoiceDownloadResult result);
    void fail(int index, const api::ApiError &error);
    void finishRun();
    [[nodiscard]] QString targetPath(int index) const;
    [[nodiscard]] QString stagingPath(int index) const;

    api::ApiClient &m_client;
    InvoiceDownloadOptions m_options;
    store::StoreConnection *m_store = nullptr;
    QString m_profile;

    // The current run.
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    QString m_root; // absolute, clean
    api::RequestPriority m_priority = api::RequestPriority::Background;
    QList<InvoiceDownloadItem> m_items;
    QList<bool> m_done;
    int m_next = 0;
    int m_doneCount = 0;
    QHash<int, QPointer<api::ApiCall>> m_active;
    InvoiceDownloadSummary m_summary;
    QMap<int, InvoiceDownloadResult> m_failures;
};

} // namespace bc::downloads
