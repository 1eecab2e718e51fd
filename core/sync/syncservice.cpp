#include "core/sync/syncservice.h"

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/endpoints/advertiserendpoints.h"
#include "core/api/endpoints/assetendpoints.h"
#include "core/api/endpoints/assetgroupendpoints.h"
#include "core/api/endpoints/billinggroupendpoints.h"
#include "core/api/endpoints/businesscenterendpoints.h"
#include "core/api/endpoints/invoiceendpoints.h"
#include "core/api/endpoints/memberendpoints.h"
#include "core/api/endpoints/partnerendpoints.h"
#include "core/api/endpoints/pixelendpoints.h"
#include "core/api/jsonfields.h"
#include "core/api/listfetch.h"
#include "core/store/mirrorwriter.h"
#include "core/sync/logging.h"

#include <QDate>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::sync {

using api::ApiError;
using api::ApiRequest;
using api::ListSpec;
using store::MirrorList;

// One list of one scope being refreshed.
struct SyncService::Job
{
    enum class State {
        Fetching,
        Writing,
        Done,
    };

    MirrorList list = MirrorList::BusinessCenters;
    QString scope;
    QString name;
    // Set when this job reads every scope of its list: the others are pruned on writing.
    std::optional<QStringList> otherScopesToKeep;
    State state = State::Fetching;
    QPointer<api::ListFetch> fetch;
    QPointer<api::ApiCall> call;
    QList<QJsonObject> rows; // the whole listing, once read
    // Pages, as SyncProgress counts them: delivered in reads abandoned by a restart, delivered
    // in the current read, and the largest total reported so far (never shrinks).
    int pagesBefore = 0;
    int pagesDone = 0;
    int pagesTotal = 0;
    int reportedTotal = 1;
    qint64 rowsReceived = 0;

    [[nodiscard]] int progressDone() const
    {
        return state == State::Done ? progressTotal() : pagesBefore + pagesDone;
    }
    [[nodiscard]] int progressTotal() const
    {
        return std::max({reportedTotal, pagesBefore + pagesTotal, pagesBefore + pagesDone});
    }
};

namespace {

QString jobName(MirrorList list, const QString &scope)
{
    const QString key = store::mirrorListSpec(list).key;
    return scope.isEmpty() ? key : key + u'/' + scope;
}

ApiError cancelledError()
{
    return ApiError{ApiError::Kind::Cancelled, 0, ApiError::tr("cancelled"), {}, 0};
}

// "YYYY-MM-DD..YYYY-MM-DD" as two valid dates, start not after end.
bool parseDateRange(const QString &scope, QDate *start, QDate *end)
{
    const QStringList parts = scope.split(u".."_s);
    if (parts.size() != 2)
        return false;
    *start = QDate::fromString(parts.at(0), Qt::ISODate);
    *end = QDate::fromString(parts.at(1), Qt::ISODate);
    return start->isValid() && end->isValid() && *start <= *end;
}

} // namespace

SyncService::SyncService(api::ApiClient *client, store::MirrorWriter *writer, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(writer)
    , m_assetTypes(defaultAssetTypes())
{
    connect(writer, &store::MirrorWriter::written, this, &SyncService::onWritten);
}

SyncService::~SyncService()
{
    // Nothing may call back into a half-destroyed service.
    for (const auto &job : m_jobs) {
        if (job->fetch) {
            job->fetch->disconnect(this);
            job->fetch->cancel();
        }
        if (job->call) {
            job->call->disconnect(this);
            job->call->abort();
        }
    }
}

QStringList SyncService::defaultAssetTypes()
{
    return {u"CATALOG"_s,    u"LEAD"_s,        u"PIXEL"_s,
            u"STOREFRONT"_s, u"TIKTOK_SHOP"_s, u"TT_ACCOUNT"_s};
}

QDate SyncService::today() const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return now.toUTC().date();
}

QString SyncService::currentCostScope() const
{
    const QDate end = today();
    const QDate start = end.addDays(-(std::max(m_costDays, 1) - 1));
    return start.toString(Qt::ISODate) + u".."_s + end.toString(Qt::ISODate);
}

