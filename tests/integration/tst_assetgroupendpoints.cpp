// The asset group endpoints (reference §3.15) against the in-process emulator: each request's
// encoding, each answer's decoding (⚠ `asset_group` as an object or an array), one success and
// one documented error per endpoint, and the state changes the writes make.
#include "core/api/endpoints/assetgroupendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::AssetGroupEndpoints;
using bc::api::WriteReceipt;
using bc::domain::AssetGroup;
using bc::domain::AssetGroupCreateResult;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::hasQuery;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-asset-group-token"_s;

} // namespace

class TestAssetGroupEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void groupAnswerMayBeAnObjectOrAnArray();
    void listMatchesTheWorld();
    void listOfUnknownBcIsAnError();
    void createThenGetPagesEveryAsset();
    void createWithoutMembersIsRejected();
    void getOfUnknownGroupIsAnError();
    void updateRenamesAndAddsMembers();
    void updateOfNameWithoutNameIsRejected();
    void deleteRemovesTheGroup();
    void deleteOfUnknownGroupIsAnError();
    void listLongerThanOnePageComesBackWhole();

private:
    [[nodiscard]] QList<AssetGroup> listGroups();
    [[nodiscard]] std::optional<AssetGroup> getGroup(const QString &groupId, const QString &entity);
    [[nodiscard]] QString createGroup(const QString &name, int assetCount,
                                      const QStringList &memberIds);
    [[nodiscard]] QStringList boundUserIds() const;

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AssetGroupEndpoints> m_groups;
    QString m_bcId; // a BC where the token's user is ADMIN, with more than a page of accounts
    QObject m_context;
};

void TestAssetGroupEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 41);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    m_groups = std::make_unique<AssetGroupEndpoints>(*m_client);
    for (const auto &center : m_server->world().businessCenters()) {
        if (center.userRole == u"ADMIN"_s
            && center.adAccounts.size() > AssetGroupEndpoints::maxPageSize
            && !center.assetGroups.isEmpty()) {
            m_bcId = center.bcId;
            break;
        }
    }
    QVERIFY2(!m_bcId.isEmpty(), "the demo world has an admin BC with groups and many accounts");
}

QStringList TestAssetGroupEndpoints::boundUserIds() const
{
    QStringList ids;
    for (const auto &member : m_server->world().findBusinessCenter(m_bcId)->members) {
        if (member.relationStatus == u"BOUND"_s && !member.userId.isEmpty())
            ids << member.userId;
    }
    return ids;
}

QList<AssetGroup> TestAssetGroupEndpoints::listGroups()
{
    AwaitedResult<QList<AssetGroup>> groups;
    m_groups->list({m_bcId, {}}, &m_context, groups.handler());
    if (!groups.wait() || !groups.ok()) {
        qWarning("%s", groups.describe().constData());
        return {};
    }
    return groups.value();
}

std::optional<AssetGroup> TestAssetGroupEndpoints::getGroup(const QString &groupId,
                                                            const QString &entity)
{
    AwaitedResult<AssetGroup> group;
    m_groups->get({m_bcId, groupId, entity, {}}, &m_context, group.handler());
    if (!group.wait() || !group.ok()) {
        qWarning("%s", group.describe().constData());
        return std::nullopt;
    }
    return group.value();
}

QString TestAssetGroupEndpoints::createGroup(const QString &name, int assetCount,
                                             const QStringList &memberIds)
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    bc::api::AssetGroupCreation creation;
    creation.bcId = m_bcId;
    creation.assetGroupName = name;
    for (int i = 0; i < assetCount; ++i)
        creation.assets.append({center.adAccounts.at(i).advertiserId, u"ADVERTISER"_s});
    for (const QString &memberId : memberIds)
        creation.members.append({memberId, u"ADVERTISER_ROLE_ANALYST"_s});
    AwaitedResult<AssetGroupCreateResult> created;
    m_groups->create(creation, &m_context, created.handler());
    if (!created.wait() || !created.ok()) {
        qWarning("%s", created.describe().constData());
        return {};
    }
    return created.value().assetGroupId;
}

