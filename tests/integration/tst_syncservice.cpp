// SyncService against the in-process emulator, writing through a MirrorWriter into a fresh
// mirror (SQLite; PostgreSQL too when BC_TEST_POSTGRES names a server): a whole-BC sync fills
// every table with exactly the emulator's rows, progress only grows and ends at its totals, a
// second sync removes what the world no longer has, a list that fails (fault, permission) keeps
// its previous rows and is named with its error while the others complete, and a cancelled sync
// leaves the lists it did not finish as they were.
#include "core/api/apiclient.h"
#include "core/api/endpoints/advertiserendpoints.h"
#include "core/api/endpoints/assetendpoints.h"
#include "core/api/endpoints/businesscenterendpoints.h"
#include "core/api/endpoints/invoiceendpoints.h"
#include "core/api/endpoints/pixelendpoints.h"
#include "core/api/jsonfields.h"
#include "core/api/listfetch.h"
#include "core/api/retrypolicy.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "core/sync/syncservice.h"
#include "emulator/emulatorserver.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/postgresfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::ListSpec;
using bc::emulator::EmulatorServer;
using bc::emulator::FaultKind;
using bc::emulator::GeneratedBusinessCenter;
using bc::store::MirrorList;
using bc::store::MirrorStore;
using bc::store::MirrorWriter;
using bc::store::StoreBackend;
using bc::store::StoreError;
using bc::store::StoreIdentity;
using bc::store::StoreLocation;
using bc::sync::SyncFailure;
using bc::sync::SyncProgress;
using bc::sync::SyncService;
using bc::sync::SyncSummary;

Q_DECLARE_METATYPE(FaultKind)
Q_DECLARE_METATYPE(StoreBackend)

namespace {

const QString kToken = u"fake-sync-token"_s;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The ids the store gives rows listed in this order: rows of lists without ids of their own that
// are equal in every id field get "#2", "#3", ...; a real id listed twice is one row.
QStringList mirrorIds(MirrorList list, const QList<QJsonObject> &rows)
{
    const bc::store::MirrorListSpec &spec = bc::store::mirrorListSpec(list);
    const bool ownIds = spec.idFields.size() == 1;
    QHash<QString, int> seen;
    QStringList ids;
    for (const QJsonObject &row : rows) {
        QString id = MirrorStore::rowId(spec, row);
        if (id.isEmpty() && !spec.idFields.isEmpty())
            continue;
        if (const int occurrence = ++seen[id]; occurrence > 1) {
            if (ownIds)
                continue;
            id += u'#' + QString::number(occurrence);
        }
        ids.append(id);
    }
    return sorted(ids);
}

} // namespace

class TestSyncService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void wholeBusinessCenterMatchesTheEmulator();
    void progressOnlyGrowsAndEndsAtItsTotals();
    void secondSyncRemovesWhatTheWorldLost();
    void failedListKeepsItsPreviousRows_data();
    void failedListKeepsItsPreviousRows();
    void listWithoutPermissionFailsAlone();
    void cancelAtOnceChangesNothing();
    void cancelMidSyncKeepsUnfinishedLists();
    void singleListAndBusinessCenterList();
    void secondSyncWhileRunningIsRefused();

private:
    [[nodiscard]] const GeneratedBusinessCenter &center(const QString &bcId) const;
    // Runs a sync started by `start` to its end; nothing when it did not finish in time.
    std::optional<SyncSummary> run(const std::function<bool()> &start);
    [[nodiscard]] QStringList ids(MirrorList list, const QString &bcId,
                                  const std::optional<QString> &scope = std::nullopt);
    // Every page of a list straight from the API, as mirror ids.
    QStringList apiIds(MirrorList list, const ApiRequest &request, const ListSpec &spec);
    // What every table of the BC holds: list key -> sorted ids.
    QMap<QString, QStringList> snapshot(const QString &bcId);
    void removeAdAccountAndMember(const QString &bcId, QString *advertiserId, QString *userId);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    QString m_adminBcId;     // ADMIN with finance role MANAGER: every list readable
    QString m_noFinanceBcId; // a BC without a finance role

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bc::testsupport::PostgresFixture> m_postgres;
    std::unique_ptr<MirrorWriter> m_writer;
    std::unique_ptr<MirrorStore> m_reader;
    std::unique_ptr<SyncService> m_service;
};