SyncProgress SyncService::progress() const
{
    SyncProgress progress;
    for (const auto &job : m_jobs) {
        ++progress.listsTotal;
        if (job->state == Job::State::Done)
            ++progress.listsDone;
        progress.pagesDone += job->progressDone();
        progress.pagesTotal += job->progressTotal();
        progress.rows += job->rowsReceived;
    }
    return progress;
}

bool SyncService::begin(const QString &bcId)
{
    if (m_running) {
        qCWarning(lcSync) << "a sync is running already; not starting another for" << bcId;
        return false;
    }
    m_running = true;
    m_cancelled = false;
    m_finishing = false;
    m_expandBillingGroups = false;
    m_bcId = bcId;
    m_jobs.clear();
    m_writes.clear();
    m_summary = SyncSummary{};
    m_summary.bcId = bcId;
    m_lastProgress = SyncProgress{};
    return true;
}

bool SyncService::syncBusinessCenter(const QString &bcId)
{
    if (bcId.isEmpty() || !begin(bcId))
        return false;
    qCInfo(lcSync) << "sync of business center" << bcId;
    for (const store::MirrorListSpec &spec : store::mirrorListSpecs()) {
        if (spec.list != MirrorList::BusinessCenters)
            addListJob(bcId, spec.list, {});
    }
    Q_EMIT started(bcId);
    emitProgress();
    for (std::size_t i = 0; i < m_jobs.size(); ++i)
        startJob(*m_jobs[i]);
    finishIfDone();
    return true;
}

bool SyncService::syncList(const QString &bcId, MirrorList list, const QString &scope)
{
    if (list == MirrorList::BusinessCenters)
        return syncBusinessCenters();
    if (bcId.isEmpty() || !begin(bcId))
        return false;
    qCInfo(lcSync) << "sync of" << jobName(list, scope) << "of business center" << bcId;
    if (scope.isEmpty())
        addListJob(bcId, list, {});
    else
        addJob(list, scope, jobName(list, scope));
    Q_EMIT started(bcId);
    emitProgress();
    for (std::size_t i = 0; i < m_jobs.size(); ++i)
        startJob(*m_jobs[i]);
    finishIfDone();
    return true;
}

bool SyncService::syncBusinessCenters()
{
    if (!begin({}))
        return false;
    qCInfo(lcSync) << "sync of the business center list";
    addJob(MirrorList::BusinessCenters, {}, jobName(MirrorList::BusinessCenters, {}));
    Q_EMIT started({});
    emitProgress();
    startJob(*m_jobs.front());
    finishIfDone();
    return true;
}

void SyncService::addJob(MirrorList list, const QString &scope, const QString &name,
                         const std::optional<QStringList> &otherScopesToKeep)
{
    auto job = std::make_unique<Job>();
    job->list = list;
    job->scope = scope;
    job->name = name;
    job->otherScopesToKeep = otherScopesToKeep;
    m_jobs.push_back(std::move(job));
}

// A list without an explicit scope: the scopes a whole-BC sync reads.
void SyncService::addListJob(const QString &bcId, MirrorList list, const QString &scope)
{
    Q_UNUSED(bcId);
    switch (list) {
    case MirrorList::Assets:
        for (const QString &type : std::as_const(m_assetTypes))
            addJob(list, type, jobName(list, type), m_assetTypes);
        return;
    case MirrorList::BillingGroupAccounts:
        // Known once the billing groups are read: that list comes first (and is written).
        m_expandBillingGroups = true;
        if (std::none_of(m_jobs.cbegin(), m_jobs.cend(),
                         [](const auto &job) { return job->list == MirrorList::BillingGroups; }))
            addJob(MirrorList::BillingGroups, {}, jobName(MirrorList::BillingGroups, {}));
        return;
    case MirrorList::AccountCosts: {
        // The mirror keeps the cost range read last; older ranges go.
        const QString costScope = scope.isEmpty() ? currentCostScope() : scope;
        addJob(list, costScope, jobName(list, costScope), QStringList{});
        return;
    }
    default:
        addJob(list, scope, jobName(list, scope));
        return;
    }
}

