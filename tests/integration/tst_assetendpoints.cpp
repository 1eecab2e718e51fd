// The asset endpoints (reference §3.14) against the in-process emulator: each request's encoding,
// each answer's decoding, one success and one documented error per endpoint, and the state
// changes the writes make.
#include "core/api/endpoints/assetendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::AssetEndpoints;
using bc::api::WriteReceipt;
using bc::domain::Advertiser;
using bc::domain::Asset;
using bc::domain::AssetAdmin;
using bc::domain::AssetBindQuota;
using bc::domain::AssetMember;
using bc::domain::AssetPartner;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::filteringOf;
using bc::testing::hasQuery;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-asset-token"_s;
const QString kUnknownBc = u"7999999999999999999"_s;

} // namespace

class TestAssetEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void advertisersComeBackWholeAcrossPages();
    void advertisersOfUnknownBcIsAnError();
    void assetsOfOtherTypesAreDecoded();
    void assetsOfUnknownTypeAreRejected();
    void adminAssetsCarryPixelCodes();
    void adminAssetsNeedAnAdmin();
    void assignThenUnassignChangesTheMembersRole();
    void assignOfUnknownAssetIsAnError();
    void unassignWithoutUserIsRejected();
    void partnersOfASharedAccount();
    void partnersOfUnknownAssetIsAnError();
    void membersOfAnAccountComeBackWhole();
    void membersOfAPixelAreRejected();
    void adminDeleteRemovesTheAsset();
    void adminDeleteWithoutIdsIsRejected();
    void bindQuotaMatchesTheWorld();
    void bindQuotaOfUnknownTypeIsRejected();
    void bindQuotaFallsBackToTheSdkPath();

private:
    template<typename T, typename Call>
    [[nodiscard]] QList<T> fetch(Call call);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AssetEndpoints> m_assets;
    QString m_bcId; // a BC where the token's user is ADMIN, with more than a page of accounts
    QString m_standardBcId; // a BC where the token's user is STANDARD
    QObject m_context;
};

template<typename T, typename Call>
QList<T> TestAssetEndpoints::fetch(Call call)
{
    AwaitedResult<QList<T>> result;
    call(result.handler());
    if (!result.wait()) {
        qWarning("no answer");
        return {};
    }
    if (!result.ok()) {
        qWarning("%s", result.describe().constData());
        return {};
    }
    return result.value();
}

void TestAssetEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 31);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    m_assets = std::make_unique<AssetEndpoints>(*m_client);
    for (const auto &center : m_server->world().businessCenters()) {
        if (m_bcId.isEmpty() && center.userRole == u"ADMIN"_s
            && center.adAccounts.size() > AssetEndpoints::maxPageSize)
            m_bcId = center.bcId;
        if (m_standardBcId.isEmpty() && center.userRole == u"STANDARD"_s)
            m_standardBcId = center.bcId;
    }
    QVERIFY2(!m_bcId.isEmpty(), "the demo world has an admin BC with more than a page of accounts");
    QVERIFY(!m_standardBcId.isEmpty());
}

