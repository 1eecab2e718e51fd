// The Business Center level endpoints (reference §3.1–§3.6, §3.21, §3.22) against the in-process
// emulator: each request's encoding, each answer's decoding checked against the emulator's world,
// one success and one documented error per endpoint (40001 without a finance role on the finance
// reads), the state changes the writes make, and lists longer than one page.
#include "core/api/endpoints/businesscenterendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::BusinessCenterEndpoints;
using bc::domain::AccountCost;
using bc::domain::AccountCostSummary;
using bc::domain::AccountTransaction;
using bc::domain::Amount;
using bc::domain::BudgetChangelogEntry;
using bc::domain::BusinessCenter;
using bc::domain::BusinessCenterBalance;
using bc::domain::BusinessCenterTransaction;
using bc::domain::BusinessCenterTransactionSummary;
using bc::domain::ChildBusinessCenter;
using bc::domain::ImageUpload;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::emulator::GeneratedBusinessCenter;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::filteringOf;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-business-center-token"_s;

// A 1×1 PNG.
const QByteArray kPng = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5Er"
        "kJggg==");

Amount money(qint64 cents)
{
    return Amount::fromMinorUnits(cents);
}

} // namespace

class TestBusinessCenterEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void listPagesThroughEveryBusinessCenter();
    void listWithMalformedBcIdIsRejected();
    void balanceIsExact();
    void financeReadsNeedAFinanceRole_data();
    void financeReadsNeedAFinanceRole();
    void transactionsComeBackWhole();
    void transactionSummaryMatchesTheRows();
    void transactionsWithEndBeforeStartAreRejected();
    void accountTransactionsComeBackWhole();
    void accountTransactionsUnderBKeyAreRead();
    void accountCostsMatchTheWorld();
    void accountCostsWithOneDateAreRejected();
    void budgetChangelogMatchesTheWorld();
    void budgetChangelogOfForeignAccountIsAnError();
    void uploadImageStoresIt();
    void uploadOfNonImageIsRejected();
    void childInviteAndUnbind();
    void childUnbindOfStrangerIsNotFound();

private:
    [[nodiscard]] const GeneratedBusinessCenter &financeCenter() const;

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BusinessCenterEndpoints> m_centers;
    QString m_financeBcId;   // a finance role, with the most BC transactions
    QString m_noFinanceBcId; // no finance role
    QString m_adminBcId;     // BC admin
    QDate m_today;
    QObject m_context;
};

void TestBusinessCenterEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 24);
    config.businessCenterCount = 55; // more than one page of /bc/get/
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    // A still clock: the default and explicit date ranges stay where the test computed them.
    m_server->mutableWorld().setNow(m_server->world().now());
    m_today = m_server->world().now().toUTC().date();
    m_client = emulatorClient(*m_server, kToken);
    m_centers = std::make_unique<BusinessCenterEndpoints>(*m_client);

    qsizetype most = -1;
    for (const auto &bc : m_server->world().businessCenters()) {
        if (bc.financeRole.isEmpty()) {
            if (m_noFinanceBcId.isEmpty())
                m_noFinanceBcId = bc.bcId;
        } else if (bc.transactions.size() > most) {
            most = bc.transactions.size();
            m_financeBcId = bc.bcId;
        }
        if (bc.userRole == u"ADMIN"_s && m_adminBcId.isEmpty())
            m_adminBcId = bc.bcId;
    }
    QVERIFY2(most > BusinessCenterEndpoints::maxPageSize,
             "a finance BC with more than a page of transactions");
    QVERIFY(!m_noFinanceBcId.isEmpty());
    QVERIFY(!m_adminBcId.isEmpty());
}

const GeneratedBusinessCenter &TestBusinessCenterEndpoints::financeCenter() const
{
    return *m_server->world().findBusinessCenter(m_financeBcId);
}