void SyncService::startJob(Job &job)
{
    if (job.state != Job::State::Fetching || job.fetch || job.call)
        return;
    if (m_cancelled) {
        failJob(job, cancelledError());
        return;
    }
    const QString &bcId = m_bcId;
    switch (job.list) {
    case MirrorList::BusinessCenters:
        startFetch(job, api::BusinessCenterEndpoints::listRequest({}),
                   api::BusinessCenterEndpoints::listSpec());
        return;
    case MirrorList::AdAccounts: {
        api::AssetQuery query;
        query.bcId = bcId;
        query.assetType = u"ADVERTISER"_s;
        startFetch(job, api::AssetEndpoints::listRequest(query), api::AssetEndpoints::listSpec());
        return;
    }
    case MirrorList::Assets: {
        api::AssetQuery query;
        query.bcId = bcId;
        query.assetType = job.scope;
        startFetch(job, api::AssetEndpoints::listRequest(query), api::AssetEndpoints::listSpec());
        return;
    }
    case MirrorList::Members:
        startFetch(job, api::MemberEndpoints::listRequest({bcId, {}, {}, {}, {}}),
                   api::MemberEndpoints::listSpec());
        return;
    case MirrorList::Partners:
        startFetch(job, api::PartnerEndpoints::listRequest({bcId, {}}),
                   api::PartnerEndpoints::listSpec());
        return;
    case MirrorList::AssetGroups:
        startFetch(job, api::AssetGroupEndpoints::listRequest({bcId, {}}),
                   api::AssetGroupEndpoints::listSpec());
        return;
    case MirrorList::BillingGroups: {
        api::BillingGroupQuery query;
        query.bcId = bcId;
        startFetch(job, api::BillingGroupEndpoints::listRequest(query),
                   api::BillingGroupEndpoints::listSpec());
        return;
    }
    case MirrorList::BillingGroupAccounts:
        startFetch(job, api::BillingGroupEndpoints::advertiserListRequest({bcId, job.scope}),
                   api::BillingGroupEndpoints::listSpec());
        return;
    case MirrorList::Invoices: {
        api::InvoiceQuery query;
        query.bcId = bcId;
        startFetch(job, api::InvoiceEndpoints::listRequest(query),
                   api::InvoiceEndpoints::listSpec());
        return;
    }
    case MirrorList::BcTransactions: {
        api::BusinessCenterTransactionQuery query;
        query.bcId = bcId;
        startFetch(job, api::BusinessCenterEndpoints::transactionsRequest(query),
                   api::BusinessCenterEndpoints::listSpec());
        return;
    }
    case MirrorList::AccountTransactions: {
        api::AccountTransactionQuery query;
        query.bcId = bcId;
        startFetch(job, api::BusinessCenterEndpoints::accountTransactionsRequest(query),
                   api::BusinessCenterEndpoints::accountTransactionListSpec());
        return;
    }
    case MirrorList::AccountCosts: {
        api::AccountCostQuery query;
        query.bcId = bcId;
        if (!parseDateRange(job.scope, &query.startDate, &query.endDate)) {
            failJob(job, ApiError{ApiError::Kind::Validation,
                                  0,
                                  u"not a date range (YYYY-MM-DD..YYYY-MM-DD): "_s + job.scope,
                                  {},
                                  0});
            return;
        }
        startFetch(job, api::BusinessCenterEndpoints::accountCostsRequest(query),
                   api::BusinessCenterEndpoints::costListSpec());
        return;
    }
    case MirrorList::BcBalance: {
        api::BusinessCenterBalanceQuery query;
        query.bcId = bcId;
        startCall(job, api::BusinessCenterEndpoints::balanceRequest(query));
        return;
    }
    case MirrorList::AccountBalances: {
        api::AdvertiserBalanceQuery query;
        query.bcId = bcId;
        startFetch(job, api::AdvertiserEndpoints::balancesRequest(query),
                   api::AdvertiserEndpoints::balanceListSpec());
        return;
    }
    case MirrorList::Pixels: {
        const QStringList keys = api::PixelEndpoints::pixelListKeys();
        startFetch(job, api::PixelEndpoints::listRequest({bcId}),
                   {keys.first(), api::PixelEndpoints::maxPixelPageSize, keys.mid(1)});
        return;
    }
    }
    Q_UNREACHABLE();
}