void TestAssetEndpoints::requestsAreEncodedAsDocumented()
{
    const ApiRequest list = AssetEndpoints::listRequest(
            {u"7000000000000000001"_s, u"CATALOG"_s, {}, u"shop"_s, u"7000000000000000002"_s, {}});
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/asset/get/"_s);
    QCOMPARE(queryValue(list, u"bc_id"_s), u"7000000000000000001"_s);
    QCOMPARE(queryValue(list, u"asset_type"_s), u"CATALOG"_s);
    QVERIFY(!hasQuery(list, u"child_bc_id"_s));
    QCOMPARE(filteringOf(list),
             (QJsonObject{{u"keyword"_s, u"shop"_s}, {u"user_id"_s, u"7000000000000000002"_s}}));
    const ApiRequest bare =
            AssetEndpoints::listRequest({u"7000000000000000001"_s, u"PIXEL"_s, {}, {}, {}, {}});
    QVERIFY(!hasQuery(bare, u"filtering"_s)); // nothing to filter: left out

    bc::api::AssetAdminQuery adminQuery;
    adminQuery.bcId = u"7000000000000000001"_s;
    adminQuery.assetType = u"ADVERTISER"_s;
    adminQuery.childBcId = u"7000000000000000009"_s;
    adminQuery.relationStatus = u"BOUND"_s;
    adminQuery.advertiserShowStatus = u"SHOW_ACCOUNT_STATUS_APPROVED"_s;
    const ApiRequest admin = AssetEndpoints::adminListRequest(adminQuery);
    QCOMPARE(admin.method, QByteArray("GET"));
    QCOMPARE(admin.path, u"bc/asset/admin/get/"_s);
    QCOMPARE(queryValue(admin, u"child_bc_id"_s), u"7000000000000000009"_s);
    QCOMPARE(filteringOf(admin),
             (QJsonObject{{u"relation_status"_s, u"BOUND"_s},
                          {u"advertiser_show_status"_s, u"SHOW_ACCOUNT_STATUS_APPROVED"_s}}));

    bc::api::AssetAssignment assignment;
    assignment.bcId = u"7000000000000000001"_s;
    assignment.userId = u"7000000000000000002"_s;
    assignment.assetType = u"TT_ACCOUNT"_s;
    assignment.assetId = u"7000000000000000003"_s;
    assignment.ttAccountRoles = {u"POST"_s, u"LIVE"_s};
    const ApiRequest assign = AssetEndpoints::assignRequest(assignment);
    QCOMPARE(assign.method, QByteArray("POST"));
    QCOMPARE(assign.path, u"bc/asset/assign/"_s);
    QCOMPARE(assign.body, (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                                       {u"user_id"_s, u"7000000000000000002"_s},
                                       {u"asset_type"_s, u"TT_ACCOUNT"_s},
                                       {u"asset_id"_s, u"7000000000000000003"_s},
                                       {u"tt_account_roles"_s, QJsonArray{u"POST"_s, u"LIVE"_s}}}));
    QVERIFY(!assign.isIdempotent());

    const ApiRequest unassign =
            AssetEndpoints::unassignRequest({u"7000000000000000001"_s, u"7000000000000000002"_s,
                                             u"CATALOG"_s, u"7000000000000000003"_s});
    QCOMPARE(unassign.method, QByteArray("POST"));
    QCOMPARE(unassign.path, u"bc/asset/unassign/"_s);
    QCOMPARE(unassign.body.size(), 4);
    QCOMPARE(unassign.body.value("asset_type"_L1).toString(), u"CATALOG"_s);
    QVERIFY(!unassign.isIdempotent());

    const ApiRequest partners = AssetEndpoints::partnerListRequest(
            {u"7000000000000000001"_s, u"ADVERTISER"_s, u"7000000000000000003"_s, {}});
    QCOMPARE(partners.method, QByteArray("GET"));
    QCOMPARE(partners.path, u"bc/asset/partner/get/"_s);
    QCOMPARE(queryValue(partners, u"asset_id"_s), u"7000000000000000003"_s);
    QVERIFY(!hasQuery(partners, u"filtering"_s));

    const ApiRequest members = AssetEndpoints::memberListRequest(
            {u"7000000000000000001"_s, u"ADVERTISER"_s, u"7000000000000000003"_s, u"Ana"_s});
    QCOMPARE(members.path, u"bc/asset/member/get/"_s);
    QCOMPARE(queryValue(members, u"asset_type"_s), u"ADVERTISER"_s);
    QCOMPARE(filteringOf(members), (QJsonObject{{u"keyword"_s, u"Ana"_s}}));
    QCOMPARE(AssetEndpoints::memberListSpec().maxPageSize, 20);
    QCOMPARE(AssetEndpoints::listSpec().maxPageSize, 50);

    const ApiRequest remove = AssetEndpoints::adminDeleteRequest(
            {u"7000000000000000001"_s, u"CATALOG"_s, {u"7000000000000000003"_s}, {}});
    QCOMPARE(remove.method, QByteArray("POST"));
    QCOMPARE(remove.path, u"bc/asset/admin/delete/"_s);
    QCOMPARE(remove.body, (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                                       {u"asset_type"_s, u"CATALOG"_s},
                                       {u"asset_ids"_s, QJsonArray{u"7000000000000000003"_s}}}));
    QVERIFY(!remove.isIdempotent());

    const ApiRequest quota =
            AssetEndpoints::bindQuotaRequest({u"7000000000000000001"_s, u"PIXEL"_s, {}});
    QCOMPARE(quota.method, QByteArray("GET"));
    QCOMPARE(quota.path, u"asset/bind/quota/"_s);
    QCOMPARE(queryValue(quota, u"asset_type"_s), u"PIXEL"_s);
    QVERIFY(!hasQuery(quota, u"asset_id"_s));
}

