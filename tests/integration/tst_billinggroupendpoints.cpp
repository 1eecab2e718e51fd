// The billing group endpoints (reference §3.18) against the in-process emulator: each request's
// encoding, each answer's decoding, one success and one documented error per endpoint, the state
// changes the writes make, and lists longer than one page.
#include "core/api/endpoints/billinggroupendpoints.h"
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
using bc::api::BillingGroupEndpoints;
using bc::api::WriteReceipt;
using bc::domain::BillingGroup;
using bc::domain::BillingGroupAdvertiser;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::ownedAdAccountIds;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-billing-token"_s;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestBillingGroupEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void listDecodesEveryGroup();
    void listFiltersByNumericStatusAndId();
    void listWithoutFinanceRoleIsAnError();
    void listAdvertisersOfAGroup();
    void listAdvertisersOfUnknownGroupIsNotFound();
    void createAnswersTheNewIdAndPagesComeBackWhole();
    void createWithoutAdvertisersIsRejected();
    void updateRenamesAndMovesAccounts();
    void updateOfUnknownGroupIsNotFound();

private:
    [[nodiscard]] const bc::emulator::GeneratedBusinessCenter &center() const;
    [[nodiscard]] QStringList ownedAccountIds() const;
    [[nodiscard]] QList<BillingGroup> listGroups(const bc::api::BillingGroupQuery &query);
    [[nodiscard]] QList<BillingGroupAdvertiser> listAdvertisers(const QString &groupId);
    [[nodiscard]] QString createGroup(const QString &name, const QStringList &advertiserIds);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BillingGroupEndpoints> m_groups;
    QString m_bcId;          // ADMIN and Finance Manager, with many owned ad accounts
    QString m_noFinanceBcId; // no finance role
    QObject m_context;
};

void TestBillingGroupEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 23);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    m_groups = std::make_unique<BillingGroupEndpoints>(*m_client);
    qsizetype best = 0;
    for (const auto &bc : m_server->world().businessCenters()) {
        if (bc.financeRole.isEmpty() && m_noFinanceBcId.isEmpty())
            m_noFinanceBcId = bc.bcId;
        if (bc.userRole != u"ADMIN"_s || bc.financeRole != u"MANAGER"_s)
            continue;
        const qsizetype owned = ownedAdAccountIds(bc).size();
        if (owned > best) {
            best = owned;
            m_bcId = bc.bcId;
        }
    }
    QVERIFY2(best > BillingGroupEndpoints::maxPageSize,
             "an admin + finance manager BC with more than a page of owned ad accounts");
    QVERIFY2(!m_noFinanceBcId.isEmpty(), "a BC where the user has no finance role");
}

const bc::emulator::GeneratedBusinessCenter &TestBillingGroupEndpoints::center() const
{
    return *m_server->world().findBusinessCenter(m_bcId);
}

QStringList TestBillingGroupEndpoints::ownedAccountIds() const
{
    return ownedAdAccountIds(center());
}

QList<BillingGroup> TestBillingGroupEndpoints::listGroups(const bc::api::BillingGroupQuery &query)
{
    AwaitedResult<QList<BillingGroup>> groups;
    m_groups->list(query, &m_context, groups.handler());
    if (!groups.wait() || !groups.ok())
        return {};
    return groups.value();
}

QList<BillingGroupAdvertiser> TestBillingGroupEndpoints::listAdvertisers(const QString &groupId)
{
    AwaitedResult<QList<BillingGroupAdvertiser>> advertisers;
    m_groups->listAdvertisers({m_bcId, groupId}, &m_context, advertisers.handler());
    if (!advertisers.wait() || !advertisers.ok())
        return {};
    return advertisers.value();
}

QString TestBillingGroupEndpoints::createGroup(const QString &name,
                                               const QStringList &advertiserIds)
{
    bc::api::BillingGroupCreation creation;
    creation.bcId = m_bcId;
    creation.billingGroupName = name;
    creation.advertiserIds = advertiserIds;
    AwaitedResult<QString> created;
    m_groups->create(creation, &m_context, created.handler());
    if (!created.wait() || !created.ok())
        return {};
    return created.value();
}