void TestAssetGroupEndpoints::requestsAreEncodedAsDocumented()
{
    bc::api::AssetGroupCreation creation;
    creation.bcId = u"7000000000000000001"_s;
    creation.assetGroupName = u"Team Süd"_s;
    creation.assets = {{u"7000000000000000002"_s, u"ADVERTISER"_s}};
    creation.members = {{u"7000000000000000003"_s, u"ADVERTISER_ROLE_OPERATOR"_s}};
    const ApiRequest create = AssetGroupEndpoints::createRequest(creation);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, u"bc/asset_group/create/"_s);
    QCOMPARE(create.body,
             (QJsonObject{
                     {u"bc_id"_s, u"7000000000000000001"_s},
                     {u"asset_group_name"_s, u"Team Süd"_s},
                     {u"assets"_s, QJsonArray{QJsonObject{{u"asset_id"_s, u"7000000000000000002"_s},
                                                          {u"asset_type"_s, u"ADVERTISER"_s}}}},
                     {u"members"_s,
                      QJsonArray{QJsonObject{
                              {u"member_id"_s, u"7000000000000000003"_s},
                              {u"asset_roles"_s,
                               QJsonObject{{u"ADVERTISER"_s, u"ADVERTISER_ROLE_OPERATOR"_s}}}}}}}));
    QVERIFY(!create.isIdempotent());

    const ApiRequest get = AssetGroupEndpoints::getRequest(
            {u"7000000000000000001"_s, u"7000000000000000004"_s, u"MEMBER"_s, u"ana"_s}, 2, 50);
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.path, u"bc/asset_group/get/"_s);
    QCOMPARE(queryValue(get, u"asset_group_id"_s), u"7000000000000000004"_s);
    QCOMPARE(queryValue(get, u"query_entity"_s), u"MEMBER"_s);
    QCOMPARE(queryValue(get, u"page"_s), u"2"_s);
    QCOMPARE(queryValue(get, u"page_size"_s), u"50"_s);
    QCOMPARE(QJsonDocument::fromJson(queryValue(get, u"filtering"_s).toUtf8()).object(),
             (QJsonObject{{u"keyword"_s, u"ana"_s}}));

    bc::api::AssetGroupUpdate update;
    update.bcId = u"7000000000000000001"_s;
    update.assetGroupId = u"7000000000000000004"_s;
    update.updateEntity = u"MEMBER"_s;
    update.action = u"DELETE"_s;
    update.members = {{u"7000000000000000003"_s, {}}};
    const ApiRequest updateRequest = AssetGroupEndpoints::updateRequest(update);
    QCOMPARE(updateRequest.method, QByteArray("POST"));
    QCOMPARE(updateRequest.path, u"bc/asset_group/update/"_s);
    QCOMPARE(updateRequest.body,
             (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                          {u"asset_group_id"_s, u"7000000000000000004"_s},
                          {u"update_entity"_s, u"MEMBER"_s},
                          {u"action"_s, u"DELETE"_s},
                          {u"members"_s, // no role for members being removed
                           QJsonArray{QJsonObject{{u"member_id"_s, u"7000000000000000003"_s}}}}}));
    QVERIFY(!updateRequest.isIdempotent());

    const ApiRequest list = AssetGroupEndpoints::listRequest({u"7000000000000000001"_s, {}});
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/asset_group/list/"_s);
    QVERIFY(!hasQuery(list, u"filtering"_s));
    QCOMPARE(AssetGroupEndpoints::listSpec().listKey, u"asset_groups"_s);

    const ApiRequest remove = AssetGroupEndpoints::deleteRequest(
            {u"7000000000000000001"_s, u"7000000000000000004"_s});
    QCOMPARE(remove.method, QByteArray("POST"));
    QCOMPARE(remove.path, u"bc/asset_group/delete/"_s);
    QCOMPARE(remove.body.value("asset_group_ids"_L1).toArray(),
             QJsonArray{u"7000000000000000004"_s});
    QVERIFY(!remove.isIdempotent());
}

void TestAssetGroupEndpoints::groupAnswerMayBeAnObjectOrAnArray()
{
    const QJsonObject group{
            {u"asset_group_id"_s, 7093000000000000123LL},
            {u"asset_group_name"_s, u"EU"_s},
            {u"assets"_s, QJsonArray{QJsonObject{{u"asset_id"_s, u"7093000000000000456"_s},
                                                 {u"asset_type"_s, u"ADVERTISER"_s}}}}};
    const AssetGroup fromObject = AssetGroupEndpoints::decodeGroup({{u"asset_group"_s, group}});
    QCOMPARE(fromObject.assetGroupId, u"7093000000000000123"_s);
    QCOMPARE(fromObject.assetGroupName, u"EU"_s);
    QCOMPARE(fromObject.assets.size(), 1);
    QCOMPARE(fromObject.assets.constFirst().assetId, u"7093000000000000456"_s);

    const AssetGroup fromArray =
            AssetGroupEndpoints::decodeGroup({{u"asset_group"_s, QJsonArray{group}}});
    QCOMPARE(fromArray, fromObject);
    QVERIFY(AssetGroupEndpoints::decodeGroup({}).assetGroupId.isEmpty());
}

