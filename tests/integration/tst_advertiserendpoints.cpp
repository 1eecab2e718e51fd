// The advertiser-level endpoints (reference §4) and the BC inspiration tool (assumed contract,
// emulator/README.md) against the in-process emulator: each request's encoding, each answer's
// decoding against what the emulator's world holds, one documented error per endpoint, the
// state changes the writes make, and lists longer than one page.
#include "core/api/endpoints/advertiserendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::AdvertiserEndpoints;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::WriteReceipt;
using bc::domain::AdPerformance;
using bc::domain::AdvertiserBalance;
using bc::domain::AdvertiserInfo;
using bc::domain::AdvertiserTransaction;
using bc::domain::AudienceInsight;
using bc::domain::PangleAudiencePackage;
using bc::domain::PangleBlockList;
using bc::domain::PangleBlockListUpdate;
using bc::domain::Term;
using bc::emulator::AdAccount;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::jsonQuery;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-advertiser-level-token"_s;
// The demo world's first BC: the user is ADMIN and Finance MANAGER, an AGENCY BC.
const QString kBcId = u"7093123456789012345"_s;
const QString kUnknownBcId = u"7999999999999999999"_s;
const QString kUnknownAdvertiserId = u"7999999999999999990"_s;

} // namespace

class TestAdvertiserEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void infoDecodesAccountsInRequestOrder();
    void infoWithFieldsSendsOnlyThose();
    void infoOfUnknownAccountIsAnError();
    void balancesListEveryAdminAccountOverSeveralPages();
    void balancesFilterByKeyword();
    void balancesOfUnknownBcIsAnError();
    void transactionsListTheTransfersOfTheRange();
    void transactionsWithReversedDatesAreRejected();
    void termTextIsAnswered();
    void termOfUnknownTypeIsRejected();
    void confirmTermIsCheckedAfterwards();
    void confirmTermOfUnknownAccountIsAnError();
    void pangleBlockListIsReadAndUpdated();
    void pangleBlockListOfUnknownAccountIsAnError();
    void pangleUpdateWithoutAccountIsRejected();
    void pangleCampaignBlockListIsSeparate();
    void pangleCampaignBlockListWithoutCampaignIsRejected();
    void pangleAudiencePackagesAreListed();
    void pangleAudiencePackagesOfUnknownAccountIsAnError();
    void audienceInsightCoversEveryRegion();
    void audienceInsightOfUnknownDimensionIsRejected();
    void adPerformanceMatchesTheCostsOverSeveralPages();
    void adPerformanceOverTooLongARangeIsRejected();

private:
    [[nodiscard]] const bc::emulator::GeneratedBusinessCenter &center() const;
    // An owned, enabled account of the BC (the user is its ADMIN through the BC).
    [[nodiscard]] const AdAccount &account(int skip = 0) const;
    [[nodiscard]] Term checkTerm(const QString &advertiserId, const QString &termType);
    [[nodiscard]] PangleBlockList blockList(const QString &advertiserId,
                                            const QString &campaignId = {});

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AdvertiserEndpoints> m_advertisers;
    QObject m_context;
};

void TestAdvertiserEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 41);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    m_advertisers = std::make_unique<AdvertiserEndpoints>(*m_client);
    QCOMPARE(center().userRole, u"ADMIN"_s);
    QCOMPARE(center().financeRole, u"MANAGER"_s);
    QVERIFY(center().adAccounts.size() > AdvertiserEndpoints::maxPageSize);
}

const bc::emulator::GeneratedBusinessCenter &TestAdvertiserEndpoints::center() const
{
    return *m_server->world().findBusinessCenter(kBcId);
}

const AdAccount &TestAdvertiserEndpoints::account(int skip) const
{
    for (const AdAccount &candidate : center().adAccounts) {
        if (candidate.relationType == u"OWNER_BC"_s && candidate.status == u"STATUS_ENABLE"_s
            && !candidate.disabled && skip-- == 0)
            return candidate;
    }
    return center().adAccounts.first();
}

Term TestAdvertiserEndpoints::checkTerm(const QString &advertiserId, const QString &termType)
{
    AwaitedResult<Term> checked;
    m_advertisers->checkTerm({advertiserId, termType, {}}, &m_context, checked.handler());
    if (!checked.wait() || !checked.ok())
        return {};
    return checked.value();
}