void TestBillingGroupEndpoints::requestsAreEncodedAsDocumented()
{
    bc::api::BillingGroupQuery query;
    query.bcId = u"7000000000000000001"_s;
    query.billingGroupName = u"EU & UK"_s;
    query.status = u"1"_s;
    const ApiRequest list = BillingGroupEndpoints::listRequest(query);
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/billing_group/get/"_s);
    QCOMPARE(queryValue(list, u"bc_id"_s), u"7000000000000000001"_s);
    QCOMPARE(QJsonDocument::fromJson(queryValue(list, u"filtering"_s).toUtf8()).object(),
             (QJsonObject{{u"billing_group_name"_s, u"EU & UK"_s}, {u"status"_s, 1}}));
    // ⚠ TS spells the status as text: that goes out as text.
    query.status = u"VALID"_s;
    QCOMPARE(QJsonDocument::fromJson(
                     queryValue(BillingGroupEndpoints::listRequest(query), u"filtering"_s).toUtf8())
                     .object()
                     .value("status"_L1),
             QJsonValue(u"VALID"_s));
    QVERIFY(queryValue(BillingGroupEndpoints::listRequest(
                               {u"7000000000000000001"_s, {}, {}, {}, {}, {}, {}}),
                       u"filtering"_s)
                    .isEmpty());

    bc::api::BillingGroupCreation creation;
    creation.bcId = u"7000000000000000001"_s;
    creation.advertiserIds = {u"7000000000000000002"_s};
    creation.billingGroupName = u"Retail"_s;
    creation.isPrimary = false;
    const ApiRequest create = BillingGroupEndpoints::createRequest(creation);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, u"bc/billing_group/create/"_s);
    QCOMPARE(create.body, (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                                       {u"advertiser_ids"_s, QJsonArray{u"7000000000000000002"_s}},
                                       {u"billing_group_name"_s, u"Retail"_s},
                                       {u"is_primary"_s, false}}));
    QVERIFY(!create.isIdempotent());

    bc::api::BillingGroupUpdate update;
    update.bcId = u"7000000000000000001"_s;
    update.billingGroupId = u"7000000000000000003"_s;
    update.addAdvertiserIds = {u"7000000000000000004"_s};
    const ApiRequest updateRequest = BillingGroupEndpoints::updateRequest(update);
    QCOMPARE(updateRequest.method, QByteArray("POST"));
    QCOMPARE(updateRequest.path, u"bc/billing_group/update/"_s);
    QCOMPARE(updateRequest.body,
             (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                          {u"billing_group_id"_s, u"7000000000000000003"_s},
                          {u"add_advertiser_ids"_s, QJsonArray{u"7000000000000000004"_s}}}));
    QVERIFY(!updateRequest.isIdempotent());

    const ApiRequest advertisers = BillingGroupEndpoints::advertiserListRequest(
            {u"7000000000000000001"_s, u"7000000000000000003"_s});
    QCOMPARE(advertisers.method, QByteArray("GET"));
    QCOMPARE(advertisers.path, u"bc/billing_group/advertiser/list/"_s);
    QCOMPARE(queryValue(advertisers, u"billing_group_id"_s), u"7000000000000000003"_s);
}

void TestBillingGroupEndpoints::listDecodesEveryGroup()
{
    const QList<BillingGroup> groups = listGroups({m_bcId, {}, {}, {}, {}, {}, {}});
    QCOMPARE(groups.size(), center().billingGroups.size());
    for (const auto &expected : center().billingGroups) {
        const auto got = std::find_if(groups.cbegin(), groups.cend(), [&](const BillingGroup &g) {
            return g.billingGroupId == expected.billingGroupId;
        });
        QVERIFY2(got != groups.cend(), qPrintable(expected.billingGroupId));
        QCOMPARE(got->billingGroupName, expected.billingGroupName);
        QCOMPARE(got->status, expected.status);
        QCOMPARE(got->isPrimary, std::optional<bool>(expected.isPrimary));
        QCOMPARE(got->billingGroupType, expected.billingGroupType);
        QCOMPARE(got->invoiceGroupBy, expected.invoiceGroupBy);
        QCOMPARE(got->billingGroupEmails, expected.emails);
        QStringList advertiserIds;
        for (const BillingGroupAdvertiser &advertiser : got->advertisers)
            advertiserIds << advertiser.advertiserId;
        QCOMPARE(sorted(advertiserIds), sorted(expected.advertiserIds));
    }
}

void TestBillingGroupEndpoints::listFiltersByNumericStatusAndId()
{
    // The emulator follows Y (status as int64; 1 = VALID there).
    bc::api::BillingGroupQuery query{m_bcId, {}, {}, {}, {}, {}, u"1"_s};
    const QList<BillingGroup> valid = listGroups(query);
    QVERIFY(!valid.isEmpty());
    for (const BillingGroup &group : valid)
        QCOMPARE(group.status, u"VALID"_s);

    const auto &second = center().billingGroups.at(1);
    const QList<BillingGroup> one = listGroups({m_bcId, second.billingGroupId, {}, {}, {}, {}, {}});
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.constFirst().billingGroupId, second.billingGroupId);
}

void TestBillingGroupEndpoints::listWithoutFinanceRoleIsAnError()
{
    AwaitedResult<QList<BillingGroup>> groups;
    m_groups->list({m_noFinanceBcId, {}, {}, {}, {}, {}, {}}, &m_context, groups.handler());
    QVERIFY(groups.wait());
    QVERIFY(!groups.ok());
    QCOMPARE(groups.error().code, 40001);
    QCOMPARE(groups.error().kind, ApiError::Kind::Permission);
}