void TestSyncService::initTestCase_data()
{
    QTest::addColumn<StoreBackend>("backend");
    QTest::newRow("sqlite") << StoreBackend::Sqlite;
    if (bc::testsupport::PostgresFixture::available())
        QTest::newRow("postgres") << StoreBackend::Postgres;
}

void TestSyncService::initTestCase()
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<SyncFailure>();
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncService::init()
{
    QFETCH_GLOBAL(StoreBackend, backend);

    // A fresh world per test: tests change it.
    auto config = bc::testing::unlimitedEmulatorConfig(kToken, 5);
    config.businessCenterCount = 6;
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    // A still clock: the date ranges the sync and the test compute stay the same.
    m_server->mutableWorld().setNow(m_server->world().now());
    m_adminBcId.clear();
    m_noFinanceBcId.clear();
    for (const GeneratedBusinessCenter &bc : m_server->world().businessCenters()) {
        if (m_adminBcId.isEmpty() && bc.userRole == u"ADMIN"_s && bc.financeRole == u"MANAGER"_s)
            m_adminBcId = bc.bcId;
        if (m_noFinanceBcId.isEmpty() && bc.financeRole.isEmpty())
            m_noFinanceBcId = bc.bcId;
    }
    QVERIFY(!m_adminBcId.isEmpty());

    m_client = bc::testing::emulatorClient(*m_server, kToken);
    bc::api::RetryPolicy::Settings fast;
    fast.maxAttempts = 3;
    fast.baseDelay = std::chrono::milliseconds(1);
    fast.maxDelay = std::chrono::milliseconds(5);
    m_client->setRetryPolicy(bc::api::RetryPolicy(fast));
    m_client->setTransferTimeout(std::chrono::milliseconds(20000));
    bc::api::RequestScheduler::Limits limits;
    limits.perSecond = 1000;
    limits.perMinute = 60000;
    m_client->scheduler()->setLimits(limits);

    std::optional<StoreLocation> location;
    if (backend == StoreBackend::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        location = StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s));
    } else {
        m_postgres = std::make_unique<bc::testsupport::PostgresFixture>();
        const QString conninfo = m_postgres->createDatabase();
        QVERIFY2(!conninfo.isEmpty(), qPrintable(m_postgres->lastError()));
        location = StoreLocation::postgres(conninfo);
    }
    const StoreIdentity identity{u"sync-test"_s, u"demo"_s, m_server->baseUrl().toString()};
    m_writer = std::make_unique<MirrorWriter>(*location, identity);
    QSignalSpy opened(m_writer.get(), &MirrorWriter::opened);
    m_writer->start();
    QVERIFY(opened.wait(20000));
    const auto openError = opened.first().at(0).value<StoreError>();
    QVERIFY2(!openError.isError(), qPrintable(openError.describe()));
    StoreError error;
    m_reader = MirrorStore::open(*location, identity, &error);
    QVERIFY2(m_reader, qPrintable(error.describe()));

    m_service = std::make_unique<SyncService>(m_client.get(), m_writer.get());
    m_service->setClock([this] { return m_server->world().now(); });
}

void TestSyncService::cleanup()
{
    m_service.reset();
    m_reader.reset();
    m_writer.reset();
    m_client.reset();
    m_server.reset();
    m_postgres.reset();
    m_dir.reset();
}

const GeneratedBusinessCenter &TestSyncService::center(const QString &bcId) const
{
    return *m_server->world().findBusinessCenter(bcId);
}

std::optional<SyncSummary> TestSyncService::run(const std::function<bool()> &start)
{
    QSignalSpy finished(m_service.get(), &SyncService::finished);
    if (!start())
        return std::nullopt;
    if (finished.isEmpty() && !finished.wait(60000))
        return std::nullopt;
    if (finished.size() != 1)
        return std::nullopt;
    return finished.first().at(0).value<SyncSummary>();
}

QStringList TestSyncService::ids(MirrorList list, const QString &bcId,
                                 const std::optional<QString> &scope)
{
    QStringList result;
    StoreError error;
    for (const bc::store::MirrorRow &row : m_reader->rows(list, bcId, scope, &error))
        result.append(row.id);
    if (error.isError())
        qWarning("reading the mirror failed: %s", qPrintable(error.describe()));
    return sorted(result);
}