void TestAssetGroupEndpoints::listMatchesTheWorld()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const QList<AssetGroup> groups = listGroups();
    QCOMPARE(groups.size(), center.assetGroups.size());
    for (const AssetGroup &group : groups) {
        const auto *inWorld = m_server->world().findAssetGroup(m_bcId, group.assetGroupId);
        QVERIFY2(inWorld, qPrintable(group.assetGroupId));
        QCOMPARE(group.assetGroupName, inWorld->assetGroupName);
        QCOMPARE(group.assets.size(), inWorld->assets.size());
        QCOMPARE(group.members.size(), inWorld->members.size());
        for (qsizetype i = 0; i < group.members.size(); ++i) {
            QCOMPARE(group.members.at(i).memberId, inWorld->members.at(i).memberId);
            QCOMPARE(group.members.at(i).assetRoles.value(u"ADVERTISER"_s),
                     inWorld->members.at(i).advertiserRole);
        }
    }
}

void TestAssetGroupEndpoints::listOfUnknownBcIsAnError()
{
    AwaitedResult<QList<AssetGroup>> groups;
    m_groups->list({u"7999999999999999999"_s, {}}, &m_context, groups.handler());
    QVERIFY(groups.wait());
    QVERIFY(!groups.ok());
    QCOMPARE(groups.error().code, 40001);
}

void TestAssetGroupEndpoints::createThenGetPagesEveryAsset()
{
    const QStringList members = boundUserIds().mid(0, 2);
    QCOMPARE(members.size(), 2);
    const int assetCount = AssetGroupEndpoints::maxPageSize + 10; // two pages
    const QString groupId = createGroup(u"Zwei Seiten 東京"_s, assetCount, members);
    QVERIFY(!groupId.isEmpty());
    QVERIFY(std::all_of(groupId.cbegin(), groupId.cend(), [](QChar c) { return c.isDigit(); }));
    const auto *inWorld = m_server->world().findAssetGroup(m_bcId, groupId);
    QVERIFY(inWorld);
    QCOMPARE(inWorld->assets.size(), assetCount);

    const auto assets = getGroup(groupId, u"ASSET"_s);
    QVERIFY(assets);
    QCOMPARE(assets->assetGroupId, groupId);
    QCOMPARE(assets->assetGroupName, u"Zwei Seiten 東京"_s);
    QCOMPARE(assets->assets.size(), assetCount);
    QSet<QString> expected;
    for (const auto &asset : inWorld->assets)
        expected.insert(asset.assetId);
    QSet<QString> seen;
    for (const auto &asset : assets->assets) {
        seen.insert(asset.assetId);
        QCOMPARE(asset.assetType, u"ADVERTISER"_s);
        QCOMPARE(asset.assetName, m_server->world().findAdAccount(asset.assetId)->name);
    }
    QCOMPARE(seen, expected);

    const auto people = getGroup(groupId, u"MEMBER"_s);
    QVERIFY(people);
    QCOMPARE(people->members.size(), 2);
    for (const auto &member : people->members) {
        QVERIFY(members.contains(member.memberId));
        QCOMPARE(member.assetRoles.value(u"ADVERTISER"_s), u"ADVERTISER_ROLE_ANALYST"_s);
    }
}

void TestAssetGroupEndpoints::createWithoutMembersIsRejected()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    bc::api::AssetGroupCreation creation;
    creation.bcId = m_bcId;
    creation.assetGroupName = u"Nobody"_s;
    creation.assets = {{center.adAccounts.constFirst().advertiserId, u"ADVERTISER"_s}};
    AwaitedResult<AssetGroupCreateResult> created;
    m_groups->create(creation, &m_context, created.handler());
    QVERIFY(created.wait());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 40002);
    QCOMPARE(created.error().kind, ApiError::Kind::Validation);
}

void TestAssetGroupEndpoints::getOfUnknownGroupIsAnError()
{
    AwaitedResult<AssetGroup> group;
    m_groups->get({m_bcId, u"7999999999999999998"_s, u"ASSET"_s, {}}, &m_context, group.handler());
    QVERIFY(group.wait());
    QVERIFY(!group.ok());
    QCOMPARE(group.error().code, 40007);
}