void SyncService::startFetch(Job &job, const ApiRequest &request, const ListSpec &spec)
{
    ApiRequest background = request;
    background.priority = api::RequestPriority::Background;
    api::ListFetch *fetch = m_client->fetchAll(background, spec.listKey, spec.maxPageSize);
    fetch->setAlternativeListKeys(spec.alternativeKeys);
    job.fetch = fetch;
    Job *jobPtr = &job;
    connect(fetch, &api::ListFetch::pageReceived, this,
            [jobPtr](int, const QList<QJsonObject> &items) {
                jobPtr->rowsReceived += items.size();
            });
    connect(fetch, &api::ListFetch::progress, this, [this, jobPtr](int done, int total) {
        jobPtr->pagesDone = done;
        jobPtr->pagesTotal = total;
        jobPtr->reportedTotal = jobPtr->progressTotal();
        emitProgress();
    });
    connect(fetch, &api::ListFetch::restarted, this, [this, jobPtr] {
        qCInfo(lcSync) << jobPtr->name << "changed while it was read; reading it again";
        jobPtr->reportedTotal = jobPtr->progressTotal();
        jobPtr->pagesBefore += jobPtr->pagesDone;
        jobPtr->pagesDone = 0;
        jobPtr->pagesTotal = 0;
    });
    connect(fetch, &api::ListFetch::finished, this, [this, jobPtr] { onFetched(*jobPtr); });
    connect(fetch, &api::ListFetch::finished, fetch, &QObject::deleteLater);
    fetch->start();
}

void SyncService::startCall(Job &job, const ApiRequest &request)
{
    ApiRequest background = request;
    background.priority = api::RequestPriority::Background;
    api::ApiCall *call = m_client->send(background);
    job.call = call;
    Job *jobPtr = &job;
    connect(call, &api::ApiCall::finished, this, [this, jobPtr] { onCalled(*jobPtr); });
    connect(call, &api::ApiCall::finished, call, &QObject::deleteLater);
}

void SyncService::onFetched(Job &job)
{
    api::ListFetch *fetch = job.fetch;
    job.fetch = nullptr;
    if (!fetch || job.state != Job::State::Fetching)
        return;
    if (fetch->error()) {
        failJob(job, *fetch->error());
        return;
    }
    job.rows = fetch->items();
    qCDebug(lcSync) << job.name << "read:" << job.rows.size() << "rows in" << fetch->pagesDone()
                    << "pages";
    if (job.list == MirrorList::BillingGroups && m_expandBillingGroups)
        onBillingGroupsRead(job);
    submit(job);
}

void SyncService::onCalled(Job &job)
{
    api::ApiCall *call = job.call;
    job.call = nullptr;
    if (!call || job.state != Job::State::Fetching)
        return;
    if (!call->result().ok()) {
        failJob(job, call->result().error());
        return;
    }
    job.rows = {call->result().value().data};
    job.pagesDone = 1;
    job.pagesTotal = 1;
    job.rowsReceived = 1;
    submit(job);
}

void SyncService::onBillingGroupsRead(Job &job)
{
    m_expandBillingGroups = false;
    QStringList groupIds;
    for (const QJsonObject &row : std::as_const(job.rows)) {
        const QString id = api::json::idString(row.value(u"billing_group_id"_s));
        if (!id.isEmpty() && !groupIds.contains(id))
            groupIds.append(id);
    }
    const std::size_t first = m_jobs.size();
    // Each group's accounts replace the accounts of groups that are gone.
    for (const QString &id : std::as_const(groupIds)) {
        addJob(MirrorList::BillingGroupAccounts, id, jobName(MirrorList::BillingGroupAccounts, id),
               groupIds);
    }
    // startJob() may finish a job at once (after cancel()), and that may add no further jobs:
    // indexes stay valid.
    for (std::size_t i = first; i < m_jobs.size(); ++i)
        startJob(*m_jobs[i]);
}