QStringList TestSyncService::apiIds(MirrorList list, const ApiRequest &request,
                                    const ListSpec &spec)
{
    bc::api::ListFetch *fetch = m_client->fetchAll(request, spec.listKey, spec.maxPageSize);
    fetch->setAlternativeListKeys(spec.alternativeKeys);
    QSignalSpy finished(fetch, &bc::api::ListFetch::finished);
    fetch->start();
    if (finished.isEmpty() && !finished.wait(30000))
        return {u"<no answer>"_s};
    const QStringList result =
            fetch->error() ? QStringList{u"<error>"_s} : mirrorIds(list, fetch->items());
    fetch->deleteLater();
    return result;
}

QMap<QString, QStringList> TestSyncService::snapshot(const QString &bcId)
{
    QMap<QString, QStringList> tables;
    for (const bc::store::MirrorListSpec &spec : bc::store::mirrorListSpecs()) {
        if (spec.list == MirrorList::BusinessCenters)
            continue;
        QStringList rows;
        for (const bc::store::MirrorRow &row : m_reader->rows(spec.list, bcId))
            rows.append(row.scope + u'/' + row.id + u'@'
                        + row.fetchedAt.toString(Qt::ISODateWithMs));
        tables.insert(spec.key, sorted(rows));
    }
    return tables;
}

void TestSyncService::removeAdAccountAndMember(const QString &bcId, QString *advertiserId,
                                               QString *userId)
{
    bc::emulator::World &world = m_server->mutableWorld();
    const GeneratedBusinessCenter &bc = center(bcId);
    const QString self = world.signedInUser().userId;
    // Ids copied first: a deletion changes the lists being walked.
    QStringList accounts;
    for (const auto &account : bc.adAccounts)
        accounts << account.advertiserId;
    for (const QString &id : std::as_const(accounts)) {
        if (world.deleteAssets(kToken, bcId, u"ADVERTISER"_s, {id}).ok()) {
            *advertiserId = id;
            break;
        }
    }
    QStringList members;
    for (const auto &member : bc.members) {
        if (!member.userId.isEmpty() && member.userId != self
            && member.relationStatus == u"BOUND"_s)
            members << member.userId;
    }
    for (const QString &id : std::as_const(members)) {
        if (world.deleteMember(kToken, bcId, {}, id, {}).ok()) {
            *userId = id;
            break;
        }
    }
    QVERIFY(!world.findAdAccount(bcId, *advertiserId));
}

