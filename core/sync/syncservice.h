#pragma once

#include "core/store/listwrite.h"
#include "core/store/mirrorlist.h"
#include "core/sync/syncprogress.h"
#include "core/sync/syncsummary.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace bc::api {
class ApiClient;
struct ApiRequest;
struct ListSpec;
} // namespace bc::api

namespace bc::store {
class MirrorWriter;
}

namespace bc::sync {

// Refreshes the local mirror from the API: a whole Business Center (every list but the BC list
// itself), one list of a BC, or the BC list. Every request goes through the ApiClient (so its
// scheduler, budget and retries) at RequestPriority::Background; lists are read side by side as
// the budget allows. Each list is accumulated in memory and written through the MirrorWriter in
// one ListWrite, marked complete, only when every page of it arrived: a list that fails or is
// cancelled writes nothing, so its previous mirror stays as it was. A failed list is reported
// (name, ApiError with code, message and request_id) and the other lists go on.
//
// One sync at a time; start() functions return false while one runs. finished() comes once per
// sync, after every write of it is done, so the mirror can be read at once.
class SyncService final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // Neither is owned; both must outlive the service's syncs.
    SyncService(api::ApiClient *client, store::MirrorWriter *writer, QObject *parent = nullptr);
    ~SyncService() override;

    // The asset types mirrored into MirrorList::Assets (scope = type), besides ADVERTISER (the
    // ad accounts). Default: the types /bc/asset/get/ documents (reference §3.14): CATALOG,
    // LEAD, PIXEL, STOREFRONT, TIKTOK_SHOP, TT_ACCOUNT.
    [[nodiscard]] static QStringList defaultAssetTypes();
    void setAssetTypes(QStringList types) { m_assetTypes = std::move(types); }
    [[nodiscard]] const QStringList &assetTypes() const { return m_assetTypes; }

    // Account costs are mirrored for the last `days` UTC days up to today (scope
    // "YYYY-MM-DD..YYYY-MM-DD"). Default 30.
    void setCostDays(int days) { m_costDays = days; }
    [[nodiscard]] int costDays() const { return m_costDays; }
    // Where "today" comes from (the current UTC time when empty); tests follow the emulator's.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The account-cost scope a sync started now would use.
    [[nodiscard]] QString currentCostScope() const;

    // Every list of one BC: ad accounts, assets of each type, members, partners, asset groups,
    // billing groups and each one's ad accounts, invoices, BC transactions, account transactions
    // (TikTok's default range, the last 90 days), account costs, the BC balance, account
    // balances and pixels.
    bool syncBusinessCenter(const QString &bcId);
    // One list of a BC. `scope` narrows Assets to one asset type, BillingGroupAccounts to one
    // billing group, and gives AccountCosts another range ("YYYY-MM-DD..YYYY-MM-DD"). Without
    // it: Assets = every type of assetTypes(); BillingGroupAccounts = the billing groups list
    // (written too) then each group's accounts; AccountCosts = currentCostScope().
    // BusinessCenters ignores bcId.
    bool syncList(const QString &bcId, store::MirrorList list, const QString &scope = {});
    // The BC list (/bc/get/), written with bc_id ''.
    bool syncBusinessCenters();

    // Aborts every fetch still running. Lists already read whole are still written; the others
    // are reported as cancelled and keep their previous mirror. finished() follows.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] SyncProgress progress() const;

Q_SIGNALS:
    void started(const QString &bcId);
    void progressChanged(const bc::sync::SyncProgress &progress);
    // One list was written as complete (rows in it now, rows it no longer had).
    void listSucceeded(const QString &name, int rows, int removed);
    // One list failed or was cancelled; its previous mirror is intact.
    void listFailed(const bc::sync::SyncFailure &failure);
    void finished(const bc::sync::SyncSummary &summary);

private:
    struct Job;

    bool begin(const QString &bcId);
    void addJob(store::MirrorList list, const QString &scope, const QString &name,
                const std::optional<QStringList> &otherScopesToKeep = std::nullopt);
    void addListJob(const QString &bcId, store::MirrorList list, const QString &scope);
    void startJob(Job &job);
    void startFetch(Job &job, const api::ApiRequest &request, const api::ListSpec &spec);
    void startCall(Job &job, const api::ApiRequest &request);
    void onFetched(Job &job);
    void onCalled(Job &job);
    void onBillingGroupsRead(Job &job);
    void failJob(Job &job, const api::ApiError &error, const store::StoreError &storeError = {});
    void submit(Job &job);
    void onWritten(quint64 ticket, const store::ListWriteResult &result);
    void finishJob(Job &job);
    void emitProgress();
    void finishIfDone();
    [[nodiscard]] QDate today() const;

    api::ApiClient *m_client;
    QPointer<store::MirrorWriter> m_writer;
    QStringList m_assetTypes;
    int m_costDays = 30;
    Clock m_clock;

    bool m_running = false;
    bool m_cancelled = false;
    bool m_finishing = false;
    QString m_bcId;
    // With BillingGroupAccounts: each billing group's accounts are added once the groups are read.
    bool m_expandBillingGroups = false;
    std::vector<std::unique_ptr<Job>> m_jobs;
    QHash<quint64, Job *> m_writes; // tickets in flight
    SyncSummary m_summary;
    SyncProgress m_lastProgress;
};

} // namespace bc::sync