PangleBlockList TestAdvertiserEndpoints::blockList(const QString &advertiserId,
                                                   const QString &campaignId)
{
    AwaitedResult<PangleBlockList> list;
    if (campaignId.isEmpty())
        m_advertisers->pangleBlockList(advertiserId, &m_context, list.handler());
    else
        m_advertisers->pangleCampaignBlockList(advertiserId, campaignId, &m_context,
                                               list.handler());
    if (!list.wait() || !list.ok())
        return {};
    return list.value();
}

void TestAdvertiserEndpoints::requestsAreEncodedAsDocumented()
{
    const ApiRequest info = AdvertiserEndpoints::infoRequest(
            {{u"7093000000000000001"_s, u"7093000000000000002"_s}, {u"name"_s}});
    QCOMPARE(info.method, QByteArray("GET"));
    QCOMPARE(info.path, u"advertiser/info/"_s);
    QCOMPARE(queryValue(info, u"advertiser_ids"_s),
             u"[\"7093000000000000001\",\"7093000000000000002\"]"_s);
    QCOMPARE(queryValue(info, u"fields"_s), u"[\"name\"]"_s);
    QVERIFY(queryValue(AdvertiserEndpoints::infoRequest({{u"1"_s}, {}}), u"fields"_s).isEmpty());

    bc::api::AdvertiserBalanceQuery balanceQuery;
    balanceQuery.bcId = kBcId;
    balanceQuery.keyword = u"acme"_s;
    balanceQuery.advertiserStatuses = {u"SHOW_ACCOUNT_STATUS_APPROVED"_s};
    balanceQuery.fields = {u"balance_info"_s};
    const ApiRequest balances = AdvertiserEndpoints::balancesRequest(balanceQuery);
    QCOMPARE(balances.path, u"advertiser/balance/get/"_s); // ⚠ not B's bc/advertiser/...
    QCOMPARE(queryValue(balances, u"bc_id"_s), kBcId);
    QCOMPARE(
            jsonQuery(balances, u"filtering"_s).toObject(),
            (QJsonObject{{u"keyword"_s, u"acme"_s},
                         {u"advertiser_status"_s, QJsonArray{u"SHOW_ACCOUNT_STATUS_APPROVED"_s}}}));
    QCOMPARE(queryValue(balances, u"fields"_s), u"[\"balance_info\"]"_s);
    QVERIFY(queryValue(balances, u"child_bc_id"_s).isEmpty());
    QCOMPARE(AdvertiserEndpoints::balanceListSpec().listKey, u"advertiser_account_list"_s);
    QCOMPARE(AdvertiserEndpoints::balanceListSpec().maxPageSize, 50);

    bc::api::AdvertiserTransactionQuery transactionQuery;
    transactionQuery.bcId = kBcId;
    transactionQuery.fundsTypes = {u"FUNDS_TYPE_CASH"_s};
    transactionQuery.summaryByAccount = false;
    transactionQuery.startDate = QDate(2026, 1, 2);
    transactionQuery.endDate = QDate(2026, 3, 4);
    const ApiRequest transactions = AdvertiserEndpoints::transactionsRequest(transactionQuery);
    QCOMPARE(transactions.path, u"advertiser/transaction/get/"_s);
    // ⚠ funds_type as an array (PY).
    QCOMPARE(jsonQuery(transactions, u"filtering"_s).toObject(),
             (QJsonObject{{u"funds_type"_s, QJsonArray{u"FUNDS_TYPE_CASH"_s}},
                          {u"summary_by_account"_s, false},
                          {u"start_date"_s, u"2026-01-02"_s},
                          {u"end_date"_s, u"2026-03-04"_s}}));
    QCOMPARE(AdvertiserEndpoints::transactionListSpec().listKey, u"transaction_list"_s);

    const ApiRequest term = AdvertiserEndpoints::termRequest({u"1"_s, u"LeadAds"_s, u"JA"_s});
    QCOMPARE(term.path, u"term/get/"_s);
    QCOMPARE(queryValue(term, u"term_type"_s), u"LeadAds"_s);
    QCOMPARE(queryValue(term, u"lang"_s), u"JA"_s);
    QVERIFY(queryValue(AdvertiserEndpoints::termCheckRequest({u"1"_s, u"Pixel"_s, u"JA"_s}),
                       u"lang"_s)
                    .isEmpty());
    const ApiRequest confirm = AdvertiserEndpoints::termConfirmRequest({u"1"_s, u"Pixel"_s, {}});
    QCOMPARE(confirm.method, QByteArray("POST"));
    QCOMPARE(confirm.body,
             (QJsonObject{{u"advertiser_id"_s, u"1"_s}, {u"term_type"_s, u"Pixel"_s}}));
    QVERIFY(!confirm.isIdempotent());

    bc::api::PangleBlockListChange change;
    change.advertiserId = u"1"_s;
    change.campaignId = u"99"_s;
    change.addApps = {u"com.example.app"_s};
    const ApiRequest update = AdvertiserEndpoints::pangleBlockListUpdateRequest(change);
    QCOMPARE(update.path, u"pangle_block_list/update/"_s);
    QCOMPARE(update.body, (QJsonObject{{u"advertiser_id"_s, u"1"_s},
                                       {u"add_app_list"_s, QJsonArray{u"com.example.app"_s}}}));
    const ApiRequest campaignUpdate =
            AdvertiserEndpoints::pangleCampaignBlockListUpdateRequest(change);
    QCOMPARE(campaignUpdate.path, u"pangle_block_list/campaign/update/"_s);
    QCOMPARE(campaignUpdate.body.value("campaign_id"_L1).toString(), u"99"_s);
    const ApiRequest campaignGet =
            AdvertiserEndpoints::pangleCampaignBlockListRequest(u"1"_s, u"99"_s);
    QCOMPARE(campaignGet.path, u"pangle_block_list/campaign/get/"_s);
    QCOMPARE(queryValue(campaignGet, u"campaign_id"_s), u"99"_s);
    QCOMPARE(AdvertiserEndpoints::pangleBlockListRequest(u"1"_s).path, u"pangle_block_list/get/"_s);
    QCOMPARE(AdvertiserEndpoints::pangleAudiencePackagesRequest(u"1"_s).path,
             u"pangle_audience_package/get/"_s);

    const ApiRequest insight = AdvertiserEndpoints::audienceInsightRequest(
            {kBcId, u"AGE"_s, QDate(2026, 10, 1), QDate(2026, 10, 31), {u"5"_s}});
    QCOMPARE(insight.path, u"bc/inspiration_tool/audience_insight/"_s);
    QCOMPARE(queryValue(insight, u"dimension"_s), u"AGE"_s);
    QCOMPARE(queryValue(insight, u"start_date"_s), u"2026-10-01"_s);
    QCOMPARE(queryValue(insight, u"advertiser_ids"_s), u"[\"5\"]"_s);
    const ApiRequest performance = AdvertiserEndpoints::adPerformanceRequest(
            {kBcId, QDate(2026, 10, 1), QDate(2026, 10, 31), {}, {u"spend"_s, u"ctr"_s}});
    QCOMPARE(performance.path, u"bc/inspiration_tool/ad_performance/"_s);
    QCOMPARE(queryValue(performance, u"metrics"_s), u"[\"spend\",\"ctr\"]"_s);
    QCOMPARE(queryValue(performance, u"end_date"_s), u"2026-10-31"_s);
    QVERIFY(queryValue(performance, u"advertiser_ids"_s).isEmpty());
}