void TestAssetEndpoints::advertisersComeBackWholeAcrossPages()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const QList<Advertiser> advertisers = fetch<Advertiser>([&](auto handler) {
        // The asset type is the call's own, whatever the query says.
        m_assets->advertisers({m_bcId, u"CATALOG"_s, {}, {}, {}, {}}, &m_context, handler);
    });
    QCOMPARE(advertisers.size(), center.adAccounts.size());
    QSet<QString> expected;
    for (const auto &account : center.adAccounts)
        expected.insert(account.advertiserId);
    QSet<QString> seen;
    bool sawNumberId = false;
    for (const Advertiser &advertiser : advertisers) {
        seen.insert(advertiser.id);
        QCOMPARE(advertiser.assetType, u"ADVERTISER"_s);
        QCOMPARE(advertiser.advertiserRole, u"ADMIN"_s); // BC admins hold every account
        const auto *account = m_server->world().findAdAccount(advertiser.id);
        QVERIFY(account);
        QCOMPARE(advertiser.name, account->name);
        QCOMPARE(advertiser.advertiserAccountType, account->type);
        sawNumberId = sawNumberId || advertiser.raw.value("asset_id"_L1).isDouble();
    }
    QCOMPARE(seen, expected); // digit-exact, none twice
    QVERIFY2(sawNumberId, "some ids arrived as JSON numbers and still matched");
}

void TestAssetEndpoints::advertisersOfUnknownBcIsAnError()
{
    AwaitedResult<QList<Advertiser>> advertisers;
    m_assets->advertisers({kUnknownBc, {}, {}, {}, {}, {}}, &m_context, advertisers.handler());
    QVERIFY(advertisers.wait());
    QVERIFY(!advertisers.ok());
    QCOMPARE(advertisers.error().code, 40001);
    QCOMPARE(advertisers.error().kind, ApiError::Kind::Permission);
}

void TestAssetEndpoints::assetsOfOtherTypesAreDecoded()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    for (const QString &type : {u"CATALOG"_s, u"TT_ACCOUNT"_s}) {
        const QList<Asset> assets = fetch<Asset>([&](auto handler) {
            m_assets->assets({m_bcId, type, {}, {}, {}, {}}, &m_context, handler);
        });
        const auto expected = std::count_if(center.assets.cbegin(), center.assets.cend(),
                                            [&](const auto &a) { return a.assetType == type; });
        QVERIFY(expected > 0);
        QCOMPARE(assets.size(), expected);
        for (const Asset &asset : assets) {
            const auto *inWorld = m_server->world().findAsset(m_bcId, asset.id);
            QVERIFY(inWorld);
            QCOMPARE(asset.type, type);
            QCOMPARE(asset.name, inWorld->assetName);
            if (type == u"CATALOG"_s) {
                QCOMPARE(asset.catalogRole, u"ADMIN"_s);
                QCOMPARE(asset.adCreationEligible, inWorld->adCreationEligible);
                QVERIFY(asset.advertiserRole.isEmpty()); // null for other types
            } else {
                QVERIFY(!asset.ttAccountRoles.isEmpty());
            }
        }
    }
}