void TestBillingGroupEndpoints::listAdvertisersOfAGroup()
{
    const auto largest =
            std::max_element(center().billingGroups.cbegin(), center().billingGroups.cend(),
                             [](const auto &a, const auto &b) {
                                 return a.advertiserIds.size() < b.advertiserIds.size();
                             });
    QVERIFY(!largest->advertiserIds.isEmpty());
    const QList<BillingGroupAdvertiser> advertisers = listAdvertisers(largest->billingGroupId);
    QStringList ids;
    for (const BillingGroupAdvertiser &advertiser : advertisers) {
        ids << advertiser.advertiserId;
        const auto *account = m_server->world().findAdAccount(advertiser.advertiserId);
        QVERIFY(account);
        QCOMPARE(advertiser.advertiserName, account->name);
    }
    QCOMPARE(sorted(ids), sorted(largest->advertiserIds));
}

void TestBillingGroupEndpoints::listAdvertisersOfUnknownGroupIsNotFound()
{
    AwaitedResult<QList<BillingGroupAdvertiser>> advertisers;
    m_groups->listAdvertisers({m_bcId, u"7999999999999999994"_s}, &m_context,
                              advertisers.handler());
    QVERIFY(advertisers.wait());
    QVERIFY(!advertisers.ok());
    QCOMPARE(advertisers.error().code, 40007);
}

void TestBillingGroupEndpoints::createAnswersTheNewIdAndPagesComeBackWhole()
{
    const QStringList owned = ownedAccountIds();
    // One group of 60 accounts: its advertiser list is longer than a page.
    const QString bigId = createGroup(u"Big group"_s, owned.mid(0, 60));
    QVERIFY(bigId.size() >= 15);
    const auto *stored = m_server->world().findBillingGroup(m_bcId, bigId);
    QVERIFY(stored);
    QCOMPARE(stored->billingGroupName, u"Big group"_s);
    const QList<BillingGroupAdvertiser> advertisers = listAdvertisers(bigId);
    QCOMPARE(advertisers.size(), 60);
    QStringList ids;
    for (const BillingGroupAdvertiser &advertiser : advertisers)
        ids << advertiser.advertiserId;
    QCOMPARE(sorted(ids), sorted(owned.mid(0, 60)));

    // Enough small groups for more than a page of groups.
    for (qsizetype i = center().billingGroups.size(); i <= BillingGroupEndpoints::maxPageSize;
         ++i) {
        const QString id = createGroup(u"Group %1"_s.arg(i), {owned.at(60 + (i % 20))});
        QVERIFY2(!id.isEmpty(), qPrintable(u"group %1"_s.arg(i)));
    }
    const QList<BillingGroup> groups = listGroups({m_bcId, {}, {}, {}, {}, {}, {}});
    QVERIFY(groups.size() > BillingGroupEndpoints::maxPageSize);
    QCOMPARE(groups.size(), center().billingGroups.size());
    QStringList groupIds;
    for (const BillingGroup &group : groups)
        groupIds << group.billingGroupId;
    QCOMPARE(groupIds.removeDuplicates(), 0);
    QVERIFY(groupIds.contains(bigId));
}

void TestBillingGroupEndpoints::createWithoutAdvertisersIsRejected()
{
    bc::api::BillingGroupCreation creation;
    creation.bcId = m_bcId;
    creation.billingGroupName = u"Empty"_s;
    AwaitedResult<QString> created;
    m_groups->create(creation, &m_context, created.handler());
    QVERIFY(created.wait());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 40002);
    QCOMPARE(created.error().kind, ApiError::Kind::Validation);
}

void TestBillingGroupEndpoints::updateRenamesAndMovesAccounts()
{
    const QStringList owned = ownedAccountIds();
    const QString groupId = createGroup(u"Before"_s, {owned.at(0)});
    QVERIFY(!groupId.isEmpty());

    bc::api::BillingGroupUpdate update;
    update.bcId = m_bcId;
    update.billingGroupId = groupId;
    update.newBillingGroupName = u"After"_s;
    update.newBillingGroupEmails = {u"billing@example.com"_s};
    update.addAdvertiserIds = {owned.at(1), owned.at(2)};
    update.deleteAdvertiserIds = {owned.at(0)};
    AwaitedResult<WriteReceipt> receipt;
    m_groups->update(update, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY2(receipt.ok(), receipt.describe().constData());
    QVERIFY(!receipt.value().requestId.isEmpty());

    const QList<BillingGroup> groups = listGroups({m_bcId, groupId, {}, {}, {}, {}, {}});
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.constFirst().billingGroupName, u"After"_s);
    QCOMPARE(groups.constFirst().billingGroupEmails, QStringList{u"billing@example.com"_s});
    QStringList ids;
    for (const BillingGroupAdvertiser &advertiser : listAdvertisers(groupId))
        ids << advertiser.advertiserId;
    QCOMPARE(sorted(ids), sorted({owned.at(1), owned.at(2)}));
}

void TestBillingGroupEndpoints::updateOfUnknownGroupIsNotFound()
{
    bc::api::BillingGroupUpdate update;
    update.bcId = m_bcId;
    update.billingGroupId = u"7999999999999999993"_s;
    update.newBillingGroupName = u"Nobody"_s;
    AwaitedResult<WriteReceipt> receipt;
    m_groups->update(update, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, 40007);
    QCOMPARE(receipt.error().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestBillingGroupEndpoints)
#include "tst_billinggroupendpoints.moc"