void TestBusinessCenterEndpoints::requestsAreEncodedAsDocumented()
{
    const QString bc = u"7000000000000000001"_s;
    const ApiRequest list = BusinessCenterEndpoints::listRequest({bc, u"a&b"_s, 50});
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/get/"_s);
    QCOMPARE(queryValue(list, u"bc_id"_s), bc);
    QCOMPARE(filteringOf(list), (QJsonObject{{u"keyword"_s, u"a&b"_s}}));
    QVERIFY(BusinessCenterEndpoints::listRequest({}).query.isEmpty());

    const ApiRequest balance = BusinessCenterEndpoints::balanceRequest({bc, {}, {}});
    QCOMPARE(balance.method, QByteArray("GET"));
    QCOMPARE(balance.path, u"bc/balance/get/"_s);
    QCOMPARE(balance.query, (QList<QPair<QString, QString>>{{u"bc_id"_s, bc}}));

    const ApiRequest transactions = BusinessCenterEndpoints::transactionsRequest(
            {bc, {u"FUNDS_TYPE_CASH"_s}, QDate(2026, 1, 2), QDate(2026, 3, 4)});
    QCOMPARE(transactions.path, u"bc/transaction/get/"_s);
    QCOMPARE(filteringOf(transactions),
             (QJsonObject{{u"funds_type"_s, QJsonArray{u"FUNDS_TYPE_CASH"_s}}}));
    QCOMPARE(queryValue(transactions, u"start_date"_s), u"2026-01-02"_s);
    QCOMPARE(queryValue(transactions, u"end_date"_s), u"2026-03-04"_s);

    bc::api::AccountTransactionQuery accountQuery;
    accountQuery.bcId = bc;
    accountQuery.transactionLevel = u"BC"_s;
    accountQuery.accountIds = {u"7000000000000000002"_s};
    accountQuery.startTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const ApiRequest accounts = BusinessCenterEndpoints::accountTransactionsRequest(accountQuery);
    QCOMPARE(accounts.method, QByteArray("GET"));
    QCOMPARE(accounts.path, u"bc/account/transaction/get/"_s);
    QCOMPARE(queryValue(accounts, u"transaction_level"_s), u"BC"_s);
    QCOMPARE(filteringOf(accounts),
             (QJsonObject{{u"account_ids"_s, QJsonArray{u"7000000000000000002"_s}},
                          {u"start_time"_s, u"2026-01-02 03:04:05"_s}}));

    const ApiRequest costs = BusinessCenterEndpoints::accountCostsRequest(
            {bc, {}, QDate(2026, 1, 2), QDate(2026, 1, 8)});
    QCOMPARE(costs.path, u"bc/account/cost/get/"_s);
    QCOMPARE(filteringOf(costs),
             (QJsonObject{{u"start_date"_s, u"2026-01-02"_s}, {u"end_date"_s, u"2026-01-08"_s}}));

    const ApiRequest changelog =
            BusinessCenterEndpoints::budgetChangelogRequest({bc, u"7000000000000000002"_s, {}, {}});
    QCOMPARE(changelog.path, u"bc/account/budget/changelog/get/"_s);
    QCOMPARE(queryValue(changelog, u"advertiser_id"_s), u"7000000000000000002"_s);
    QVERIFY(queryValue(changelog, u"filtering"_s).isEmpty()); // TikTok's 7 days apply

    const ApiRequest upload =
            BusinessCenterEndpoints::imageUploadRequest({bc, kPng, u"a.png"_s, "image/png"});
    QCOMPARE(upload.method, QByteArray("POST"));
    QCOMPARE(upload.path, u"bc/image/upload/"_s);
    QCOMPARE(upload.formParts.size(), 2);
    QCOMPARE(upload.formParts.at(0).name, u"bc_id"_s);
    QCOMPARE(upload.formParts.at(0).data, bc.toLatin1());
    QCOMPARE(upload.formParts.at(1).name, u"image_file"_s);
    QCOMPARE(upload.formParts.at(1).fileName, u"a.png"_s);
    QVERIFY(!upload.isIdempotent());

    const ApiRequest invite =
            BusinessCenterEndpoints::childInviteRequest({bc, u"7000000000000000009"_s});
    QCOMPARE(invite.method, QByteArray("POST"));
    QCOMPARE(invite.path, u"bc/child/invite/"_s);
    QCOMPARE(invite.body,
             (QJsonObject{{u"bc_id"_s, bc}, {u"child_bc_id"_s, u"7000000000000000009"_s}}));
    QVERIFY(!invite.isIdempotent());
    const ApiRequest unbind =
            BusinessCenterEndpoints::childUnbindRequest({bc, u"7000000000000000009"_s});
    QCOMPARE(unbind.path, u"bc/child/unbind/"_s);
    QCOMPARE(unbind.body, invite.body);
    QVERIFY(!unbind.isIdempotent());
}