void TestAdvertiserEndpoints::infoDecodesAccountsInRequestOrder()
{
    // An id sent as a JSON number (ending in 3) among them, if the BC has one.
    const auto withNumberId =
            std::find_if(center().adAccounts.cbegin(), center().adAccounts.cend(),
                         [](const AdAccount &a) { return a.advertiserId.endsWith(u'3'); });
    QVERIFY(withNumberId != center().adAccounts.cend());
    const AdAccount &first = *withNumberId;
    const AdAccount &second = account(1);
    AwaitedResult<QList<AdvertiserInfo>> infos;
    m_advertisers->info({{first.advertiserId, second.advertiserId}, {}}, &m_context,
                        infos.handler());
    QVERIFY(infos.wait());
    QVERIFY2(infos.ok(), infos.describe().constData());
    QCOMPARE(infos.value().size(), 2);
    const AdvertiserInfo &decoded = infos.value().first();
    QCOMPARE(decoded.advertiserId, first.advertiserId);
    QCOMPARE(decoded.name, first.name);
    QCOMPARE(decoded.company, first.company);
    QCOMPARE(decoded.currency, first.currency);
    QCOMPARE(decoded.status, first.status);
    QCOMPARE(decoded.timezone, first.timezone);
    QCOMPARE(decoded.displayTimezone, first.displayTimezone);
    QCOMPARE(decoded.createTime.toSecsSinceEpoch(), first.createTime);
    QCOMPARE(decoded.balance.minorUnits(), first.balance.accountBalance());
    QCOMPARE(decoded.ownerBcId, first.ownerBcId);
    QCOMPARE(infos.value().at(1).advertiserId, second.advertiserId);
}