void TestSyncService::wholeBusinessCenterMatchesTheEmulator()
{
    const std::optional<SyncSummary> summary =
            run([&] { return m_service->syncBusinessCenter(m_adminBcId); });
    QVERIFY(summary);
    for (const SyncFailure &failure : summary->failed)
        qWarning("%s", qPrintable(failure.describe()));
    QVERIFY(summary->ok());
    QCOMPARE(summary->bcId, m_adminBcId);

    const GeneratedBusinessCenter &bc = center(m_adminBcId);
    const QString bcId = m_adminBcId;

    // Lists the world holds as they are.
    QStringList adAccounts;
    for (const auto &account : bc.adAccounts)
        adAccounts << account.advertiserId;
    QVERIFY(adAccounts.size() > bc::api::AssetEndpoints::maxPageSize); // several pages
    QCOMPARE(ids(MirrorList::AdAccounts, bcId), sorted(adAccounts));

    for (const QString &type : SyncService::defaultAssetTypes()) {
        QStringList assets;
        for (const auto &asset : bc.assets) {
            if (asset.assetType == type)
                assets << asset.assetId;
        }
        QVERIFY2(!assets.isEmpty(), qPrintable(type));
        QCOMPARE(ids(MirrorList::Assets, bcId, type), sorted(assets));
        QVERIFY(summary->succeeded.contains(u"assets/"_s + type));
    }
    QStringList allAssets;
    for (const QString &type : SyncService::defaultAssetTypes())
        allAssets << ids(MirrorList::Assets, bcId, type);
    QCOMPARE(ids(MirrorList::Assets, bcId), sorted(allAssets)); // no other scope

    // Members: keyed by user id; pending invitations have none yet and are keyed by e-mail.
    QStringList members;
    for (const auto &member : bc.members)
        members << (member.userId.isEmpty() ? u"user_email:"_s + member.userEmail : member.userId);
    QVERIFY(members.size() > 20); // several pages of 20
    QCOMPARE(ids(MirrorList::Members, bcId), sorted(members));

    QStringList partners;
    for (const auto &partner : bc.partners)
        partners << partner.partnerBcId;
    QCOMPARE(ids(MirrorList::Partners, bcId), sorted(partners));

    QStringList assetGroups;
    for (const auto &group : bc.assetGroups)
        assetGroups << group.assetGroupId;
    QCOMPARE(ids(MirrorList::AssetGroups, bcId), sorted(assetGroups));

    QStringList billingGroups;
    QStringList groupAccounts;
    for (const auto &group : bc.billingGroups) {
        billingGroups << group.billingGroupId;
        QCOMPARE(ids(MirrorList::BillingGroupAccounts, bcId, group.billingGroupId),
                 sorted(group.advertiserIds));
        QVERIFY(summary->succeeded.contains(u"billing_group_accounts/"_s + group.billingGroupId));
        groupAccounts << group.advertiserIds;
    }
    QVERIFY(billingGroups.size() > 1);
    QCOMPARE(ids(MirrorList::BillingGroups, bcId), sorted(billingGroups));
    QCOMPARE(ids(MirrorList::BillingGroupAccounts, bcId).size(), groupAccounts.size());

    QStringList invoices;
    for (const auto &invoice : bc.invoices)
        invoices << invoice.invoiceId;
    QVERIFY(invoices.size() > bc::api::InvoiceEndpoints::maxPageSize);
    QCOMPARE(ids(MirrorList::Invoices, bcId), sorted(invoices));

    // Lists over a date range, and derived ones: what the API lists for the same range.
    {
        bc::api::BusinessCenterTransactionQuery query;
        query.bcId = bcId;
        const QStringList expected =
                apiIds(MirrorList::BcTransactions,
                       bc::api::BusinessCenterEndpoints::transactionsRequest(query),
                       bc::api::BusinessCenterEndpoints::listSpec());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(MirrorList::BcTransactions, bcId), expected);
    }
    {
        bc::api::AccountTransactionQuery query;
        query.bcId = bcId;
        const QStringList expected =
                apiIds(MirrorList::AccountTransactions,
                       bc::api::BusinessCenterEndpoints::accountTransactionsRequest(query),
                       bc::api::BusinessCenterEndpoints::accountTransactionListSpec());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(MirrorList::AccountTransactions, bcId), expected);
    }
    {
        const QString scope = m_service->currentCostScope();
        const QDate today = m_server->world().now().toUTC().date();
        QCOMPARE(scope,
                 today.addDays(-29).toString(Qt::ISODate) + u".."_s + today.toString(Qt::ISODate));
        bc::api::AccountCostQuery query;
        query.bcId = bcId;
        query.startDate = today.addDays(-29);
        query.endDate = today;
        const QStringList expected =
                apiIds(MirrorList::AccountCosts,
                       bc::api::BusinessCenterEndpoints::accountCostsRequest(query),
                       bc::api::BusinessCenterEndpoints::costListSpec());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(MirrorList::AccountCosts, bcId, scope), expected);
        QCOMPARE(ids(MirrorList::AccountCosts, bcId), expected); // no other scope
    }
    {
        bc::api::AdvertiserBalanceQuery query;
        query.bcId = bcId;
        const QStringList expected = apiIds(MirrorList::AccountBalances,
                                            bc::api::AdvertiserEndpoints::balancesRequest(query),
                                            bc::api::AdvertiserEndpoints::balanceListSpec());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(MirrorList::AccountBalances, bcId), expected);
    }
    {
        const QStringList keys = bc::api::PixelEndpoints::pixelListKeys();
        const QStringList expected =
                apiIds(MirrorList::Pixels, bc::api::PixelEndpoints::listRequest({bcId}),
                       {keys.first(), bc::api::PixelEndpoints::maxPixelPageSize, keys.mid(1)});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(MirrorList::Pixels, bcId), expected);
    }

    // The BC balance: one row, the world's money.
    const QList<bc::store::MirrorRow> balance = m_reader->rows(MirrorList::BcBalance, bcId);
    QCOMPARE(balance.size(), 1);
    QCOMPARE(bc::api::json::idString(balance.first().raw.value(u"bc_id"_s)), bcId);
    QVERIFY(balance.first().raw.contains(u"account_balance"_s));

    // Every list is marked fresh, the BC list was not touched.
    for (const QString &name : summary->succeeded) {
        const QString key = name.section(u'/', 0, 0);
        const QString scope = name.section(u'/', 1);
        const auto list = bc::store::mirrorListFromKey(key);
        QVERIFY2(list, qPrintable(name));
        QVERIFY2(m_reader->freshness(*list, bcId, scope), qPrintable(name));
    }
    QCOMPARE(m_reader->rowCount(MirrorList::BusinessCenters, {}), 0);
    QCOMPARE(summary->succeeded.size(),
             int(bc::store::mirrorListSpecs().size()) - 3 // BC list; assets, billing group
                                                          // accounts count per scope
                     + int(SyncService::defaultAssetTypes().size()) + int(billingGroups.size()));
}