void SyncService::submit(Job &job)
{
    if (!m_writer) {
        failJob(job, {},
                store::StoreError(store::StoreError::Kind::CannotOpen,
                                  u"the mirror writer is gone"_s));
        return;
    }
    job.state = Job::State::Writing;
    store::ListWrite write;
    write.list = job.list;
    write.bcId = m_bcId;
    write.scope = job.scope;
    write.rows = std::move(job.rows);
    job.rows.clear();
    write.complete = true;
    write.fetchedAt = QDateTime::currentDateTimeUtc();
    write.otherScopesToKeep = job.otherScopesToKeep;
    const quint64 ticket = m_writer->submit(std::move(write));
    m_writes.insert(ticket, &job);
    emitProgress();
}

void SyncService::onWritten(quint64 ticket, const store::ListWriteResult &result)
{
    Job *job = m_writes.take(ticket);
    if (!job)
        return; // another client's write
    if (result.error.isError()) {
        qCWarning(lcSync) << job->name << "could not be written:" << result.error.describe();
        failJob(*job, {}, result.error);
        return;
    }
    if (result.skipped > 0)
        qCInfo(lcSync) << job->name << ":" << result.skipped << "rows without an id were skipped";
    m_summary.succeeded.append(job->name);
    m_summary.rowsWritten += result.upserted;
    m_summary.rowsRemoved += result.removed;
    Q_EMIT listSucceeded(job->name, result.upserted, result.removed);
    finishJob(*job);
}

void SyncService::failJob(Job &job, const ApiError &error, const store::StoreError &storeError)
{
    if (job.state == Job::State::Done)
        return;
    SyncFailure failure;
    failure.name = job.name;
    failure.list = job.list;
    failure.scope = job.scope;
    failure.error = error;
    failure.storeError = storeError;
    if (failure.cancelled())
        qCInfo(lcSync) << job.name << "cancelled";
    else
        qCWarning(lcSync).noquote() << "sync of" << failure.describe();
    job.rows.clear();
    m_summary.failed.append(failure);
    Q_EMIT listFailed(failure);
    // A billing group list that failed reveals no billing groups: their accounts keep their
    // previous mirror, unlisted.
    if (job.list == MirrorList::BillingGroups)
        m_expandBillingGroups = false;
    finishJob(job);
}

void SyncService::finishJob(Job &job)
{
    job.state = Job::State::Done;
    emitProgress();
    finishIfDone();
}

void SyncService::cancel()
{
    if (!m_running || m_cancelled)
        return;
    qCInfo(lcSync) << "cancelling the sync of" << (m_bcId.isEmpty() ? u"the BC list"_s : m_bcId);
    m_cancelled = true;
    m_summary.cancelled = true;
    m_finishing = true; // one finished() at the end, not one per cancelled list
    // Cancelling emits finished() at once, which may touch m_jobs: walk by index.
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        Job &job = *m_jobs[i];
        if (job.state != Job::State::Fetching)
            continue;
        if (job.fetch) {
            job.fetch->cancel(); // finished() -> onFetched() -> failJob()
        } else if (job.call) {
            job.call->abort(); // finished() -> onCalled() -> failJob()
        }
        if (job.state == Job::State::Fetching) // not started, or the signal was not delivered
            failJob(job, cancelledError());
    }
    m_finishing = false;
    finishIfDone();
}

void SyncService::emitProgress()
{
    const SyncProgress now = progress();
    if (now == m_lastProgress)
        return;
    m_lastProgress = now;
    Q_EMIT progressChanged(now);
}

void SyncService::finishIfDone()
{
    if (!m_running || m_finishing)
        return;
    if (m_expandBillingGroups) // the billing groups list has not spoken yet
        return;
    for (const auto &job : m_jobs) {
        if (job->state != Job::State::Done)
            return;
    }
    m_running = false;
    qCInfo(lcSync) << "sync of" << (m_bcId.isEmpty() ? u"the BC list"_s : m_bcId)
                   << "finished:" << m_summary.succeeded.size() << "lists written,"
                   << m_summary.failed.size() << "failed or cancelled";
    const SyncSummary summary = m_summary;
    Q_EMIT finished(summary);
}

} // namespace bc::sync