void TestAssetEndpoints::assetsOfUnknownTypeAreRejected()
{
    AwaitedResult<QList<Asset>> assets;
    m_assets->assets({m_bcId, u"SPACESHIP"_s, {}, {}, {}, {}}, &m_context, assets.handler());
    QVERIFY(assets.wait());
    QVERIFY(!assets.ok());
    QCOMPARE(assets.error().code, 40002);
    QCOMPARE(assets.error().kind, ApiError::Kind::Validation);
}

void TestAssetEndpoints::adminAssetsCarryPixelCodes()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    bc::api::AssetAdminQuery query;
    query.bcId = m_bcId;
    query.assetType = u"PIXEL"_s;
    const QList<AssetAdmin> pixels = fetch<AssetAdmin>(
            [&](auto handler) { m_assets->adminAssets(query, &m_context, handler); });
    const auto expected = std::count_if(center.assets.cbegin(), center.assets.cend(),
                                        [](const auto &a) { return a.assetType == u"PIXEL"_s; });
    QVERIFY(expected > 0);
    QCOMPARE(pixels.size(), expected);
    for (const AssetAdmin &pixel : pixels) {
        const auto *inWorld = m_server->world().findAsset(m_bcId, pixel.asset.id);
        QVERIFY(inWorld);
        QCOMPARE(pixel.pixelCode, inWorld->pixelCode);
        QCOMPARE(pixel.relationType, inWorld->relationType);
        QCOMPARE(pixel.relationStatus, inWorld->relationStatus);
    }

    // The admin list of ad accounts pages too, and filters by show status.
    query.assetType = u"ADVERTISER"_s;
    query.advertiserShowStatus = u"SHOW_ACCOUNT_STATUS_APPROVED"_s;
    const QList<AssetAdmin> approved = fetch<AssetAdmin>(
            [&](auto handler) { m_assets->adminAssets(query, &m_context, handler); });
    const auto approvedInWorld =
            std::count_if(center.adAccounts.cbegin(), center.adAccounts.cend(), [](const auto &a) {
                return a.showStatus == u"SHOW_ACCOUNT_STATUS_APPROVED"_s;
            });
    QCOMPARE(approved.size(), approvedInWorld);
    for (const AssetAdmin &account : approved)
        QCOMPARE(account.advertiserStatus, u"SHOW_ACCOUNT_STATUS_APPROVED"_s);
}

void TestAssetEndpoints::adminAssetsNeedAnAdmin()
{
    AwaitedResult<QList<AssetAdmin>> assets;
    bc::api::AssetAdminQuery query;
    query.bcId = m_standardBcId;
    query.assetType = u"CATALOG"_s;
    m_assets->adminAssets(query, &m_context, assets.handler());
    QVERIFY(assets.wait());
    QVERIFY(!assets.ok());
    QCOMPARE(assets.error().code, 40001);
}