void TestBusinessCenterEndpoints::listPagesThroughEveryBusinessCenter()
{
    AwaitedResult<QList<BusinessCenter>> centers;
    m_centers->list({}, &m_context, centers.handler(), bc::api::RequestPriority::Background);
    QVERIFY(centers.wait());
    QVERIFY2(centers.ok(), centers.describe().constData());
    const auto &expected = m_server->world().businessCenters();
    QVERIFY(expected.size() > BusinessCenterEndpoints::maxPageSize);
    QCOMPARE(centers.value().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const BusinessCenter &got = centers.value().at(i);
        QCOMPARE(got.id, expected.at(i).bcId); // also the ones sent as JSON numbers
        QCOMPARE(got.name, expected.at(i).name);
        QCOMPARE(got.userRole, expected.at(i).userRole);
        QCOMPARE(got.financeRole, expected.at(i).financeRole);
    }
}

void TestBusinessCenterEndpoints::listWithMalformedBcIdIsRejected()
{
    AwaitedResult<QList<BusinessCenter>> centers;
    m_centers->list({u"not-a-number"_s, {}, 50}, &m_context, centers.handler());
    QVERIFY(centers.wait());
    QVERIFY(!centers.ok());
    QCOMPARE(centers.error().code, 40002);
}

void TestBusinessCenterEndpoints::balanceIsExact()
{
    AwaitedResult<BusinessCenterBalance> balance;
    m_centers->balance({m_financeBcId, {}, {}}, &m_context, balance.handler());
    QVERIFY(balance.wait());
    QVERIFY2(balance.ok(), balance.describe().constData());
    const BusinessCenterBalance &got = balance.value();
    const auto &expected = financeCenter().balance;
    QCOMPARE(got.bcId, m_financeBcId);
    QCOMPARE(got.currency, financeCenter().currency);
    QCOMPARE(got.accountBalance, money(expected.accountBalance()));
    QCOMPARE(got.validAccountBalance, money(expected.validAccountBalance()));
    QCOMPARE(got.frozenBalance, money(expected.frozenBalance()));
    QCOMPARE(got.tax, money(expected.tax()));
    QCOMPARE(got.cashBalance, money(expected.cashBalance()));
    QCOMPARE(got.validCashBalance, money(expected.validCashBalance()));
    QCOMPARE(got.grantBalance, money(expected.grantBalance()));
    QCOMPARE(got.validGrantBalance, money(expected.validGrantBalance()));
    QCOMPARE(got.accountBalance.minorUnits(), got.validAccountBalance.minorUnits()
                                                      + got.frozenBalance.minorUnits()
                                                      + got.tax.minorUnits());
}

void TestBusinessCenterEndpoints::financeReadsNeedAFinanceRole_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("balance") << u"balance"_s;
    QTest::newRow("transactions") << u"transactions"_s;
    QTest::newRow("transaction summary") << u"summary"_s;
    QTest::newRow("account transactions") << u"accountTransactions"_s;
    QTest::newRow("account costs") << u"costs"_s;
    QTest::newRow("cost summary") << u"costSummary"_s;
    QTest::newRow("budget changelog") << u"changelog"_s;
}