void TestAdvertiserEndpoints::infoWithFieldsSendsOnlyThose()
{
    const AdAccount &target = account();
    AwaitedResult<QList<AdvertiserInfo>> infos;
    m_advertisers->info({{target.advertiserId}, {u"name"_s}}, &m_context, infos.handler());
    QVERIFY(infos.wait());
    QVERIFY2(infos.ok(), infos.describe().constData());
    QCOMPARE(infos.value().size(), 1);
    QCOMPARE(infos.value().first().advertiserId, target.advertiserId);
    QCOMPARE(infos.value().first().name, target.name);
    QVERIFY(infos.value().first().currency.isEmpty());
}

void TestAdvertiserEndpoints::infoOfUnknownAccountIsAnError()
{
    AwaitedResult<QList<AdvertiserInfo>> infos;
    m_advertisers->info({{kUnknownAdvertiserId}, {}}, &m_context, infos.handler());
    QVERIFY(infos.wait());
    QVERIFY(!infos.ok());
    QCOMPARE(infos.error().code, 40001);

    m_advertisers->info({{}, {}}, &m_context, infos.handler()); // at least one id
    QVERIFY(infos.wait());
    QVERIFY(!infos.ok());
    QCOMPARE(infos.error().code, 40002);
}

void TestAdvertiserEndpoints::balancesListEveryAdminAccountOverSeveralPages()
{
    const auto &world = m_server->world();
    const QString userId = world.signedInUser().userId;
    QSet<QString> expected;
    for (const AdAccount &a : center().adAccounts) {
        if (world.advertiserRole(userId, a.advertiserId) == u"ADMIN"_s)
            expected.insert(a.advertiserId);
    }
    QVERIFY(expected.size() > AdvertiserEndpoints::maxPageSize);

    AwaitedResult<QList<AdvertiserBalance>> rows;
    m_advertisers->balances({kBcId, {}, {}, {}, {}, {}}, &m_context, rows.handler(),
                            bc::api::RequestPriority::Background);
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());
    QCOMPARE(rows.value().size(), expected.size());
    QSet<QString> seen;
    for (const AdvertiserBalance &row : rows.value()) {
        seen.insert(row.advertiserId);
        const AdAccount *source = world.findAdAccount(kBcId, row.advertiserId);
        QVERIFY2(source, qPrintable(row.advertiserId));
        QCOMPARE(row.accountBalance.minorUnits(), source->balance.accountBalance());
        QCOMPARE(row.accountBalance.minorUnits(), row.validAccountBalance.minorUnits()
                                                          + row.frozenBalance.minorUnits()
                                                          + row.tax.minorUnits());
        QCOMPARE(row.currency, source->currency);
    }
    QCOMPARE(seen, expected); // digit-exact ids, none twice
}

void TestAdvertiserEndpoints::balancesFilterByKeyword()
{
    const AdAccount &target = account(2);
    bc::api::AdvertiserBalanceQuery query;
    query.bcId = kBcId;
    query.keyword = target.advertiserId;
    query.fields = {u"balance_info"_s, u"budget_remaining"_s};
    AwaitedResult<QList<AdvertiserBalance>> rows;
    m_advertisers->balances(query, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());
    QCOMPARE(rows.value().size(), 1);
    const AdvertiserBalance &row = rows.value().first();
    QCOMPARE(row.advertiserId, target.advertiserId);
    QCOMPARE(row.advertiserName, target.name);
    QCOMPARE(row.validCashBalance.minorUnits(), target.balance.validCashBalance());
    QCOMPARE(row.balanceInfo.cashBalance.minorUnits(), target.balance.cashBalance());
    QCOMPARE(row.budgetRemaining.minorUnits(), target.budgetRemaining());
}