void TestAssetEndpoints::assignThenUnassignChangesTheMembersRole()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const auto member = std::find_if(center.members.cbegin(), center.members.cend(), [](auto &m) {
        return m.relationStatus == u"BOUND"_s && m.userRole == u"STANDARD"_s;
    });
    QVERIFY(member != center.members.cend());
    const QString userId = member->userId;
    const auto catalog = std::find_if(center.assets.cbegin(), center.assets.cend(), [&](auto &a) {
        return a.assetType == u"CATALOG"_s && !member->assetRoles.contains(a.assetId);
    });
    QVERIFY(catalog != center.assets.cend());
    const QString catalogId = catalog->assetId;

    const auto catalogsOf = [&] {
        return fetch<Asset>([&](auto handler) {
            m_assets->assets({m_bcId, u"CATALOG"_s, {}, {}, userId, {}}, &m_context, handler);
        });
    };
    const auto holds = [&](const QList<Asset> &assets, const QString &role) {
        return std::any_of(assets.cbegin(), assets.cend(), [&](const Asset &a) {
            return a.id == catalogId && a.catalogRole == role;
        });
    };
    QVERIFY(!holds(catalogsOf(), u"AD_PROMOTE"_s));

    bc::api::AssetAssignment assignment;
    assignment.bcId = m_bcId;
    assignment.userId = userId;
    assignment.assetType = u"CATALOG"_s;
    assignment.assetId = catalogId;
    assignment.catalogRole = u"AD_PROMOTE"_s;
    AwaitedResult<WriteReceipt> assigned;
    m_assets->assign(assignment, &m_context, assigned.handler());
    QVERIFY(assigned.wait());
    QVERIFY2(assigned.ok(), assigned.describe().constData());
    QVERIFY(!assigned.value().requestId.isEmpty());
    QVERIFY(holds(catalogsOf(), u"AD_PROMOTE"_s));

    // The asset's member list shows the new role as well.
    const QList<AssetMember> members = fetch<AssetMember>([&](auto handler) {
        m_assets->members({m_bcId, u"CATALOG"_s, catalogId, {}}, &m_context, handler);
    });
    QVERIFY(std::any_of(members.cbegin(), members.cend(), [&](const AssetMember &m) {
        return m.userId == userId && m.catalogRole == u"AD_PROMOTE"_s;
    }));

    AwaitedResult<WriteReceipt> unassigned;
    m_assets->unassign({m_bcId, userId, u"CATALOG"_s, catalogId}, &m_context, unassigned.handler());
    QVERIFY(unassigned.wait());
    QVERIFY2(unassigned.ok(), unassigned.describe().constData());
    const QList<Asset> after = catalogsOf();
    QVERIFY(std::none_of(after.cbegin(), after.cend(),
                         [&](const Asset &a) { return a.id == catalogId; }));
}

void TestAssetEndpoints::assignOfUnknownAssetIsAnError()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const auto member = std::find_if(center.members.cbegin(), center.members.cend(),
                                     [](auto &m) { return m.relationStatus == u"BOUND"_s; });
    bc::api::AssetAssignment assignment;
    assignment.bcId = m_bcId;
    assignment.userId = member->userId;
    assignment.assetType = u"CATALOG"_s;
    assignment.assetId = u"7999999999999999998"_s;
    assignment.catalogRole = u"ADMIN"_s;
    AwaitedResult<WriteReceipt> assigned;
    m_assets->assign(assignment, &m_context, assigned.handler());
    QVERIFY(assigned.wait());
    QVERIFY(!assigned.ok());
    QCOMPARE(assigned.error().code, 40007);
    QCOMPARE(assigned.error().kind, ApiError::Kind::NotFound);
}

void TestAssetEndpoints::unassignWithoutUserIsRejected()
{
    AwaitedResult<WriteReceipt> unassigned;
    m_assets->unassign({m_bcId, {}, u"CATALOG"_s, u"7999999999999999998"_s}, &m_context,
                       unassigned.handler());
    QVERIFY(unassigned.wait());
    QVERIFY(!unassigned.ok());
    QCOMPARE(unassigned.error().code, 40002);
}

void TestAssetEndpoints::partnersOfASharedAccount()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    // An ad account of ours that partners may use, and which partners those are.
    QString assetId;
    for (const auto &partner : center.partners) {
        for (const auto &shared : partner.sharedByUs) {
            if (shared.assetType == u"ADVERTISER"_s) {
                assetId = shared.assetId;
                break;
            }
        }
        if (!assetId.isEmpty())
            break;
    }
    QVERIFY(!assetId.isEmpty());
    QSet<QString> expected;
    for (const auto &partner : center.partners) {
        for (const auto &shared : partner.sharedByUs) {
            if (shared.assetId == assetId)
                expected.insert(partner.partnerBcId);
        }
    }
    const QList<AssetPartner> partners = fetch<AssetPartner>([&](auto handler) {
        m_assets->partners({m_bcId, u"ADVERTISER"_s, assetId, {}}, &m_context, handler);
    });
    QSet<QString> seen;
    for (const AssetPartner &partner : partners) {
        seen.insert(partner.bcId);
        QCOMPARE(partner.bcName, m_server->world().businessCenterName(partner.bcId));
    }
    QCOMPARE(seen, expected);
}