void TestSyncService::progressOnlyGrowsAndEndsAtItsTotals()
{
    QSignalSpy progress(m_service.get(), &SyncService::progressChanged);
    QSignalSpy succeeded(m_service.get(), &SyncService::listSucceeded);
    const std::optional<SyncSummary> summary =
            run([&] { return m_service->syncBusinessCenter(m_adminBcId); });
    QVERIFY(summary);
    QVERIFY(summary->ok());
    QVERIFY(progress.size() > 3);

    SyncProgress previous;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        const auto now = signal.at(0).value<SyncProgress>();
        QVERIFY(now.listsDone >= previous.listsDone);
        QVERIFY(now.listsTotal >= previous.listsTotal);
        QVERIFY(now.pagesDone >= previous.pagesDone);
        QVERIFY(now.pagesTotal >= previous.pagesTotal);
        QVERIFY(now.rows >= previous.rows);
        QVERIFY(now.listsDone <= now.listsTotal);
        QVERIFY(now.pagesDone <= now.pagesTotal);
        previous = now;
    }
    const auto last = progress.last().at(0).value<SyncProgress>();
    QCOMPARE(last.listsDone, last.listsTotal);
    QCOMPARE(last.listsTotal, int(summary->succeeded.size()));
    QCOMPARE(last.pagesDone, last.pagesTotal);
    QVERIFY(last.pagesTotal > last.listsTotal); // some lists had several pages
    QCOMPARE(last, m_service->progress());
    // Rows received: every row written, plus pending invitees (no user id yet, not written).
    QVERIFY(last.rows >= summary->rowsWritten);
    QVERIFY(last.rows > 500);
    QCOMPARE(succeeded.size(), summary->succeeded.size());
    QVERIFY(!m_service->isRunning());
}

void TestSyncService::secondSyncRemovesWhatTheWorldLost()
{
    const QString bcId = m_adminBcId;
    QVERIFY(run([&] { return m_service->syncBusinessCenter(bcId); })->ok());
    const QStringList adAccountsBefore = ids(MirrorList::AdAccounts, bcId);
    const QStringList membersBefore = ids(MirrorList::Members, bcId);
    const QStringList invoicesBefore = ids(MirrorList::Invoices, bcId);

    QString advertiserId;
    QString userId;
    removeAdAccountAndMember(bcId, &advertiserId, &userId);
    QVERIFY(!advertiserId.isEmpty());
    QVERIFY(!userId.isEmpty());
    QVERIFY(adAccountsBefore.contains(advertiserId));
    QVERIFY(membersBefore.contains(userId));

    const std::optional<SyncSummary> second =
            run([&] { return m_service->syncBusinessCenter(bcId); });
    QVERIFY(second);
    QVERIFY(second->ok());
    QVERIFY(second->rowsRemoved >= 2);

    QStringList adAccountsAfter = adAccountsBefore;
    adAccountsAfter.removeAll(advertiserId);
    QCOMPARE(ids(MirrorList::AdAccounts, bcId), adAccountsAfter);
    QStringList membersAfter = membersBefore;
    membersAfter.removeAll(userId);
    QCOMPARE(ids(MirrorList::Members, bcId), membersAfter);
    QCOMPARE(ids(MirrorList::Invoices, bcId), invoicesBefore);
    // The account left its billing group too.
    QVERIFY(!ids(MirrorList::BillingGroupAccounts, bcId).contains(advertiserId));
}