void TestBusinessCenterEndpoints::financeReadsNeedAFinanceRole()
{
    QFETCH(QString, endpoint);
    const QString bcId = m_noFinanceBcId;
    const auto &center = *m_server->world().findBusinessCenter(bcId);
    std::optional<ApiError> error;
    const auto keep = [&error](const auto &result) {
        error = result.ok() ? ApiError{} : result.error();
    };
    if (endpoint == u"balance"_s) {
        m_centers->balance({bcId, {}, {}}, &m_context, keep);
    } else if (endpoint == u"transactions"_s) {
        m_centers->transactions({bcId, {}, {}, {}}, &m_context, keep);
    } else if (endpoint == u"summary"_s) {
        m_centers->transactionSummary({bcId, {}, {}, {}}, &m_context, keep);
    } else if (endpoint == u"accountTransactions"_s) {
        bc::api::AccountTransactionQuery query;
        query.bcId = bcId;
        m_centers->accountTransactions(query, &m_context, keep);
    } else if (endpoint == u"costs"_s) {
        m_centers->accountCosts({bcId, {}, {}, {}}, &m_context, keep);
    } else if (endpoint == u"costSummary"_s) {
        m_centers->accountCostSummary({bcId, {}, {}, {}}, &m_context, keep);
    } else {
        QVERIFY(!center.adAccounts.isEmpty());
        m_centers->budgetChangelog({bcId, center.adAccounts.constFirst().advertiserId, {}, {}},
                                   &m_context, keep);
    }
    QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 20000));
    QCOMPARE(error->code, 40001);
    QCOMPARE(error->kind, ApiError::Kind::Permission);
}

void TestBusinessCenterEndpoints::transactionsComeBackWhole()
{
    const QDate start = m_today.addDays(-364);
    AwaitedResult<QList<BusinessCenterTransaction>> rows;
    m_centers->transactions({m_financeBcId, {}, start, m_today}, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());
    QList<qint64> expected;
    for (const auto &row : financeCenter().transactions) {
        const QDate day = QDateTime::fromSecsSinceEpoch(row.time, Qt::UTC).date();
        if (day >= start && day <= m_today)
            expected << row.amount;
    }
    QVERIFY(expected.size() > BusinessCenterEndpoints::maxPageSize);
    QCOMPARE(rows.value().size(), expected.size());
    QList<qint64> got;
    for (const BusinessCenterTransaction &row : rows.value()) {
        got << row.amount.minorUnits();
        QVERIFY(row.date.isValid());
        QCOMPARE(row.currency, financeCenter().currency);
    }
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected); // every amount exact to the cent
}

void TestBusinessCenterEndpoints::transactionSummaryMatchesTheRows()
{
    const bc::api::BusinessCenterTransactionQuery query{
            m_financeBcId, {}, m_today.addDays(-364), m_today};
    AwaitedResult<QList<BusinessCenterTransaction>> rows;
    m_centers->transactions(query, &m_context, rows.handler());
    AwaitedResult<BusinessCenterTransactionSummary> summary;
    m_centers->transactionSummary(query, &m_context, summary.handler());
    QVERIFY(rows.wait());
    QVERIFY(summary.wait());
    QVERIFY(rows.ok());
    QVERIFY2(summary.ok(), summary.describe().constData());
    qint64 charged = 0;
    qint64 paid = 0;
    for (const BusinessCenterTransaction &row : rows.value())
        (row.amount.minorUnits() < 0 ? charged : paid) += row.amount.minorUnits();
    // The reference does not say which sign amount_charged has (the emulator sends a magnitude).
    QCOMPARE(qAbs(summary.value().amountCharged.minorUnits()), qAbs(charged));
    QCOMPARE(summary.value().amountPaid.minorUnits(), paid);
    QCOMPARE(summary.value().currency, financeCenter().currency);
}

void TestBusinessCenterEndpoints::transactionsWithEndBeforeStartAreRejected()
{
    AwaitedResult<QList<BusinessCenterTransaction>> rows;
    m_centers->transactions({m_financeBcId, {}, m_today, m_today.addDays(-3)}, &m_context,
                            rows.handler());
    QVERIFY(rows.wait());
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, 40002);
    QCOMPARE(rows.error().kind, ApiError::Kind::Validation);
}