void TestAssetEndpoints::partnersOfUnknownAssetIsAnError()
{
    AwaitedResult<QList<AssetPartner>> partners;
    m_assets->partners({m_bcId, u"ADVERTISER"_s, u"7999999999999999998"_s, {}}, &m_context,
                       partners.handler());
    QVERIFY(partners.wait());
    QVERIFY(!partners.ok());
    QCOMPARE(partners.error().code, 40007);
}

void TestAssetEndpoints::membersOfAnAccountComeBackWhole()
{
    const auto &world = m_server->world();
    const auto &center = *world.findBusinessCenter(m_bcId);
    const QString advertiserId = center.adAccounts.constFirst().advertiserId;
    // Give members roles on the account (through the client) until it has two pages of them.
    int withRole = 0;
    for (const auto &member : center.members) {
        if (member.relationStatus != u"BOUND"_s)
            continue;
        if (world.advertiserRole(member.userId, advertiserId).isEmpty()
            && withRole <= AssetEndpoints::maxMemberPageSize) {
            bc::api::AssetAssignment assignment;
            assignment.bcId = m_bcId;
            assignment.userId = member.userId;
            assignment.assetType = u"ADVERTISER"_s;
            assignment.assetId = advertiserId;
            assignment.advertiserRole = u"ANALYST"_s;
            AwaitedResult<WriteReceipt> assigned;
            m_assets->assign(assignment, &m_context, assigned.handler());
            QVERIFY(assigned.wait());
            QVERIFY2(assigned.ok(), assigned.describe().constData());
        }
        ++withRole;
    }
    QSet<QString> expected;
    for (const auto &member : center.members) {
        if (member.relationStatus == u"BOUND"_s
            && !world.advertiserRole(member.userId, advertiserId).isEmpty())
            expected.insert(member.userId);
    }
    QVERIFY2(expected.size() > AssetEndpoints::maxMemberPageSize, "more than one page of members");
    const QList<AssetMember> members = fetch<AssetMember>([&](auto handler) {
        m_assets->members({m_bcId, u"ADVERTISER"_s, advertiserId, {}}, &m_context, handler);
    });
    QSet<QString> seen;
    for (const AssetMember &member : members) {
        seen.insert(member.userId);
        QCOMPARE(member.advertiserRole, world.advertiserRole(member.userId, advertiserId));
        QVERIFY(!member.userName.isEmpty());
    }
    QCOMPARE(members.size(), expected.size());
    QCOMPARE(seen, expected);
}

void TestAssetEndpoints::membersOfAPixelAreRejected()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const auto pixel = std::find_if(center.assets.cbegin(), center.assets.cend(),
                                    [](auto &a) { return a.assetType == u"PIXEL"_s; });
    QVERIFY(pixel != center.assets.cend());
    AwaitedResult<QList<AssetMember>> members;
    m_assets->members({m_bcId, u"PIXEL"_s, pixel->assetId, {}}, &m_context, members.handler());
    QVERIFY(members.wait());
    QVERIFY(!members.ok());
    QCOMPARE(members.error().code, 40002); // only ADVERTISER, CATALOG and LEAD
}

void TestAssetEndpoints::adminDeleteRemovesTheAsset()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const auto lead = std::find_if(center.assets.cbegin(), center.assets.cend(),
                                   [](auto &a) { return a.assetType == u"LEAD"_s; });
    QVERIFY(lead != center.assets.cend());
    const QString leadId = lead->assetId;
    bc::api::AssetAdminQuery query;
    query.bcId = m_bcId;
    query.assetType = u"LEAD"_s;
    const auto leads = [&] {
        return fetch<AssetAdmin>(
                [&](auto handler) { m_assets->adminAssets(query, &m_context, handler); });
    };
    const qsizetype before = leads().size();
    QVERIFY(before > 0);

    AwaitedResult<WriteReceipt> removed;
    m_assets->adminDelete({m_bcId, u"LEAD"_s, {leadId}, {}}, &m_context, removed.handler());
    QVERIFY(removed.wait());
    QVERIFY2(removed.ok(), removed.describe().constData());
    const QList<AssetAdmin> after = leads();
    QCOMPARE(after.size(), before - 1);
    QVERIFY(std::none_of(after.cbegin(), after.cend(),
                         [&](const AssetAdmin &a) { return a.asset.id == leadId; }));
}

