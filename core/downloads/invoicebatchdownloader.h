#pragma once

#include "core/api/apierror.h"
#include "core/api/requestpriority.h"
#include "core/downloads/invoicebatchoptions.h"
#include "core/downloads/invoicedownloaditem.h"
#include "core/downloads/invoicedownloadoptions.h"
#include "core/downloads/invoicedownloadresult.h"
#include "core/downloads/invoicedownloadsummary.h"

#include <QDeadlineTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace bc::api {
class ApiCall;
class ApiClient;
class ListFetch;
} // namespace bc::api

namespace bc::store {
class StoreConnection;
}

namespace bc::downloads {

class InvoiceDownloader;
class TaskFileFetcher;

// Downloads many invoices through TikTok's async task API instead of one request each: per
// Business Center it creates an INVOICE_BATCH task covering the invoices' send dates
// (/bc/invoice/task/create/), polls /bc/invoice/task/list/ through the client (its rate budget
// holds) with a growing interval until the task SUCCEEDs, FAILs or times out, fetches the zip to
// the staging folder (through the client when the link is on the API host; otherwise with
// TaskFileFetcher, which never sends the Access-Token), and unpacks it on a worker thread with
// ArchiveReader (hostile entries refuse the whole archive). Each entry named after an invoice's
// serial number (or invoice id) is placed by InvoiceFilePlacer exactly as InvoiceDownloader
// places its files: naming template, PDF check, SHA-256, never replacing, recorded for resume.
// Invoices the archive lacks, and every invoice of a task or archive that failed, go through
// InvoiceDownloader one by one (unless fallbackToSingle is off). Signals as InvoiceDownloader's.
// Lives on the thread of the client and of the store's connection.
class InvoiceBatchDownloader final : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceBatchDownloader(api::ApiClient &client, QObject *parent = nullptr);
    ~InvoiceBatchDownloader() override;

    // Take effect with the next run.
    void setOptions(const InvoiceDownloadOptions &options) { m_options = options; }
    [[nodiscard]] const InvoiceDownloadOptions &options() const { return m_options; }
    void setBatchOptions(const InvoiceBatchOptions &options) { m_batchOptions = options; }
    [[nodiscard]] const InvoiceBatchOptions &batchOptions() const { return m_batchOptions; }

    // As InvoiceDownloader::setStore().
    void setStore(store::StoreConnection *connection, const QString &profile);

    // Starts a run (signals follow from the event loop). False, with errorString(), as
    // InvoiceDownloader::downloadAll() refuses.
    bool downloadAll(const QList<InvoiceDownloadItem> &items);
    // Stops the run: the task is left to the server, transfers are aborted, unpacked files not
    // yet placed are removed; every unfinished item ends as Cancelled and finished() follows.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void itemStarted(int index, const bc::downloads::InvoiceDownloadItem &item);
    void itemProgress(int index, qint64 bytesReceived, qint64 bytesTotal);
    void itemFinished(int index, const bc::downloads::InvoiceDownloadResult &result);
    void progress(int done, int total);
    void finished(const bc::downloads::InvoiceDownloadSummary &summary);
    // A task was created for a Business Center's invoices.
    void taskCreated(const QString &bcId, const QString &taskId);
    // The task's archive as it arrives (total -1: unknown).
    void archiveProgress(qint64 bytesReceived, qint64 bytesTotal);
    // A task or its archive failed; its unfinished invoices go one by one (or fail).
    void batchFailed(const QString &bcId, const bc::api::ApiError &error);

private:
    struct Group
    {
        QString bcId;
        QList<int> indexes;
    };

    void begin();
    void nextGroup();
    void createTask();
    void schedulePoll();
    void poll();
    void fetchArchive(const QString &downloadUrl);
    void onArchive(const std::optional<api::ApiError> &error);
    void unpack();
    void onEntryReady(int index, const QString &stagingPath, const QString &sha256);
    void onUnpacked(const QString &error);
    void groupFailed(const api::ApiError &error);
    void startFallback();
    void markStarted(int index);
    void complete(int index, InvoiceDownloadResult result);
    void finishCancelled();
    void finishRun();
    void cleanUpArchive();
    [[nodiscard]] QString stagingFolder() const;
    [[nodiscard]] api::RequestPriority priority() const;

    api::ApiClient &m_client;
    InvoiceDownloadOptions m_options;
    InvoiceBatchOptions m_batchOptions;
    store::StoreConnection *m_store = nullptr;
    QString m_profile;

    // The current run.
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_run = 0; // callbacks of an earlier run are ignored
    QString m_error;
    QString m_root;
    QList<InvoiceDownloadItem> m_items;
    QList<bool> m_started;
    QList<bool> m_done;
    int m_doneCount = 0;
    InvoiceDownloadSummary m_summary;
    QMap<int, InvoiceDownloadResult> m_failures;
    QList<Group> m_groups;
    int m_group = -1;
    QList<int> m_fallback;     // item indexes for InvoiceDownloader
    api::ApiError m_lastError; // why the current group's task or archive failed

    // The current group's task.
    QString m_taskId;
    std::chrono::milliseconds m_pollWait{0};
    QDeadlineTimer m_taskDeadline;
    QTimer *m_pollTimer;
    QPointer<api::ApiCall> m_call;
    QPointer<api::ListFetch> m_fetch;
    QPointer<TaskFileFetcher> m_fetcher;
    QString m_archivePath;
    QPointer<QThread> m_worker;
    std::shared_ptr<std::atomic_bool> m_stopWorker;

    std::unique_ptr<InvoiceDownloader> m_single;
    QList<int> m_singleIndexes; // InvoiceDownloader's index -> ours
};

} // namespace bc::downloads