void TestSyncService::failedListKeepsItsPreviousRows_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FaultKind>("fault");
    QTest::addColumn<MirrorList>("list");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("hasRequestId");

    QTest::newRow("invoices: 50000 on every try")
            << u"bc/invoice/get/"_s << FaultKind::SystemError50000 << MirrorList::Invoices << 50000
            << true;
    QTest::newRow("members: malformed JSON on every try")
            << u"bc/member/get/"_s << FaultKind::TruncatedJson << MirrorList::Members << 0 << false;
    QTest::newRow("ad accounts: HTTP 502 on every try")
            << u"bc/asset/get/"_s << FaultKind::Http502Html << MirrorList::AdAccounts << 0 << false;
}

void TestSyncService::failedListKeepsItsPreviousRows()
{
    QFETCH(QString, path);
    QFETCH(FaultKind, fault);
    QFETCH(MirrorList, list);
    QFETCH(int, code);
    QFETCH(bool, hasRequestId);

    const QString bcId = m_adminBcId;
    QVERIFY(run([&] { return m_service->syncBusinessCenter(bcId); })->ok());
    const QMap<QString, QStringList> before = snapshot(bcId);
    const QStringList adAccountsBefore = ids(MirrorList::AdAccounts, bcId);
    const QStringList membersBefore = ids(MirrorList::Members, bcId);
    const QStringList failingBefore = ids(list, bcId);
    const auto freshBefore = m_reader->freshness(list, bcId);
    QVERIFY(freshBefore);

    // The world changes, then the list's endpoint fails on every request of the next sync.
    QString advertiserId;
    QString userId;
    removeAdAccountAndMember(bcId, &advertiserId, &userId);
    QVERIFY(!advertiserId.isEmpty() && !userId.isEmpty());
    m_server->injectFault(path, fault, -1);

    QSignalSpy failedSpy(m_service.get(), &SyncService::listFailed);
    const std::optional<SyncSummary> summary =
            run([&] { return m_service->syncBusinessCenter(bcId); });
    m_server->clearFaults();
    QVERIFY(summary);
    QVERIFY(!summary->ok());
    QVERIFY(!summary->cancelled);

    // The failing list (for /bc/asset/get/: every asset type too) kept every row and its
    // fetched_at; the error names it and says what TikTok said.
    const QString name = bc::store::mirrorListSpec(list).key;
    const SyncFailure *failure = summary->failure(name);
    QVERIFY2(failure, qPrintable(name));
    QCOMPARE(failure->list, list);
    QVERIFY(!failure->cancelled());
    QCOMPARE(failure->error.code, code);
    QCOMPARE(!failure->error.requestId.isEmpty(), hasRequestId);
    QVERIFY(failure->error.kind != ApiError::Kind::Cancelled);
    QVERIFY(failure->describe().startsWith(name + u": "_s));
    if (hasRequestId)
        QVERIFY(failure->describe().contains(failure->error.requestId));
    QCOMPARE(ids(list, bcId), failingBefore);
    QCOMPARE(m_reader->freshness(list, bcId)->fetchedAt, freshBefore->fetchedAt);
    QCOMPARE(failedSpy.size(), summary->failed.size());
    QVERIFY(!summary->succeeded.contains(name));

    // Every other list completed: the changed ones show the change.
    for (const SyncFailure &other : summary->failed) {
        if (other.list == list)
            continue;
        // Only the asset family shares the ad accounts' endpoint.
        QCOMPARE(path, u"bc/asset/get/"_s);
        QCOMPARE(other.list, MirrorList::Assets);
        QCOMPARE(snapshot(bcId).value(u"assets"_s), before.value(u"assets"_s));
    }
    QVERIFY(summary->succeeded.size() >= 10);
    if (list != MirrorList::AdAccounts) {
        QVERIFY(!ids(MirrorList::AdAccounts, bcId).contains(advertiserId));
        QCOMPARE(ids(MirrorList::AdAccounts, bcId).size(), adAccountsBefore.size() - 1);
    } else {
        QCOMPARE(ids(MirrorList::AdAccounts, bcId), adAccountsBefore);
    }
    if (list != MirrorList::Members) {
        QVERIFY(!ids(MirrorList::Members, bcId).contains(userId));
    } else {
        QVERIFY(ids(MirrorList::Members, bcId).contains(userId));
        QCOMPARE(ids(MirrorList::Members, bcId), membersBefore);
    }

    // Once the API answers again, the list catches up.
    const std::optional<SyncSummary> again = run([&] { return m_service->syncList(bcId, list); });
    QVERIFY(again);
    QVERIFY(again->ok());
    QVERIFY(!ids(MirrorList::AdAccounts, bcId).contains(advertiserId));
    QVERIFY(!ids(MirrorList::Members, bcId).contains(userId));
}