void TestAdvertiserEndpoints::balancesOfUnknownBcIsAnError()
{
    AwaitedResult<QList<AdvertiserBalance>> rows;
    m_advertisers->balances({kUnknownBcId, {}, {}, {}, {}, {}}, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, 40001);
    QCOMPARE(rows.error().kind, ApiError::Kind::Permission);
}

void TestAdvertiserEndpoints::transactionsListTheTransfersOfTheRange()
{
    const auto &world = m_server->world();
    const QDate today = world.now().toUTC().date();
    const QDate start = today.addDays(-364);
    const qint64 from = start.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 to = today.startOfDay(Qt::UTC).toSecsSinceEpoch() + 86399;
    qsizetype expected = 0;
    for (const auto &record : center().accountTransactions) {
        if (record.transferType == u"TRANS_TYPE_TRANSFER"_s && record.time >= from
            && record.time <= to)
            ++expected;
    }
    QVERIFY(expected > AdvertiserEndpoints::maxPageSize);

    bc::api::AdvertiserTransactionQuery query;
    query.bcId = kBcId;
    query.startDate = start;
    query.endDate = today;
    AwaitedResult<QList<AdvertiserTransaction>> rows;
    m_advertisers->transactions(query, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());
    QCOMPARE(rows.value().size(), expected);
    for (const AdvertiserTransaction &row : rows.value()) {
        QCOMPARE(row.transferType, u"TRANS_TYPE_TRANSFER"_s);
        QVERIFY(world.findAdAccount(kBcId, row.advertiserId));
        QVERIFY(row.amount.isSet());
        QVERIFY(row.date.isValid());
    }
}

void TestAdvertiserEndpoints::transactionsWithReversedDatesAreRejected()
{
    bc::api::AdvertiserTransactionQuery query;
    query.bcId = kBcId;
    query.startDate = QDate(2026, 10, 10);
    query.endDate = QDate(2026, 10, 1);
    AwaitedResult<QList<AdvertiserTransaction>> rows;
    m_advertisers->transactions(query, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, 40002);
}

void TestAdvertiserEndpoints::termTextIsAnswered()
{
    AwaitedResult<Term> term;
    m_advertisers->term({account().advertiserId, u"LeadAds"_s, u"ZH"_s}, &m_context,
                        term.handler());
    QVERIFY(term.wait());
    QVERIFY2(term.ok(), term.describe().constData());
    QCOMPARE(term.value().terms, bc::emulator::World::termText(u"LeadAds"_s, u"ZH"_s));
    QVERIFY(!term.value().terms.isEmpty());
}

void TestAdvertiserEndpoints::termOfUnknownTypeIsRejected()
{
    AwaitedResult<Term> term;
    m_advertisers->term({account().advertiserId, u"Cookies"_s, {}}, &m_context, term.handler());
    QVERIFY(term.wait());
    QVERIFY(!term.ok());
    QCOMPARE(term.error().code, 40002);
}

void TestAdvertiserEndpoints::confirmTermIsCheckedAfterwards()
{
    const auto &world = m_server->world();
    // A term type the account has not confirmed yet.
    QString advertiserId;
    QString termType;
    for (int i = 0; i < 5 && advertiserId.isEmpty(); ++i) {
        for (const QString &type : bc::emulator::World::termTypes()) {
            if (!world.isTermConfirmed(account(i).advertiserId, type)) {
                advertiserId = account(i).advertiserId;
                termType = type;
                break;
            }
        }
    }
    QVERIFY(!advertiserId.isEmpty());
    QCOMPARE(checkTerm(advertiserId, termType).confirmed, std::optional<bool>(false));

    AwaitedResult<WriteReceipt> confirmed;
    m_advertisers->confirmTerm({advertiserId, termType, {}}, &m_context, confirmed.handler());
    QVERIFY(confirmed.wait());
    QVERIFY2(confirmed.ok(), confirmed.describe().constData());
    QVERIFY(!confirmed.value().requestId.isEmpty());
    QCOMPARE(checkTerm(advertiserId, termType).confirmed, std::optional<bool>(true));
}

