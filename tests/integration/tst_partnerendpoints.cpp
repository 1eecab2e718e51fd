// The partner endpoints (reference §3.17) against the in-process emulator: each request's
// encoding, each answer's decoding, one success and one documented error per endpoint, the state
// changes the writes make, and lists longer than one page.
#include "core/api/endpoints/partnerendpoints.h"
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
using bc::api::PartnerEndpoints;
using bc::api::WriteReceipt;
using bc::domain::Partner;
using bc::domain::PartnerAsset;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::hasQuery;
using bc::testing::ownedAdAccountIds;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-partner-token"_s;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestPartnerEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void listDecodesEveryPartner();
    void listFiltersByName();
    void listOfUnknownBcIsAnError();
    void addMakesPartnersAndTheListPages();
    void addWithoutPartnerIsRejected();
    void listAssetsSharedWithUs();
    void listAssetsWeShareComesBackWhole();
    void listAssetsWithoutShareTypeIsRejected();
    void removeAssetsStopsSharing();
    void removeAssetsNotSharedIsNotFound();
    void deleteRemovesAPartner();
    void deleteOfUnknownPartnerIsNotFound();

private:
    [[nodiscard]] const bc::emulator::GeneratedBusinessCenter &center() const;
    [[nodiscard]] QList<Partner> listPartners(const bc::api::PartnerQuery &query);
    [[nodiscard]] QList<PartnerAsset> listAssets(const bc::api::PartnerAssetQuery &query);
    [[nodiscard]] QStringList ownedAccountIds() const;

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PartnerEndpoints> m_partners;
    QString m_bcId; // a BC where the token's user is ADMIN, with many owned ad accounts
    QObject m_context;
};

void TestPartnerEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 22);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    m_partners = std::make_unique<PartnerEndpoints>(*m_client);
    qsizetype best = 0;
    for (const auto &bc : m_server->world().businessCenters()) {
        if (bc.userRole != u"ADMIN"_s || bc.partners.isEmpty())
            continue;
        const qsizetype owned = ownedAdAccountIds(bc).size();
        if (owned > best) {
            best = owned;
            m_bcId = bc.bcId;
        }
    }
    QVERIFY2(best > PartnerEndpoints::maxPageSize,
             "the demo world has an admin BC with more than a page of owned ad accounts");
}

const bc::emulator::GeneratedBusinessCenter &TestPartnerEndpoints::center() const
{
    return *m_server->world().findBusinessCenter(m_bcId);
}

QStringList TestPartnerEndpoints::ownedAccountIds() const
{
    return ownedAdAccountIds(center());
}

QList<Partner> TestPartnerEndpoints::listPartners(const bc::api::PartnerQuery &query)
{
    AwaitedResult<QList<Partner>> partners;
    m_partners->list(query, &m_context, partners.handler());
    if (!partners.wait() || !partners.ok())
        return {};
    return partners.value();
}

QList<PartnerAsset> TestPartnerEndpoints::listAssets(const bc::api::PartnerAssetQuery &query)
{
    AwaitedResult<QList<PartnerAsset>> assets;
    m_partners->listAssets(query, &m_context, assets.handler());
    if (!assets.wait() || !assets.ok())
        return {};
    return assets.value();
}