void TestSyncService::listWithoutPermissionFailsAlone()
{
    if (m_noFinanceBcId.isEmpty())
        QSKIP("the generated world has no BC without a finance role");
    const std::optional<SyncSummary> summary =
            run([&] { return m_service->syncBusinessCenter(m_noFinanceBcId); });
    QVERIFY(summary);
    const QStringList financeLists = {u"billing_groups"_s, u"invoices"_s, u"bc_transactions"_s,
                                      u"account_transactions"_s, u"bc_balance"_s};
    for (const QString &name : financeLists) {
        const SyncFailure *failure = summary->failure(name);
        QVERIFY2(failure, qPrintable(name));
        QCOMPARE(failure->error.kind, ApiError::Kind::Permission);
        QCOMPARE(failure->error.code, 40001);
        QVERIFY(!failure->error.requestId.isEmpty());
        QCOMPARE(m_reader->rowCount(failure->list, m_noFinanceBcId), 0);
    }
    const SyncFailure *costs =
            summary->failure(u"account_costs/"_s + m_service->currentCostScope());
    QVERIFY(costs);
    QCOMPARE(costs->error.code, 40001);
    // No billing group was read, so no billing group's accounts were asked for.
    for (const SyncFailure &failure : summary->failed)
        QVERIFY(failure.list != MirrorList::BillingGroupAccounts);
    // What every member may read came through.
    for (const QString &name : {u"ad_accounts"_s, u"members"_s, u"partners"_s}) {
        QVERIFY2(summary->succeeded.contains(name), qPrintable(name));
        QVERIFY(m_reader->freshness(*bc::store::mirrorListFromKey(name), m_noFinanceBcId));
    }
    QVERIFY(m_reader->rowCount(MirrorList::Members, m_noFinanceBcId) > 0);
}

void TestSyncService::cancelAtOnceChangesNothing()
{
    const QString bcId = m_adminBcId;
    QVERIFY(run([&] { return m_service->syncBusinessCenter(bcId); })->ok());
    const QMap<QString, QStringList> before = snapshot(bcId);
    QString advertiserId;
    QString userId;
    removeAdAccountAndMember(bcId, &advertiserId, &userId);

    QSignalSpy progress(m_service.get(), &SyncService::progressChanged);
    const std::optional<SyncSummary> summary = run([&] {
        const bool started = m_service->syncBusinessCenter(bcId);
        m_service->cancel(); // before any answer
        return started;
    });
    QVERIFY(summary);
    QVERIFY(summary->cancelled);
    QVERIFY(summary->succeeded.isEmpty());
    QVERIFY(!summary->failed.isEmpty());
    for (const SyncFailure &failure : summary->failed)
        QVERIFY2(failure.cancelled(), qPrintable(failure.describe()));
    QCOMPARE(snapshot(bcId), before);
    const auto last = progress.last().at(0).value<SyncProgress>();
    QCOMPARE(last.listsDone, last.listsTotal);
    QCOMPARE(last.pagesDone, last.pagesTotal);
    QVERIFY(!m_service->isRunning());
}

void TestSyncService::cancelMidSyncKeepsUnfinishedLists()
{
    const QString bcId = m_adminBcId;
    QVERIFY(run([&] { return m_service->syncBusinessCenter(bcId); })->ok());
    const QStringList membersBefore = ids(MirrorList::Members, bcId);
    const auto membersFresh = m_reader->freshness(MirrorList::Members, bcId);
    QString advertiserId;
    QString userId;
    removeAdAccountAndMember(bcId, &advertiserId, &userId);

    // The member list never answers; everything else does.
    m_server->injectFault(u"bc/member/get/"_s, FaultKind::Hang, -1);
    QSignalSpy finished(m_service.get(), &SyncService::finished);
    QVERIFY(m_service->syncBusinessCenter(bcId));
    const int lists = int(bc::store::mirrorListSpecs().size()) - 3
                      + int(SyncService::defaultAssetTypes().size())
                      + int(center(bcId).billingGroups.size());
    QTRY_COMPARE_WITH_TIMEOUT(m_service->progress().listsDone, lists - 1, 60000);
    QVERIFY(m_service->isRunning());
    QVERIFY(finished.isEmpty());
    m_service->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    m_server->clearFaults();

    const auto summary = finished.first().at(0).value<SyncSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.failed.size(), 1);
    QCOMPARE(summary.failed.first().name, u"members"_s);
    QVERIFY(summary.failed.first().cancelled());
    QCOMPARE(summary.succeeded.size(), lists - 1);
    // The unfinished list is as it was; the finished ones were written.
    QCOMPARE(ids(MirrorList::Members, bcId), membersBefore);
    QVERIFY(ids(MirrorList::Members, bcId).contains(userId));
    QCOMPARE(m_reader->freshness(MirrorList::Members, bcId)->fetchedAt, membersFresh->fetchedAt);
    QVERIFY(!ids(MirrorList::AdAccounts, bcId).contains(advertiserId));
    QCOMPARE(m_service->progress().listsDone, m_service->progress().listsTotal);
}