void TestAdvertiserEndpoints::confirmTermOfUnknownAccountIsAnError()
{
    AwaitedResult<WriteReceipt> confirmed;
    m_advertisers->confirmTerm({kUnknownAdvertiserId, u"Pixel"_s, {}}, &m_context,
                               confirmed.handler());
    QVERIFY(confirmed.wait());
    QVERIFY(!confirmed.ok());
    QCOMPARE(confirmed.error().code, 40001);

    AwaitedResult<Term> checked;
    m_advertisers->checkTerm({kUnknownAdvertiserId, u"Pixel"_s, {}}, &m_context, checked.handler());
    QVERIFY(checked.wait());
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, 40001);
}

void TestAdvertiserEndpoints::pangleBlockListIsReadAndUpdated()
{
    const AdAccount &target = account(3);
    const PangleBlockList before = blockList(target.advertiserId);
    QCOMPARE(before.appList, target.pangleBlockList.apps);

    bc::api::PangleBlockListChange change;
    change.advertiserId = target.advertiserId;
    change.addApps = {u"com.console.alpha"_s, u"1234567890"_s};
    AwaitedResult<PangleBlockListUpdate> updated;
    m_advertisers->updatePangleBlockList(change, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY2(updated.ok(), updated.describe().constData());
    QCOMPARE(updated.value().successCount, std::optional<qint64>(2));

    const PangleBlockList after = blockList(target.advertiserId);
    QVERIFY(after.appList.contains(u"com.console.alpha"_s));
    QVERIFY(after.appList.contains(u"1234567890"_s));
    QCOMPARE(after.appList.size(), before.appList.size() + 2);
    QVERIFY(after.modifyTime.isValid());
    QVERIFY(!after.appPackageId.isEmpty());

    change.addApps.clear();
    change.deleteApps = {u"com.console.alpha"_s};
    m_advertisers->updatePangleBlockList(change, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY2(updated.ok(), updated.describe().constData());
    QVERIFY(!blockList(target.advertiserId).appList.contains(u"com.console.alpha"_s));
}

void TestAdvertiserEndpoints::pangleBlockListOfUnknownAccountIsAnError()
{
    AwaitedResult<PangleBlockList> list;
    m_advertisers->pangleBlockList(kUnknownAdvertiserId, &m_context, list.handler());
    QVERIFY(list.wait());
    QVERIFY(!list.ok());
    QCOMPARE(list.error().code, 40001);
}

void TestAdvertiserEndpoints::pangleUpdateWithoutAccountIsRejected()
{
    bc::api::PangleBlockListChange change;
    change.addApps = {u"com.console.beta"_s};
    AwaitedResult<PangleBlockListUpdate> updated;
    m_advertisers->updatePangleBlockList(change, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, 40002);
}

void TestAdvertiserEndpoints::pangleCampaignBlockListIsSeparate()
{
    const AdAccount &target = account(4);
    const QString campaignId = u"1790000000000000001"_s;
    const PangleBlockList accountLevel = blockList(target.advertiserId);

    bc::api::PangleBlockListChange change;
    change.advertiserId = target.advertiserId;
    change.campaignId = campaignId;
    change.addApps = {u"com.console.campaign"_s};
    AwaitedResult<PangleBlockListUpdate> updated;
    m_advertisers->updatePangleCampaignBlockList(change, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY2(updated.ok(), updated.describe().constData());
    QCOMPARE(updated.value().successCount, std::optional<qint64>(1));

    const PangleBlockList campaignLevel = blockList(target.advertiserId, campaignId);
    QCOMPARE(campaignLevel.campaignId, campaignId);
    QCOMPARE(campaignLevel.appList, QStringList{u"com.console.campaign"_s});
    QCOMPARE(blockList(target.advertiserId).appList, accountLevel.appList);
}

void TestAdvertiserEndpoints::pangleCampaignBlockListWithoutCampaignIsRejected()
{
    AwaitedResult<PangleBlockList> list;
    m_advertisers->pangleCampaignBlockList(account().advertiserId, {}, &m_context, list.handler());
    QVERIFY(list.wait());
    QVERIFY(!list.ok());
    QCOMPARE(list.error().code, 40002);
}

void TestAdvertiserEndpoints::pangleAudiencePackagesAreListed()
{
    const auto withPackages =
            std::find_if(center().adAccounts.cbegin(), center().adAccounts.cend(),
                         [](const AdAccount &a) { return !a.audiencePackages.isEmpty(); });
    QVERIFY(withPackages != center().adAccounts.cend());
    AwaitedResult<QList<PangleAudiencePackage>> packages;
    m_advertisers->pangleAudiencePackages(withPackages->advertiserId, &m_context,
                                          packages.handler());
    QVERIFY(packages.wait());
    QVERIFY2(packages.ok(), packages.describe().constData());
    QCOMPARE(packages.value().size(), withPackages->audiencePackages.size());
    for (qsizetype i = 0; i < packages.value().size(); ++i) {
        QCOMPARE(packages.value().at(i).packageId, withPackages->audiencePackages.at(i).packageId);
        QCOMPARE(packages.value().at(i).packageName,
                 withPackages->audiencePackages.at(i).packageName);
        QCOMPARE(packages.value().at(i).bindType, withPackages->audiencePackages.at(i).bindType);
    }
}

void TestAdvertiserEndpoints::pangleAudiencePackagesOfUnknownAccountIsAnError()
{
    AwaitedResult<QList<PangleAudiencePackage>> packages;
    m_advertisers->pangleAudiencePackages(kUnknownAdvertiserId, &m_context, packages.handler());
    QVERIFY(packages.wait());
    QVERIFY(!packages.ok());
    QCOMPARE(packages.error().code, 40001);
}

void TestAdvertiserEndpoints::audienceInsightCoversEveryRegion()
{
    const QDate today = m_server->world().now().toUTC().date();
    AwaitedResult<QList<AudienceInsight>> rows;
    m_advertisers->audienceInsight({kBcId, u"REGION"_s, today.addDays(-30), today, {}}, &m_context,
                                   rows.handler());
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());
    QCOMPARE(rows.value().size(), 12);
    double shares = 0;
    QSet<QString> values;
    for (const AudienceInsight &row : rows.value()) {
        values.insert(row.dimensionValue);
        QVERIFY(row.impressions.has_value());
        QVERIFY(row.clicks.has_value());
        shares += row.audienceShare.value_or(0);
    }
    QCOMPARE(values.size(), 12);
    QVERIFY(qAbs(shares - 1.0) < 0.001);
}

void TestAdvertiserEndpoints::audienceInsightOfUnknownDimensionIsRejected()
{
    const QDate today = m_server->world().now().toUTC().date();
    AwaitedResult<QList<AudienceInsight>> rows;
    m_advertisers->audienceInsight({kBcId, u"SHOE_SIZE"_s, today.addDays(-7), today, {}},
                                   &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, 40002);
}

void TestAdvertiserEndpoints::adPerformanceMatchesTheCostsOverSeveralPages()
{
    const auto &world = m_server->world();
    const QDate end = world.now().toUTC().date().addDays(-1);
    const QDate start = end.addDays(-60);
    const qint64 from = start.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 to = end.startOfDay(Qt::UTC).toSecsSinceEpoch() + 86399;
    const QString userId = world.signedInUser().userId;
    QHash<QString, qint64> spent;
    for (const AdAccount &a : center().adAccounts) {
        if (world.advertiserRole(userId, a.advertiserId).isEmpty())
            continue;
        const qint64 cost = world.costBetween(a, from, to).amount();
        if (cost > 0)
            spent.insert(a.advertiserId, cost);
    }
    QVERIFY(spent.size() > AdvertiserEndpoints::maxPageSize);

    AwaitedResult<QList<AdPerformance>> rows;
    m_advertisers->adPerformance({kBcId, start, end, {}, {}}, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());
    QCOMPARE(rows.value().size(), spent.size());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const AdPerformance &row : rows.value()) {
        QVERIFY2(spent.contains(row.advertiserId), qPrintable(row.advertiserId));
        QCOMPARE(row.spend.minorUnits(), spent.value(row.advertiserId));
        QVERIFY(row.spend.minorUnits() <= previous); // highest spend first
        previous = row.spend.minorUnits();
        QVERIFY(row.impressions.has_value());
    }
}

void TestAdvertiserEndpoints::adPerformanceOverTooLongARangeIsRejected()
{
    const QDate today = m_server->world().now().toUTC().date();
    AwaitedResult<QList<AdPerformance>> rows;
    m_advertisers->adPerformance({kBcId, today.addDays(-200), today, {}, {}}, &m_context,
                                 rows.handler());
    QVERIFY(rows.wait());
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, 40002);
}

QTEST_GUILESS_MAIN(TestAdvertiserEndpoints)
#include "tst_advertiserendpoints.moc"