void TestBusinessCenterEndpoints::accountTransactionsComeBackWhole()
{
    const QDateTime end = m_server->world().now().toUTC();
    const QDateTime start = end.addDays(-364);
    bc::api::AccountTransactionQuery query;
    query.bcId = m_financeBcId;
    query.startTime = start;
    query.endTime = end;
    AwaitedResult<QList<AccountTransaction>> rows;
    m_centers->accountTransactions(query, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());

    QStringList expected;
    for (const auto &row : financeCenter().accountTransactions) {
        if (row.time >= start.toSecsSinceEpoch() && row.time <= end.toSecsSinceEpoch())
            expected << row.transactionId;
    }
    QVERIFY(expected.size() > BusinessCenterEndpoints::maxPageSize);
    QStringList got;
    for (const AccountTransaction &row : rows.value()) {
        got << row.transactionId;
        QVERIFY(row.amount.isSet());
        QVERIFY(!row.amountType.isEmpty());
        QVERIFY(m_server->world().findAdAccount(m_financeBcId, row.accountId));
    }
    expected.sort();
    got.sort();
    QCOMPARE(got, expected); // ids digit-exact, none missing, none twice

    // One account's rows, by filter.
    const QString accountId = rows.value().constFirst().accountId;
    query.accountIds = {accountId};
    AwaitedResult<QList<AccountTransaction>> filtered;
    m_centers->accountTransactions(query, &m_context, filtered.handler());
    QVERIFY(filtered.wait());
    QVERIFY(filtered.ok());
    QVERIFY(!filtered.value().isEmpty());
    for (const AccountTransaction &row : filtered.value())
        QCOMPARE(row.accountId, accountId);
}

void TestBusinessCenterEndpoints::accountTransactionsUnderBKeyAreRead()
{
    // ⚠ §3.4: an emulator that answers like B's model, under `transaction`.
    EmulatorConfig config;
    config.accessToken = kToken;
    config.size = bc::emulator::WorldSize::Small;
    config.qps = 0;
    config.qpm = 0;
    EmulatorServer server(config);
    server.addEndpoint(u"bc/account/transaction/get/"_s,
                       {QHttpServerRequest::Method::Get, true,
                        [](bc::emulator::World &, const bc::emulator::EmulatorRequest &) {
                            const QJsonArray rows{
                                    QJsonObject{{u"transaction_id"_s, qint64(7093000000000000123)},
                                                {u"amount"_s, 12.34}},
                                    QJsonObject{{u"transaction_id"_s, u"7093000000000000124"_s},
                                                {u"amount"_s, 0.5}}};
                            return bc::emulator::EmulatorReply::success(
                                    {{u"transaction"_s, rows},
                                     {u"page_info"_s, QJsonObject{{u"page"_s, 1},
                                                                  {u"page_size"_s, 50},
                                                                  {u"total_number"_s, 2},
                                                                  {u"total_page"_s, 1}}}});
                        }});
    QVERIFY(server.listenOnLoopback() != 0);
    ApiClient client(bc::api::Environment::custom(server.baseUrl()));
    client.setAccessToken(kToken);
    BusinessCenterEndpoints centers(client);
    bc::api::AccountTransactionQuery query;
    query.bcId = u"7000000000000000001"_s;
    AwaitedResult<QList<AccountTransaction>> rows;
    centers.accountTransactions(query, &m_context, rows.handler());
    QVERIFY(rows.wait());
    QVERIFY2(rows.ok(), rows.describe().constData());
    QCOMPARE(rows.value().size(), 2);
    QCOMPARE(rows.value().at(0).transactionId, u"7093000000000000123"_s);
    QCOMPARE(rows.value().at(0).amount, money(1234));
    QCOMPARE(rows.value().at(1).transactionId, u"7093000000000000124"_s);
}