void TestPartnerEndpoints::requestsAreEncodedAsDocumented()
{
    const ApiRequest list = PartnerEndpoints::listRequest({u"7000000000000000001"_s, u"Acme"_s});
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/partner/get/"_s);
    QCOMPARE(queryValue(list, u"bc_id"_s), u"7000000000000000001"_s);
    QCOMPARE(QJsonDocument::fromJson(queryValue(list, u"filtering"_s).toUtf8()).object(),
             (QJsonObject{{u"name"_s, u"Acme"_s}}));
    QVERIFY(!hasQuery(PartnerEndpoints::listRequest({u"7000000000000000001"_s, {}}),
                      u"filtering"_s));

    bc::api::PartnerAddition addition;
    addition.bcId = u"7000000000000000001"_s;
    addition.partnerId = u"7000000000000000002"_s;
    addition.assetIds = {u"7000000000000000003"_s};
    addition.advertiserRole = u"OPERATOR"_s;
    const ApiRequest add = PartnerEndpoints::addRequest(addition);
    QCOMPARE(add.method, QByteArray("POST"));
    QCOMPARE(add.path, u"bc/partner/add/"_s);
    QCOMPARE(add.body,
             (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                          {u"partner_id"_s, u"7000000000000000002"_s},
                          {u"asset_ids"_s, QJsonArray{u"7000000000000000003"_s}},
                          {u"advertiser_role"_s, u"OPERATOR"_s}})); // defaults left to TikTok
    QVERIFY(!add.isIdempotent());

    const ApiRequest remove =
            PartnerEndpoints::deleteRequest({u"7000000000000000001"_s, u"7000000000000000002"_s});
    QCOMPARE(remove.method, QByteArray("POST"));
    QCOMPARE(remove.path, u"bc/partner/delete/"_s);
    QCOMPARE(remove.body, (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                                       {u"partner_id"_s, u"7000000000000000002"_s}}));
    QVERIFY(!remove.isIdempotent());

    const ApiRequest assets =
            PartnerEndpoints::assetListRequest({u"7000000000000000001"_s, u"7000000000000000002"_s,
                                                u"CATALOG"_s, u"SHARING"_s, u"shoes & socks"_s});
    QCOMPARE(assets.method, QByteArray("GET"));
    QCOMPARE(assets.path, u"bc/partner/asset/get/"_s);
    QCOMPARE(queryValue(assets, u"partner_id"_s), u"7000000000000000002"_s);
    QCOMPARE(queryValue(assets, u"asset_type"_s), u"CATALOG"_s);
    QCOMPARE(queryValue(assets, u"share_type"_s), u"SHARING"_s);
    QCOMPARE(QJsonDocument::fromJson(queryValue(assets, u"filtering"_s).toUtf8()).object(),
             (QJsonObject{{u"keyword"_s, u"shoes & socks"_s}}));

    const ApiRequest assetDelete = PartnerEndpoints::assetDeleteRequest(
            {u"7000000000000000001"_s,
             u"7000000000000000002"_s,
             u"ADVERTISER"_s,
             {u"7000000000000000004"_s, u"7000000000000000005"_s}});
    QCOMPARE(assetDelete.method, QByteArray("POST"));
    QCOMPARE(assetDelete.path, u"bc/partner/asset/delete/"_s);
    QCOMPARE(assetDelete.body.value("asset_ids"_L1).toArray(),
             (QJsonArray{u"7000000000000000004"_s, u"7000000000000000005"_s}));
    QCOMPARE(assetDelete.body.value("asset_type"_L1).toString(), u"ADVERTISER"_s);
    QVERIFY(!assetDelete.isIdempotent());
}

void TestPartnerEndpoints::listDecodesEveryPartner()
{
    const QList<Partner> partners = listPartners({m_bcId, {}});
    QStringList got;
    for (const Partner &partner : partners) {
        got << partner.bcId + u'|' + partner.bcName;
        QVERIFY(!partner.raw.isEmpty());
    }
    QStringList expected;
    for (const auto &partner : center().partners)
        expected << partner.partnerBcId + u'|' + partner.partnerName;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(sorted(got), sorted(expected)); // ids digit-exact, names as stored
}

void TestPartnerEndpoints::listFiltersByName()
{
    const auto &first = center().partners.constFirst();
    const QList<Partner> partners = listPartners({m_bcId, first.partnerName});
    QVERIFY(!partners.isEmpty());
    QVERIFY(std::any_of(partners.cbegin(), partners.cend(),
                        [&](const Partner &p) { return p.bcId == first.partnerBcId; }));
    QVERIFY(partners.size() <= center().partners.size());
    for (const Partner &partner : partners)
        QVERIFY(partner.bcName.contains(first.partnerName, Qt::CaseInsensitive));
}

void TestPartnerEndpoints::listOfUnknownBcIsAnError()
{
    AwaitedResult<QList<Partner>> partners;
    m_partners->list({u"7999999999999999999"_s, {}}, &m_context, partners.handler());
    QVERIFY(partners.wait());
    QVERIFY(!partners.ok());
    QCOMPARE(partners.error().code, 40001);
    QCOMPARE(partners.error().kind, ApiError::Kind::Permission);
}