void TestAssetEndpoints::adminDeleteWithoutIdsIsRejected()
{
    AwaitedResult<WriteReceipt> removed;
    m_assets->adminDelete({m_bcId, u"CATALOG"_s, {}, {}}, &m_context, removed.handler());
    QVERIFY(removed.wait());
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, 40002);
}

void TestAssetEndpoints::bindQuotaMatchesTheWorld()
{
    const auto inWorld = m_server->world().bindQuota(m_bcId, u"PIXEL"_s);
    AwaitedResult<AssetBindQuota> quota;
    m_assets->bindQuota({m_bcId, u"PIXEL"_s, {}}, &m_context, quota.handler());
    QVERIFY(quota.wait());
    QVERIFY2(quota.ok(), quota.describe().constData());
    QCOMPARE(quota.value().totalQuota, std::optional<qint64>(inWorld.totalQuota));
    QCOMPARE(quota.value().usedQuota, std::optional<qint64>(inWorld.usedQuota));
    QCOMPARE(quota.value().availableQuota, std::optional<qint64>(inWorld.availableQuota()));
    QVERIFY(*quota.value().totalQuota > 0);
}

void TestAssetEndpoints::bindQuotaOfUnknownTypeIsRejected()
{
    AwaitedResult<AssetBindQuota> quota;
    m_assets->bindQuota({m_bcId, u"SPACESHIP"_s, {}}, &m_context, quota.handler());
    QVERIFY(quota.wait());
    QVERIFY(!quota.ok());
    QCOMPARE(quota.error().code, 40002);
}

void TestAssetEndpoints::bindQuotaFallsBackToTheSdkPath()
{
    // A gateway that knows only B's path: the official one answers "route not found".
    EmulatorConfig config = unlimitedEmulatorConfig(kToken);
    config.size = bc::emulator::WorldSize::Small;
    EmulatorServer server(config);
    QVERIFY(server.listenOnLoopback() != 0);
    bc::emulator::Endpoint missing;
    missing.handler = [](bc::emulator::World &, const bc::emulator::EmulatorRequest &) {
        return bc::emulator::EmulatorReply::error(40400, u"route not found"_s);
    };
    server.addEndpoint(AssetEndpoints::bindQuotaPath(), missing);
    bc::emulator::Endpoint sdkPath;
    sdkPath.handler = [](bc::emulator::World &, const bc::emulator::EmulatorRequest &) {
        return bc::emulator::EmulatorReply::success(
                {{u"total_quota"_s, 12}, {u"used_quota"_s, 5}, {u"available_quota"_s, 7}});
    };
    server.addEndpoint(AssetEndpoints::bindQuotaFallbackPath(), sdkPath);

    ApiClient client(bc::api::Environment::custom(server.baseUrl()));
    client.setAccessToken(kToken);
    AssetEndpoints assets(client);
    AwaitedResult<AssetBindQuota> quota;
    assets.bindQuota({server.world().businessCenters().constFirst().bcId, u"PIXEL"_s, {}},
                     &m_context, quota.handler());
    QVERIFY(quota.wait());
    QVERIFY2(quota.ok(), quota.describe().constData());
    QCOMPARE(quota.value().totalQuota, std::optional<qint64>(12));
    QCOMPARE(quota.value().availableQuota, std::optional<qint64>(7));
}

QTEST_GUILESS_MAIN(TestAssetEndpoints)
#include "tst_assetendpoints.moc"