void TestSyncService::singleListAndBusinessCenterList()
{
    // The BC list itself, under bc_id ''.
    const std::optional<SyncSummary> centers =
            run([&] { return m_service->syncBusinessCenters(); });
    QVERIFY(centers);
    QVERIFY(centers->ok());
    QCOMPARE(centers->succeeded, QStringList{u"business_centers"_s});
    QStringList bcIds;
    for (const GeneratedBusinessCenter &bc : m_server->world().businessCenters())
        bcIds << bc.bcId;
    QCOMPARE(ids(MirrorList::BusinessCenters, {}), sorted(bcIds));

    // One scope of one list: nothing else is read.
    const QString bcId = m_adminBcId;
    const std::optional<SyncSummary> catalogs =
            run([&] { return m_service->syncList(bcId, MirrorList::Assets, u"CATALOG"_s); });
    QVERIFY(catalogs);
    QVERIFY(catalogs->ok());
    QCOMPARE(catalogs->succeeded, QStringList{u"assets/CATALOG"_s});
    QVERIFY(!ids(MirrorList::Assets, bcId, u"CATALOG"_s).isEmpty());
    QCOMPARE(ids(MirrorList::Assets, bcId), ids(MirrorList::Assets, bcId, u"CATALOG"_s));
    QCOMPARE(m_reader->rowCount(MirrorList::AdAccounts, bcId), 0);

    // Billing group accounts without a scope: the groups first, then each one's accounts.
    const std::optional<SyncSummary> groups =
            run([&] { return m_service->syncList(bcId, MirrorList::BillingGroupAccounts); });
    QVERIFY(groups);
    QVERIFY(groups->ok());
    QCOMPARE(groups->succeeded.size(), 1 + center(bcId).billingGroups.size());
    QCOMPARE(groups->succeeded.first(), u"billing_groups"_s);
    QCOMPARE(m_reader->rowCount(MirrorList::BillingGroups, bcId),
             center(bcId).billingGroups.size());

    // Costs over another range.
    const std::optional<SyncSummary> costs = run([&] {
        return m_service->syncList(bcId, MirrorList::AccountCosts, u"2026-09-01..2026-09-30"_s);
    });
    QVERIFY(costs);
    QVERIFY(costs->ok());
    QCOMPARE(costs->succeeded, QStringList{u"account_costs/2026-09-01..2026-09-30"_s});
    QVERIFY(m_reader->freshness(MirrorList::AccountCosts, bcId, u"2026-09-01..2026-09-30"_s));

    // A scope that is not a range fails that list without asking the API.
    const std::optional<SyncSummary> bad = run(
            [&] { return m_service->syncList(bcId, MirrorList::AccountCosts, u"last week"_s); });
    QVERIFY(bad);
    QCOMPARE(bad->failed.size(), 1);
    QCOMPARE(bad->failed.first().error.kind, ApiError::Kind::Validation);
}

void TestSyncService::secondSyncWhileRunningIsRefused()
{
    QSignalSpy finished(m_service.get(), &SyncService::finished);
    QVERIFY(m_service->syncBusinessCenter(m_adminBcId));
    QVERIFY(m_service->isRunning());
    QVERIFY(!m_service->syncBusinessCenter(m_adminBcId));
    QVERIFY(!m_service->syncBusinessCenters());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(0).value<SyncSummary>().ok());
    QVERIFY(!m_service->isRunning());
}

QTEST_MAIN(TestSyncService)
#include "tst_syncservice.moc"