void TestAssetGroupEndpoints::updateRenamesAndAddsMembers()
{
    const QStringList users = boundUserIds();
    QVERIFY(users.size() >= 3);
    const QString groupId = createGroup(u"Before"_s, 2, {users.at(0)});
    QVERIFY(!groupId.isEmpty());

    bc::api::AssetGroupUpdate rename;
    rename.bcId = m_bcId;
    rename.assetGroupId = groupId;
    rename.updateEntity = u"NAME"_s;
    rename.assetGroupName = u"Après"_s;
    AwaitedResult<WriteReceipt> renamed;
    m_groups->update(rename, &m_context, renamed.handler());
    QVERIFY(renamed.wait());
    QVERIFY2(renamed.ok(), renamed.describe().constData());
    QVERIFY(!renamed.value().requestId.isEmpty());

    bc::api::AssetGroupUpdate add;
    add.bcId = m_bcId;
    add.assetGroupId = groupId;
    add.updateEntity = u"MEMBER"_s;
    add.action = u"ADD"_s;
    add.members = {{users.at(1), u"ADVERTISER_ROLE_OPERATOR"_s},
                   {users.at(2), u"ADVERTISER_ROLE_ADMIN"_s}};
    AwaitedResult<WriteReceipt> added;
    m_groups->update(add, &m_context, added.handler());
    QVERIFY(added.wait());
    QVERIFY2(added.ok(), added.describe().constData());

    const auto group = getGroup(groupId, u"MEMBER"_s);
    QVERIFY(group);
    QCOMPARE(group->assetGroupName, u"Après"_s);
    QCOMPARE(group->members.size(), 3);
    QMap<QString, QString> roles;
    for (const auto &member : group->members)
        roles.insert(member.memberId, member.assetRoles.value(u"ADVERTISER"_s));
    QCOMPARE(roles.value(users.at(1)), u"ADVERTISER_ROLE_OPERATOR"_s);
    QCOMPARE(roles.value(users.at(2)), u"ADVERTISER_ROLE_ADMIN"_s);
}

void TestAssetGroupEndpoints::updateOfNameWithoutNameIsRejected()
{
    bc::api::AssetGroupUpdate rename;
    rename.bcId = m_bcId;
    rename.assetGroupId =
            m_server->world().findBusinessCenter(m_bcId)->assetGroups.constFirst().assetGroupId;
    rename.updateEntity = u"NAME"_s;
    AwaitedResult<WriteReceipt> renamed;
    m_groups->update(rename, &m_context, renamed.handler());
    QVERIFY(renamed.wait());
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error().code, 40002);
}

void TestAssetGroupEndpoints::deleteRemovesTheGroup()
{
    const QString groupId = createGroup(u"Short-lived"_s, 1, boundUserIds().mid(0, 1));
    QVERIFY(!groupId.isEmpty());
    const auto contains = [&](const QList<AssetGroup> &groups) {
        return std::any_of(groups.cbegin(), groups.cend(),
                           [&](const AssetGroup &g) { return g.assetGroupId == groupId; });
    };
    QVERIFY(contains(listGroups()));

    AwaitedResult<WriteReceipt> removed;
    m_groups->remove({m_bcId, groupId}, &m_context, removed.handler());
    QVERIFY(removed.wait());
    QVERIFY2(removed.ok(), removed.describe().constData());
    QVERIFY(!contains(listGroups()));
}

void TestAssetGroupEndpoints::deleteOfUnknownGroupIsAnError()
{
    AwaitedResult<WriteReceipt> removed;
    m_groups->remove({m_bcId, u"7999999999999999998"_s}, &m_context, removed.handler());
    QVERIFY(removed.wait());
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, 40007);
}

void TestAssetGroupEndpoints::listLongerThanOnePageComesBackWhole()
{
    const QStringList member = boundUserIds().mid(0, 1);
    while (m_server->world().findBusinessCenter(m_bcId)->assetGroups.size()
           <= AssetGroupEndpoints::maxPageSize) {
        const qsizetype count = m_server->world().findBusinessCenter(m_bcId)->assetGroups.size();
        QVERIFY(!createGroup(u"Bulk %1"_s.arg(count), 1, member).isEmpty());
    }
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const QList<AssetGroup> groups = listGroups();
    QCOMPARE(groups.size(), center.assetGroups.size());
    QSet<QString> expected;
    for (const auto &group : center.assetGroups)
        expected.insert(group.assetGroupId);
    QSet<QString> seen;
    for (const AssetGroup &group : groups)
        seen.insert(group.assetGroupId);
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestAssetGroupEndpoints)
#include "tst_assetgroupendpoints.moc"