void TestPartnerEndpoints::addMakesPartnersAndTheListPages()
{
    // Every BC the world knows that is not a partner yet is a candidate.
    QStringList candidates;
    for (const auto &bc : m_server->world().businessCenters())
        candidates << bc.bcId;
    for (const auto &external : m_server->world().externalBusinessCenters())
        candidates << external.bcId;
    candidates.removeAll(m_bcId);
    for (const auto &partner : center().partners)
        candidates.removeAll(partner.partnerBcId);
    const qsizetype needed = PartnerEndpoints::maxPageSize + 1 - center().partners.size();
    QVERIFY2(candidates.size() >= needed, "enough BCs to make more than a page of partners");

    const QString sharedAccount = ownedAccountIds().constFirst();
    for (qsizetype i = 0; i < needed; ++i) {
        bc::api::PartnerAddition addition;
        addition.bcId = m_bcId;
        addition.partnerId = candidates.at(i);
        if (i == 0)
            addition.assetIds = {sharedAccount};
        AwaitedResult<WriteReceipt> receipt;
        m_partners->add(addition, &m_context, receipt.handler());
        QVERIFY(receipt.wait());
        QVERIFY2(receipt.ok(), receipt.describe().constData());
        QVERIFY(!receipt.value().requestId.isEmpty());
    }

    const QList<Partner> partners = listPartners({m_bcId, {}});
    QVERIFY(partners.size() > PartnerEndpoints::maxPageSize);
    QCOMPARE(partners.size(), center().partners.size());
    QStringList ids;
    for (const Partner &partner : partners)
        ids << partner.bcId;
    QCOMPARE(ids.removeDuplicates(), 0);
    QVERIFY(ids.contains(candidates.constFirst()));
    QVERIFY(ids.contains(candidates.at(needed - 1)));

    // The account shared with the first new partner shows from our side.
    const QList<PartnerAsset> shared =
            listAssets({m_bcId, candidates.constFirst(), u"ADVERTISER"_s, u"SHARING"_s, {}});
    QCOMPARE(shared.size(), 1);
    QCOMPARE(shared.constFirst().asset.id, sharedAccount);
    QCOMPARE(shared.constFirst().asset.advertiserRole, u"ANALYST"_s); // TikTok's default
}

void TestPartnerEndpoints::addWithoutPartnerIsRejected()
{
    bc::api::PartnerAddition addition;
    addition.bcId = m_bcId;
    AwaitedResult<WriteReceipt> receipt;
    m_partners->add(addition, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, 40002);
    QCOMPARE(receipt.error().kind, ApiError::Kind::Validation);
}

void TestPartnerEndpoints::listAssetsSharedWithUs()
{
    // A partner that shares assets of one type with us.
    const bc::emulator::Partner *source = nullptr;
    for (const auto &partner : center().partners) {
        if (!partner.sharedWithUs.isEmpty()) {
            source = &partner;
            break;
        }
    }
    QVERIFY2(source, "a partner shares something with the BC");
    const QString type = source->sharedWithUs.constFirst().assetType;
    QStringList expected;
    for (const auto &asset : source->sharedWithUs) {
        if (asset.assetType == type)
            expected << asset.assetId + u'|' + asset.assetName;
    }

    const QList<PartnerAsset> assets =
            listAssets({m_bcId, source->partnerBcId, type, u"SHARED"_s, {}});
    QStringList got;
    for (const PartnerAsset &item : assets) {
        got << item.asset.id + u'|' + item.asset.name;
        QCOMPARE(item.asset.type, type);
        QVERIFY(!item.raw.isEmpty());
    }
    QCOMPARE(sorted(got), sorted(expected));
}