void TestBusinessCenterEndpoints::accountCostsMatchTheWorld()
{
    const QDate start = m_today.addDays(-29);
    const bc::api::AccountCostQuery query{m_financeBcId, {}, start, m_today};
    AwaitedResult<QList<AccountCost>> costs;
    m_centers->accountCosts(query, &m_context, costs.handler());
    AwaitedResult<AccountCostSummary> summary;
    m_centers->accountCostSummary(query, &m_context, summary.handler());
    QVERIFY(costs.wait());
    QVERIFY(summary.wait());
    QVERIFY2(costs.ok(), costs.describe().constData());
    QVERIFY2(summary.ok(), summary.describe().constData());

    const qint64 from = start.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 to = m_today.addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch() - 1;
    qsizetype spenders = 0;
    for (const auto &account : financeCenter().adAccounts)
        spenders += m_server->world().costBetween(account, from, to).amount() != 0 ? 1 : 0;
    QCOMPARE(costs.value().size(), spenders);
    QVERIFY(!costs.value().isEmpty());

    qint64 total = 0;
    for (const AccountCost &cost : costs.value()) {
        const auto *account = m_server->world().findAdAccount(m_financeBcId, cost.advertiserId);
        QVERIFY2(account, qPrintable(cost.advertiserId));
        QCOMPARE(cost.advertiserName, account->name);
        const auto expected = m_server->world().costBetween(*account, from, to);
        QCOMPARE(cost.amount, money(expected.amount()));
        QCOMPARE(cost.cashAmount, money(expected.cashAmount));
        QCOMPARE(cost.taxAmount, money(expected.taxAmount));
        total += cost.amount.minorUnits();
    }
    QCOMPARE(summary.value().amount, money(total));
}

void TestBusinessCenterEndpoints::accountCostsWithOneDateAreRejected()
{
    AwaitedResult<QList<AccountCost>> costs;
    m_centers->accountCosts({m_financeBcId, {}, m_today.addDays(-3), {}}, &m_context,
                            costs.handler());
    QVERIFY(costs.wait());
    QVERIFY(!costs.ok());
    QCOMPARE(costs.error().code, 40002);
}

void TestBusinessCenterEndpoints::budgetChangelogMatchesTheWorld()
{
    const auto &accounts = financeCenter().adAccounts;
    const auto account =
            std::max_element(accounts.cbegin(), accounts.cend(), [](const auto &a, const auto &b) {
                return a.budgetChangelog.size() < b.budgetChangelog.size();
            });
    QVERIFY2(!account->budgetChangelog.isEmpty(), "an account of the BC has budget changes");
    const QDate start = m_today.addDays(-364);
    AwaitedResult<QList<BudgetChangelogEntry>> entries;
    m_centers->budgetChangelog({m_financeBcId, account->advertiserId, start, m_today}, &m_context,
                               entries.handler());
    QVERIFY(entries.wait());
    QVERIFY2(entries.ok(), entries.describe().constData());

    QList<qint64> expected;
    for (const auto &entry : account->budgetChangelog) {
        const QDate day = QDateTime::fromSecsSinceEpoch(entry.operationTime, Qt::UTC).date();
        if (day >= start && day <= m_today)
            expected << entry.operationTime;
    }
    QVERIFY(!expected.isEmpty());
    QList<qint64> got;
    for (const BudgetChangelogEntry &entry : entries.value()) {
        got << entry.operationTime.toSecsSinceEpoch();
        QVERIFY(!entry.activityType.isEmpty());
        QVERIFY(entry.currentBudget.isSet());
    }
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
    const auto &newest = account->budgetChangelog.constLast();
    const auto match = std::find_if(
            entries.value().cbegin(), entries.value().cend(), [&](const BudgetChangelogEntry &e) {
                return e.operationTime.toSecsSinceEpoch() == newest.operationTime;
            });
    QVERIFY(match != entries.value().cend());
    QCOMPARE(match->activityType, newest.activityType);
    QCOMPARE(match->currentBudget, money(newest.currentBudget));
    QCOMPARE(match->operatorId, newest.operatorId);
}