void TestPartnerEndpoints::listAssetsWeShareComesBackWhole()
{
    const QString partnerId = center().partners.constFirst().partnerBcId;
    const QStringList owned = ownedAccountIds();
    // Two adds of at most 50 ids each: more than a page shared with one partner.
    for (const QStringList &batch : {owned.mid(0, 50), owned.mid(50, 50)}) {
        bc::api::PartnerAddition addition;
        addition.bcId = m_bcId;
        addition.partnerId = partnerId;
        addition.assetType = u"ADVERTISER"_s;
        addition.assetIds = batch;
        addition.advertiserRole = u"OPERATOR"_s;
        AwaitedResult<WriteReceipt> receipt;
        m_partners->add(addition, &m_context, receipt.handler());
        QVERIFY(receipt.wait());
        QVERIFY2(receipt.ok(), receipt.describe().constData());
    }

    const QList<PartnerAsset> assets =
            listAssets({m_bcId, partnerId, u"ADVERTISER"_s, u"SHARING"_s, {}});
    QVERIFY(assets.size() > PartnerEndpoints::maxPageSize);
    qsizetype expected = 0;
    for (const auto &asset : m_server->world().findPartner(m_bcId, partnerId)->sharedByUs)
        expected += asset.assetType == u"ADVERTISER"_s ? 1 : 0;
    QCOMPARE(assets.size(), expected);
    QStringList ids;
    for (const PartnerAsset &item : assets)
        ids << item.asset.id;
    QCOMPARE(ids.removeDuplicates(), 0);
    for (const QString &id : owned.mid(0, 100))
        QVERIFY2(ids.contains(id), qPrintable(id));
    const auto shared = std::find_if(assets.cbegin(), assets.cend(), [&](const PartnerAsset &a) {
        return a.asset.id == owned.at(60);
    });
    QCOMPARE(shared->asset.advertiserRole, u"OPERATOR"_s);
}

void TestPartnerEndpoints::listAssetsWithoutShareTypeIsRejected()
{
    AwaitedResult<QList<PartnerAsset>> assets;
    m_partners->listAssets(
            {m_bcId, center().partners.constFirst().partnerBcId, u"ADVERTISER"_s, {}, {}},
            &m_context, assets.handler());
    QVERIFY(assets.wait());
    QVERIFY(!assets.ok());
    QCOMPARE(assets.error().code, 40002);
    QVERIFY2(assets.error().message.contains(u"share_type"_s), assets.describe().constData());
}

void TestPartnerEndpoints::removeAssetsStopsSharing()
{
    const QString partnerId = center().partners.constFirst().partnerBcId;
    const QString accountId = ownedAccountIds().at(1);
    AwaitedResult<WriteReceipt> receipt;
    m_partners->removeAssets({m_bcId, partnerId, u"ADVERTISER"_s, {accountId}}, &m_context,
                             receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY2(receipt.ok(), receipt.describe().constData());

    const QList<PartnerAsset> assets =
            listAssets({m_bcId, partnerId, u"ADVERTISER"_s, u"SHARING"_s, {}});
    QVERIFY(!assets.isEmpty());
    QVERIFY(std::none_of(assets.cbegin(), assets.cend(),
                         [&](const PartnerAsset &a) { return a.asset.id == accountId; }));
}

void TestPartnerEndpoints::removeAssetsNotSharedIsNotFound()
{
    const QString partnerId = center().partners.constFirst().partnerBcId;
    AwaitedResult<WriteReceipt> receipt;
    m_partners->removeAssets({m_bcId, partnerId, u"ADVERTISER"_s, {u"7999999999999999996"_s}},
                             &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, 40007);
    QCOMPARE(receipt.error().kind, ApiError::Kind::NotFound);
}

void TestPartnerEndpoints::deleteRemovesAPartner()
{
    const QString partnerId = center().partners.constLast().partnerBcId;
    const qsizetype before = center().partners.size();
    AwaitedResult<WriteReceipt> receipt;
    m_partners->remove({m_bcId, partnerId}, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY2(receipt.ok(), receipt.describe().constData());

    const QList<Partner> partners = listPartners({m_bcId, {}});
    QCOMPARE(partners.size(), before - 1);
    QVERIFY(std::none_of(partners.cbegin(), partners.cend(),
                         [&](const Partner &p) { return p.bcId == partnerId; }));
}

void TestPartnerEndpoints::deleteOfUnknownPartnerIsNotFound()
{
    AwaitedResult<WriteReceipt> receipt;
    m_partners->remove({m_bcId, u"7999999999999999995"_s}, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, 40007);
}

QTEST_GUILESS_MAIN(TestPartnerEndpoints)
#include "tst_partnerendpoints.moc"