void TestBusinessCenterEndpoints::budgetChangelogOfForeignAccountIsAnError()
{
    AwaitedResult<QList<BudgetChangelogEntry>> entries;
    m_centers->budgetChangelog({m_financeBcId, u"7999999999999999992"_s, {}, {}}, &m_context,
                               entries.handler());
    QVERIFY(entries.wait());
    QVERIFY(!entries.ok());
    QCOMPARE(entries.error().code, 40001);
}

void TestBusinessCenterEndpoints::uploadImageStoresIt()
{
    AwaitedResult<ImageUpload> upload;
    m_centers->uploadImage({m_adminBcId, kPng, u"licence.png"_s, "image/png"}, &m_context,
                           upload.handler());
    QVERIFY(upload.wait());
    QVERIFY2(upload.ok(), upload.describe().constData());
    QVERIFY(!upload.value().imageId.isEmpty());
    QVERIFY(!upload.value().imageUrl.isEmpty());
    const auto *stored = m_server->world().findImage(m_adminBcId, upload.value().imageId);
    QVERIFY(stored);
    QCOMPARE(stored->imageUrl, upload.value().imageUrl);
    QCOMPARE(stored->format, u"PNG"_s);
    QCOMPARE(stored->sizeBytes, kPng.size());
}

void TestBusinessCenterEndpoints::uploadOfNonImageIsRejected()
{
    AwaitedResult<ImageUpload> upload;
    m_centers->uploadImage({m_adminBcId, "just text", u"notes.png"_s, "image/png"}, &m_context,
                           upload.handler());
    QVERIFY(upload.wait());
    QVERIFY(!upload.ok());
    QCOMPARE(upload.error().code, 40002);
}

void TestBusinessCenterEndpoints::childInviteAndUnbind()
{
    // An outside BC that is nobody's child yet.
    QString childId;
    for (const auto &external : m_server->world().externalBusinessCenters()) {
        const bool taken = std::any_of(
                m_server->world().businessCenters().cbegin(),
                m_server->world().businessCenters().cend(), [&](const GeneratedBusinessCenter &bc) {
                    return m_server->world().findChildBusinessCenter(bc.bcId, external.bcId);
                });
        if (!taken) {
            childId = external.bcId;
            break;
        }
    }
    QVERIFY(!childId.isEmpty());

    AwaitedResult<ChildBusinessCenter> invited;
    m_centers->inviteChild({m_adminBcId, childId}, &m_context, invited.handler());
    QVERIFY(invited.wait());
    QVERIFY2(invited.ok(), invited.describe().constData());
    QCOMPARE(invited.value().childBcId, childId);
    QCOMPARE(invited.value().relationStatus, u"PENDING"_s);
    QVERIFY(m_server->world().findChildBusinessCenter(m_adminBcId, childId));

    // The API has no read of child BCs: a second invitation shows the link is there.
    AwaitedResult<ChildBusinessCenter> again;
    m_centers->inviteChild({m_adminBcId, childId}, &m_context, again.handler());
    QVERIFY(again.wait());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, 40002);

    AwaitedResult<ChildBusinessCenter> unbound;
    m_centers->unbindChild({m_adminBcId, childId}, &m_context, unbound.handler());
    QVERIFY(unbound.wait());
    QVERIFY2(unbound.ok(), unbound.describe().constData());
    QCOMPARE(unbound.value().childBcId, childId);
    QVERIFY(!m_server->world().findChildBusinessCenter(m_adminBcId, childId));
}

void TestBusinessCenterEndpoints::childUnbindOfStrangerIsNotFound()
{
    AwaitedResult<ChildBusinessCenter> unbound;
    m_centers->unbindChild(
            {m_adminBcId, m_noFinanceBcId == m_adminBcId ? m_financeBcId : m_noFinanceBcId},
            &m_context, unbound.handler());
    QVERIFY(unbound.wait());
    QVERIFY(!unbound.ok());
    QCOMPARE(unbound.error().code, 40007);
    QCOMPARE(unbound.error().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestBusinessCenterEndpoints)
#include "tst_businesscenterendpoints.moc"
