// The emulator's "access" family over HTTP: assets, asset groups, pixels, partners, members and
// billing groups (reference §3.14–3.18, §3.20). Plain QNetworkAccessManager + QJsonDocument, no
// client code. Reads use one shared server; every write test starts its own, so they do not
// depend on each other's order.
#include <emulator/emulatorserver.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::emulator;

namespace {

const QString validToken = u"fake-access-token"_s;
constexpr int businessCenterCount = 12;

struct Answer
{
    bool finished = false;
    int httpStatus = 0;
    QJsonObject json;

    [[nodiscard]] int code() const { return json.value(u"code"_s).toInt(-1); }
    [[nodiscard]] QString message() const { return json.value(u"message"_s).toString(); }
    [[nodiscard]] QJsonObject data() const { return json.value(u"data"_s).toObject(); }
    [[nodiscard]] QJsonArray list(const QString &key = u"list"_s) const
    {
        return data().value(key).toArray();
    }
    [[nodiscard]] QJsonObject pageInfo() const { return data().value(u"page_info"_s).toObject(); }
};

using Query = QList<std::pair<QString, QString>>;

QString json(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// ids arrive as strings or (some rows) as JSON numbers.
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QStringList ids(const QJsonArray &list, const QString &key)
{
    QStringList result;
    for (const QJsonValue &item : list)
        result.append(idText(item.toObject().value(key)));
    return result;
}

bool containsNull(const QJsonValue &value)
{
    if (value.isNull())
        return true;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &v) { return containsNull(v); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [](const QJsonValue &v) { return containsNull(v); });
    }
    return false;
}

// What the tests need from the generated world, picked once.
struct Picks
{
    QString adminBc;          // ADMIN + finance MANAGER (the demo BC)
    QString standardBc;       // the user is STANDARD there
    QString noFinanceBc;      // ADMIN without a finance role
    QString managerOnlyBc;    // STANDARD with finance MANAGER (may be empty)
    QString otherMember;      // a BOUND STANDARD member of adminBc, not the user
    QString pendingEmail;     // a PENDING invitation in adminBc
    QString ownedAccount;     // OWNER_BC ad account of adminBc
    QString catalogId;        // a CATALOG asset of adminBc
    QString pixelCode;        // a BC pixel of adminBc
    QString accountPixelCode; // a pixel still owned by an ad account of adminBc
    QString partnerId;        // a partner of adminBc
    QString newPartnerId;     // a BC that is not a partner yet
    QString assetGroupId;
    QString primaryGroup;      // the primary billing group of adminBc
    QString childBc;           // a BOUND child BC of adminBc (may be empty)
    QString mostSharedAccount; // the ad account of adminBc shared with the most partners
};

} // namespace

class TestEmulatorAccess final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void successes_data();
    void successes();
    void documentedErrors_data();
    void documentedErrors();
    void pagination_data();
    void pagination();
    void pageSizeMaxima_data();
    void pageSizeMaxima();
    void permissions_data();
    void permissions();
    void encoding_data();
    void encoding();
    void roughEdges();

    void memberInviteUpdateDelete();
    void memberAssign();
    void assetAssignUnassign();
    void assetAdminDelete();
    void partnerAddShareDelete();
    void assetGroupLifecycle();
    void billingGroupCreateUpdate();
    void pixelLinkAndTransfer();

private:
    std::unique_ptr<EmulatorServer> startServer();
    Answer get(EmulatorServer &server, const QString &path, const Query &query);
    Answer post(EmulatorServer &server, const QString &path, const QByteArray &body,
                const QByteArray &contentType = QByteArrayLiteral("application/json"));
    Answer post(EmulatorServer &server, const QString &path, const QJsonObject &body)
    {
        return post(server, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Answer get(const QString &path, const Query &query) { return get(*m_server, path, query); }

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
    Picks m_picks;
};

std::unique_ptr<EmulatorServer> TestEmulatorAccess::startServer()
{
    EmulatorConfig config;
    config.accessToken = validToken;
    config.seed = 7;
    config.businessCenterCount = businessCenterCount;
    config.qps = 0;
    config.qpm = 0;
    auto server = std::make_unique<EmulatorServer>(config);
    if (server->listenOnLoopback(0) == 0)
        return nullptr;
    return server;
}

Answer TestEmulatorAccess::get(EmulatorServer &server, const QString &path, const Query &query)
{
    QUrl url = server.baseUrl().resolved(QUrl(u"v1.3/"_s + path));
    QStringList parts;
    for (const auto &[name, value] : query) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!parts.isEmpty())
        url.setQuery(parts.join(u'&'));
    QNetworkRequest request(url);
    request.setRawHeader("Access-Token", validToken.toUtf8());
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
            m_network.get(request), [](QNetworkReply *r) { r->deleteLater(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(10000);
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

Answer TestEmulatorAccess::post(EmulatorServer &server, const QString &path, const QByteArray &body,
                                const QByteArray &contentType)
{
    QNetworkRequest request(server.baseUrl().resolved(QUrl(u"v1.3/"_s + path)));
    request.setRawHeader("Access-Token", validToken.toUtf8());
    request.setRawHeader("Content-Type", contentType);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
            m_network.post(request, body), [](QNetworkReply *r) { r->deleteLater(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(10000);
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

void TestEmulatorAccess::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_server = startServer();
    QVERIFY(m_server);
    const World &world = m_server->world();
    const QString me = world.signedInUser().userId;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        if (m_picks.adminBc.isEmpty() && bc.userRole == u"ADMIN"_s
            && bc.financeRole == u"MANAGER"_s)
            m_picks.adminBc = bc.bcId;
        if (m_picks.standardBc.isEmpty() && bc.userRole == u"STANDARD"_s)
            m_picks.standardBc = bc.bcId;
        if (m_picks.noFinanceBc.isEmpty() && bc.userRole == u"ADMIN"_s && bc.financeRole.isEmpty())
            m_picks.noFinanceBc = bc.bcId;
        if (m_picks.managerOnlyBc.isEmpty() && bc.userRole == u"STANDARD"_s
            && bc.financeRole == u"MANAGER"_s)
            m_picks.managerOnlyBc = bc.bcId;
    }
    QVERIFY(!m_picks.adminBc.isEmpty());
    QVERIFY(!m_picks.standardBc.isEmpty());
    QVERIFY(!m_picks.noFinanceBc.isEmpty());

    const GeneratedBusinessCenter &bc = *world.findBusinessCenter(m_picks.adminBc);
    for (const Member &member : bc.members) {
        if (m_picks.otherMember.isEmpty() && member.relationStatus == u"BOUND"_s
            && member.userRole == u"STANDARD"_s && member.userId != me)
            m_picks.otherMember = member.userId;
        if (m_picks.pendingEmail.isEmpty() && member.relationStatus == u"PENDING"_s)
            m_picks.pendingEmail = member.userEmail;
    }
    for (const AdAccount &account : bc.adAccounts) {
        if (m_picks.ownedAccount.isEmpty() && account.relationType == u"OWNER_BC"_s)
            m_picks.ownedAccount = account.advertiserId;
        if (m_picks.accountPixelCode.isEmpty() && account.relationType == u"OWNER_BC"_s
            && !account.pixels.isEmpty())
            m_picks.accountPixelCode = account.pixels.first().pixelCode;
    }
    for (const Asset &asset : bc.assets) {
        if (m_picks.catalogId.isEmpty() && asset.assetType == u"CATALOG"_s
            && asset.relationType == u"OWNER_BC"_s)
            m_picks.catalogId = asset.assetId;
        if (m_picks.pixelCode.isEmpty() && asset.assetType == u"PIXEL"_s)
            m_picks.pixelCode = asset.pixelCode;
    }
    if (!bc.partners.isEmpty())
        m_picks.partnerId = bc.partners.first().partnerBcId;
    QHash<QString, int> shares;
    for (const Partner &partner : bc.partners) {
        for (const SharedAsset &asset : partner.sharedByUs) {
            if (asset.assetType == u"ADVERTISER"_s)
                ++shares[asset.assetId];
        }
    }
    m_picks.mostSharedAccount = m_picks.ownedAccount;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        if (it.value() > shares.value(m_picks.mostSharedAccount))
            m_picks.mostSharedAccount = it.key();
    }
    for (const ExternalBusinessCenter &external : world.externalBusinessCenters()) {
        if (!world.findPartner(m_picks.adminBc, external.bcId)) {
            m_picks.newPartnerId = external.bcId;
            break;
        }
    }
    if (!bc.assetGroups.isEmpty())
        m_picks.assetGroupId = bc.assetGroups.first().assetGroupId;
    for (const BillingGroup &group : bc.billingGroups) {
        if (group.isPrimary)
            m_picks.primaryGroup = group.billingGroupId;
    }
    for (const ChildBusinessCenter &child : bc.childBusinessCenters) {
        if (m_picks.childBc.isEmpty() && child.relationStatus == u"BOUND"_s)
            m_picks.childBc = child.bcId;
    }
    QVERIFY(!m_picks.otherMember.isEmpty());
    QVERIFY(!m_picks.pendingEmail.isEmpty());
    QVERIFY(!m_picks.ownedAccount.isEmpty());
    QVERIFY(!m_picks.catalogId.isEmpty());
    QVERIFY(!m_picks.pixelCode.isEmpty());
    QVERIFY(!m_picks.accountPixelCode.isEmpty());
    QVERIFY(!m_picks.partnerId.isEmpty());
    QVERIFY(!m_picks.newPartnerId.isEmpty());
    QVERIFY(!m_picks.assetGroupId.isEmpty());
    QVERIFY(!m_picks.primaryGroup.isEmpty());
}

void TestEmulatorAccess::init()
{
    m_network.clearConnectionCache();
}

// ---- One success per endpoint ------------------------------------------------------------------

void TestEmulatorAccess::successes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isPost");
    QTest::addColumn<Query>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("expectedKey"); // a key data must hold; empty: data is {}

    const Picks &p = m_picks;
    const auto getRow = [](const char *name, const QString &path, const Query &query,
                           const QString &key) {
        QTest::newRow(name) << path << false << query << QJsonObject() << key;
    };
    const auto postRow = [](const char *name, const QString &path, const QJsonObject &body,
                            const QString &key) {
        QTest::newRow(name) << path << true << Query() << body << key;
    };
    const QString bc = p.adminBc;

    getRow("asset/get", u"bc/asset/get/"_s, {{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}},
           u"list"_s);
    getRow("asset/admin/get", u"bc/asset/admin/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_type"_s, u"CATALOG"_s}}, u"list"_s);
    postRow("asset/assign", u"bc/asset/assign/"_s,
            {{u"bc_id"_s, bc},
             {u"user_id"_s, p.otherMember},
             {u"asset_type"_s, u"CATALOG"_s},
             {u"asset_id"_s, p.catalogId},
             {u"catalog_role"_s, u"AD_PROMOTE"_s}},
            {});
    getRow("asset/partner/get", u"bc/asset/partner/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}, {u"asset_id"_s, p.ownedAccount}},
           u"list"_s);
    getRow("asset/member/get", u"bc/asset/member/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}, {u"asset_id"_s, p.ownedAccount}},
           u"list"_s);
    getRow("asset/bind/quota", u"asset/bind/quota/"_s,
           {{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}}, u"available_quota"_s);
    getRow("asset_group/get", u"bc/asset_group/get/"_s,
           {{u"bc_id"_s, bc},
            {u"asset_group_id"_s, p.assetGroupId},
            {u"query_entity"_s, u"ASSET"_s}},
           u"asset_group"_s);
    getRow("asset_group/list", u"bc/asset_group/list/"_s, {{u"bc_id"_s, bc}}, u"asset_groups"_s);
    postRow("asset_group/update", u"bc/asset_group/update/"_s,
            {{u"bc_id"_s, bc},
             {u"asset_group_id"_s, p.assetGroupId},
             {u"update_entity"_s, u"NAME"_s},
             {u"asset_group_name"_s, u"Renamed group"_s}},
            {});
    getRow("member/get", u"bc/member/get/"_s, {{u"bc_id"_s, bc}}, u"list"_s);
    postRow("member/update", u"bc/member/update/"_s,
            {{u"bc_id"_s, bc}, {u"user_id"_s, p.otherMember}, {u"user_name"_s, u"Renamed"_s}}, {});
    getRow("partner/get", u"bc/partner/get/"_s, {{u"bc_id"_s, bc}}, u"list"_s);
    getRow("partner/asset/get", u"bc/partner/asset/get/"_s,
           {{u"bc_id"_s, bc},
            {u"partner_id"_s, p.partnerId},
            {u"asset_type"_s, u"ADVERTISER"_s},
            {u"share_type"_s, u"SHARED"_s}},
           u"list"_s);
    getRow("billing_group/get", u"bc/billing_group/get/"_s, {{u"bc_id"_s, bc}}, u"list"_s);
    getRow("billing_group/advertiser/list", u"bc/billing_group/advertiser/list/"_s,
           {{u"bc_id"_s, bc}, {u"billing_group_id"_s, p.primaryGroup}}, u"list"_s);
    postRow("billing_group/update", u"bc/billing_group/update/"_s,
            {{u"bc_id"_s, bc},
             {u"billing_group_id"_s, p.primaryGroup},
             {u"new_billing_group_emails"_s, QJsonArray{u"billing@example.com"_s}}},
            {});
    getRow("pixel/get", u"bc/pixel/get/"_s, {{u"bc_id"_s, bc}}, u"pixels"_s);
    getRow("pixel/link/get", u"bc/pixel/link/get/"_s,
           {{u"bc_id"_s, bc}, {u"pixel_code"_s, p.pixelCode}}, u"list"_s);
    postRow("pixel/link/update", u"bc/pixel/link/update/"_s,
            {{u"bc_id"_s, bc},
             {u"pixel_code"_s, p.pixelCode},
             {u"advertiser_ids"_s, QJsonArray{p.ownedAccount}},
             {u"relation_status"_s, u"LINK"_s}},
            {});
    // The other writes (invite, delete, assign, create, transfer, partner add/delete, asset and
    // group deletes) succeed in the state-change tests below, which read the change back.
}

void TestEmulatorAccess::successes()
{
    QFETCH(QString, path);
    QFETCH(bool, isPost);
    QFETCH(Query, query);
    QFETCH(QJsonObject, body);
    QFETCH(QString, expectedKey);
    // Writes change the world: each runs on its own server.
    std::unique_ptr<EmulatorServer> fresh = isPost ? startServer() : nullptr;
    EmulatorServer &server = fresh ? *fresh : *m_server;
    const Answer answer = isPost ? post(server, path, body) : get(server, path, query);
    QVERIFY(answer.finished);
    QCOMPARE(answer.httpStatus, 200);
    QCOMPARE(answer.message(), u"OK"_s);
    QCOMPARE(answer.code(), 0);
    QVERIFY(answer.json.value(u"request_id"_s).isString());
    if (expectedKey.isEmpty())
        QCOMPARE(answer.data(), QJsonObject());
    else
        QVERIFY2(answer.data().contains(expectedKey), qPrintable(json(answer.data())));
    if (answer.data().contains(u"page_info"_s)) {
        QStringList keys = answer.pageInfo().keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({u"page"_s, u"page_size"_s, u"total_number"_s, u"total_page"_s}));
    }
}

// ---- One documented error per endpoint ---------------------------------------------------------

void TestEmulatorAccess::documentedErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isPost");
    QTest::addColumn<Query>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("messageStart");

    const Picks &p = m_picks;
    const QString bc = p.adminBc;
    const auto getRow = [](const char *name, const QString &path, const Query &query, int code,
                           const QString &start) {
        QTest::newRow(name) << path << false << query << QJsonObject() << code << start;
    };
    const auto postRow = [](const char *name, const QString &path, const QJsonObject &body,
                            int code, const QString &start) {
        QTest::newRow(name) << path << true << Query() << body << code << start;
    };

    getRow("asset/get: asset_type enum", u"bc/asset/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_type"_s, u"advertiser"_s}}, 40002, u"asset_type:"_s);
    getRow("asset/get: user_id and user_email", u"bc/asset/get/"_s,
           {{u"bc_id"_s, bc},
            {u"asset_type"_s, u"ADVERTISER"_s},
            {u"filtering"_s,
             json(QJsonObject{{u"user_id"_s, p.otherMember}, {u"user_email"_s, u"a@b.c"_s}})}},
           40002, u"filtering.user_id:"_s);
    getRow("asset/admin/get: relation_type enum", u"bc/asset/admin/get/"_s,
           {{u"bc_id"_s, bc},
            {u"asset_type"_s, u"ADVERTISER"_s},
            {u"filtering"_s, json(QJsonObject{{u"relation_type"_s, u"OWNER"_s}})}},
           40002, u"filtering.relation_type:"_s);
    postRow("asset/assign: user_id missing", u"bc/asset/assign/"_s,
            {{u"bc_id"_s, bc}, {u"asset_type"_s, u"CATALOG"_s}, {u"asset_id"_s, p.catalogId}},
            40002, u"user_id:"_s);
    postRow("asset/assign: CATALOG without catalog_role", u"bc/asset/assign/"_s,
            {{u"bc_id"_s, bc},
             {u"user_id"_s, p.otherMember},
             {u"asset_type"_s, u"CATALOG"_s},
             {u"asset_id"_s, p.catalogId}},
            40002, u"catalog_role:"_s);
    postRow("asset/unassign: no such role", u"bc/asset/unassign/"_s,
            {{u"bc_id"_s, bc},
             {u"user_id"_s, p.otherMember},
             {u"asset_type"_s, u"CATALOG"_s},
             {u"asset_id"_s, u"1"_s}},
            40007, {});
    getRow("asset/partner/get: asset_id missing", u"bc/asset/partner/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}}, 40002, u"asset_id:"_s);
    getRow("asset/member/get: PIXEL not allowed", u"bc/asset/member/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_type"_s, u"PIXEL"_s}, {u"asset_id"_s, p.ownedAccount}},
           40002, u"asset_type:"_s);
    getRow("asset/member/get: keyword over 250", u"bc/asset/member/get/"_s,
           {{u"bc_id"_s, bc},
            {u"asset_type"_s, u"ADVERTISER"_s},
            {u"asset_id"_s, p.ownedAccount},
            {u"filtering"_s, json(QJsonObject{{u"keyword"_s, QString(251, u'x')}})}},
           40002, u"filtering.keyword:"_s);
    postRow("asset/admin/delete: empty asset_ids", u"bc/asset/admin/delete/"_s,
            {{u"bc_id"_s, bc}, {u"asset_type"_s, u"CATALOG"_s}, {u"asset_ids"_s, QJsonArray()}},
            40002, u"asset_ids:"_s);
    getRow("asset/bind/quota: asset_type missing", u"asset/bind/quota/"_s, {{u"bc_id"_s, bc}},
           40002, u"asset_type:"_s);
    postRow("asset_group/create: no members", u"bc/asset_group/create/"_s,
            {{u"bc_id"_s, bc},
             {u"asset_group_name"_s, u"G"_s},
             {u"assets"_s, QJsonArray{QJsonObject{{u"asset_id"_s, p.ownedAccount},
                                                  {u"asset_type"_s, u"ADVERTISER"_s}}}},
             {u"members"_s, QJsonArray()}},
            40002, u"members:"_s);
    getRow("asset_group/get: query_entity missing", u"bc/asset_group/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_group_id"_s, p.assetGroupId}}, 40002, u"query_entity:"_s);
    getRow("asset_group/get: unknown group", u"bc/asset_group/get/"_s,
           {{u"bc_id"_s, bc}, {u"asset_group_id"_s, u"1"_s}, {u"query_entity"_s, u"MEMBER"_s}},
           40007, {});
    postRow("asset_group/update: action missing", u"bc/asset_group/update/"_s,
            {{u"bc_id"_s, bc},
             {u"asset_group_id"_s, p.assetGroupId},
             {u"update_entity"_s, u"ASSET"_s}},
            40002, u"action:"_s);
    getRow("asset_group/list: filtering not JSON", u"bc/asset_group/list/"_s,
           {{u"bc_id"_s, bc}, {u"filtering"_s, u"keyword=x"_s}}, 40002, u"filtering:"_s);
    postRow("asset_group/delete: two ids", u"bc/asset_group/delete/"_s,
            {{u"bc_id"_s, bc}, {u"asset_group_ids"_s, QJsonArray{p.assetGroupId, u"1"_s}}}, 40002,
            u"asset_group_ids:"_s);
    getRow("member/get: relation_status enum", u"bc/member/get/"_s,
           {{u"bc_id"_s, bc},
            {u"filtering"_s, json(QJsonObject{{u"relation_status"_s, u"bound"_s}})}},
           40002, u"filtering.relation_status:"_s);
    QJsonArray tooMany;
    for (int i = 0; i < 51; ++i)
        tooMany.append(u"user%1@example.com"_s.arg(i));
    postRow("member/invite: 51 emails", u"bc/member/invite/"_s,
            {{u"bc_id"_s, bc}, {u"emails"_s, tooMany}}, 40002, u"emails:"_s);
    postRow("member/invite: no emails", u"bc/member/invite/"_s,
            {{u"bc_id"_s, bc}, {u"emails"_s, QJsonArray()}}, 40002, u"emails:"_s);
    postRow("member/update: user_name over 250", u"bc/member/update/"_s,
            {{u"bc_id"_s, bc}, {u"user_id"_s, p.otherMember}, {u"user_name"_s, QString(251, u'n')}},
            40002, u"user_name:"_s);
    postRow("member/delete: both user_id and user_email", u"bc/member/delete/"_s,
            {{u"bc_id"_s, bc}, {u"user_id"_s, p.otherMember}, {u"user_email"_s, p.pendingEmail}},
            40002, u"user_id:"_s);
    postRow("member/delete: unknown member", u"bc/member/delete/"_s,
            {{u"bc_id"_s, bc}, {u"user_id"_s, u"12345"_s}}, 40007, {});
    postRow("member/assign: users[0].source_child_bc_id missing", u"bc/member/assign/"_s,
            {{u"bc_id"_s, bc},
             {u"target_child_bc_id"_s, u"1"_s},
             {u"users"_s, QJsonArray{QJsonObject{{u"user_id"_s, p.otherMember}}}}},
            40002, u"users[0].source_child_bc_id:"_s);
    getRow("partner/get: page_size 51", u"bc/partner/get/"_s,
           {{u"bc_id"_s, bc}, {u"page_size"_s, u"51"_s}}, 40002, u"page_size:"_s);
    postRow("partner/add: 51 asset_ids", u"bc/partner/add/"_s,
            {{u"bc_id"_s, bc},
             {u"partner_id"_s, p.newPartnerId},
             {u"asset_ids"_s,
              [] {
                  QJsonArray a;
                  for (int i = 0; i < 51; ++i)
                      a.append(QString::number(100 + i));
                  return a;
              }()}},
            40002, u"asset_ids:"_s);
    postRow("partner/delete: partner_id missing", u"bc/partner/delete/"_s, {{u"bc_id"_s, bc}},
            40002, u"partner_id:"_s);
    postRow("partner/delete: not a partner", u"bc/partner/delete/"_s,
            {{u"bc_id"_s, bc}, {u"partner_id"_s, p.newPartnerId}}, 40007, {});
    getRow("partner/asset/get: share_type enum", u"bc/partner/asset/get/"_s,
           {{u"bc_id"_s, bc},
            {u"partner_id"_s, p.partnerId},
            {u"asset_type"_s, u"ADVERTISER"_s},
            {u"share_type"_s, u"BOTH"_s}},
           40002, u"share_type:"_s);
    getRow("partner/asset/get: PIXEL not allowed", u"bc/partner/asset/get/"_s,
           {{u"bc_id"_s, bc},
            {u"partner_id"_s, p.partnerId},
            {u"asset_type"_s, u"PIXEL"_s},
            {u"share_type"_s, u"SHARED"_s}},
           40002, u"asset_type:"_s);
    postRow("partner/asset/delete: asset_ids missing", u"bc/partner/asset/delete/"_s,
            {{u"bc_id"_s, bc}, {u"partner_id"_s, p.partnerId}, {u"asset_type"_s, u"ADVERTISER"_s}},
            40002, u"asset_ids:"_s);
    getRow("billing_group/get: status as text (Y: int64)", u"bc/billing_group/get/"_s,
           {{u"bc_id"_s, bc}, {u"filtering"_s, json(QJsonObject{{u"status"_s, u"VALID"_s}})}},
           40002, u"filtering.status:"_s);
    getRow("billing_group/get: name over 256", u"bc/billing_group/get/"_s,
           {{u"bc_id"_s, bc},
            {u"filtering"_s, json(QJsonObject{{u"billing_group_name"_s, QString(257, u'b')}})}},
           40002, u"filtering.billing_group_name:"_s);
    postRow("billing_group/create: name over 100", u"bc/billing_group/create/"_s,
            {{u"bc_id"_s, bc},
             {u"advertiser_ids"_s, QJsonArray{p.ownedAccount}},
             {u"billing_group_name"_s, QString(101, u'b')}},
            40002, u"billing_group_name:"_s);
    postRow("billing_group/create: 21 emails", u"bc/billing_group/create/"_s,
            {{u"bc_id"_s, bc},
             {u"advertiser_ids"_s, QJsonArray{p.ownedAccount}},
             {u"billing_group_name"_s, u"B"_s},
             {u"billing_group_emails"_s,
              [] {
                  QJsonArray a;
                  for (int i = 0; i < 21; ++i)
                      a.append(u"b%1@example.com"_s.arg(i));
                  return a;
              }()}},
            40002, u"billing_group_emails:"_s);
    postRow("billing_group/update: billing_group_id missing", u"bc/billing_group/update/"_s,
            {{u"bc_id"_s, bc}}, 40002, u"billing_group_id:"_s);
    getRow("billing_group/advertiser/list: unknown group", u"bc/billing_group/advertiser/list/"_s,
           {{u"bc_id"_s, bc}, {u"billing_group_id"_s, u"1"_s}}, 40007, {});
    getRow("pixel/get: page 0", u"bc/pixel/get/"_s, {{u"bc_id"_s, bc}, {u"page"_s, u"0"_s}}, 40002,
           u"page:"_s);
    getRow("pixel/link/get: pixel_code missing", u"bc/pixel/link/get/"_s, {{u"bc_id"_s, bc}}, 40002,
           u"pixel_code:"_s);
    postRow("pixel/link/update: relation_status enum", u"bc/pixel/link/update/"_s,
            {{u"bc_id"_s, bc},
             {u"pixel_code"_s, p.pixelCode},
             {u"advertiser_ids"_s, QJsonArray{p.ownedAccount}},
             {u"relation_status"_s, u"BIND"_s}},
            40002, u"relation_status:"_s);
    postRow("pixel/link/update: 101 advertisers", u"bc/pixel/link/update/"_s,
            {{u"bc_id"_s, bc},
             {u"pixel_code"_s, p.pixelCode},
             {u"advertiser_ids"_s,
              [] {
                  QJsonArray a;
                  for (int i = 0; i < 101; ++i)
                      a.append(QString::number(100 + i));
                  return a;
              }()},
             {u"relation_status"_s, u"LINK"_s}},
            40002, u"advertiser_ids:"_s);
    postRow("pixel/transfer: unknown pixel", u"bc/pixel/transfer/"_s,
            {{u"bc_id"_s, bc}, {u"pixel_code"_s, u"CNOSUCHPIXEL"_s}}, 40007, {});
}

void TestEmulatorAccess::documentedErrors()
{
    QFETCH(QString, path);
    QFETCH(bool, isPost);
    QFETCH(Query, query);
    QFETCH(QJsonObject, body);
    QFETCH(int, expectedCode);
    QFETCH(QString, messageStart);
    const Answer answer = isPost ? post(*m_server, path, body) : get(path, query);
    QVERIFY(answer.finished);
    QCOMPARE(answer.httpStatus, 200);
    QVERIFY2(answer.code() == expectedCode, qPrintable(json(answer.json)));
    QCOMPARE(answer.data(), QJsonObject());
    if (!messageStart.isEmpty())
        QVERIFY2(answer.message().startsWith(messageStart), qPrintable(answer.message()));
}

// ---- Pagination ---------------------------------------------------------------------------------

void TestEmulatorAccess::pagination_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Query>("query");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<Query>("emptyQuery"); // the same list filtered to nothing

    const Picks &p = m_picks;
    const QString bc = p.adminBc;
    const QString noMatch = json(QJsonObject{{u"keyword"_s, u"no-such-thing-zz"_s}});
    const auto row = [&](const char *name, const QString &path, const Query &query,
                         const QString &key, const Query &empty) {
        QTest::newRow(name) << path << query << key << empty;
    };
    const Query assets{{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}};
    row("asset/get", u"bc/asset/get/"_s, assets, u"list"_s,
        assets + Query{{u"filtering"_s, noMatch}});
    row("asset/admin/get", u"bc/asset/admin/get/"_s, assets, u"list"_s,
        assets + Query{{u"filtering"_s, noMatch}});
    const Query assetMembers{
            {u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}, {u"asset_id"_s, p.ownedAccount}};
    row("asset/member/get", u"bc/asset/member/get/"_s, assetMembers, u"list"_s,
        assetMembers + Query{{u"filtering"_s, noMatch}});
    row("member/get", u"bc/member/get/"_s, {{u"bc_id"_s, bc}}, u"list"_s,
        {{u"bc_id"_s, bc}, {u"filtering"_s, noMatch}});
    row("partner/get", u"bc/partner/get/"_s, {{u"bc_id"_s, bc}}, u"list"_s,
        {{u"bc_id"_s, bc},
         {u"filtering"_s, json(QJsonObject{{u"name"_s, u"no-such-thing-zz"_s}})}});
    const Query partnerAssets{{u"bc_id"_s, bc},
                              {u"partner_id"_s, p.partnerId},
                              {u"asset_type"_s, u"ADVERTISER"_s},
                              {u"share_type"_s, u"SHARING"_s}};
    row("partner/asset/get", u"bc/partner/asset/get/"_s, partnerAssets, u"list"_s,
        partnerAssets + Query{{u"filtering"_s, noMatch}});
    row("asset_group/list", u"bc/asset_group/list/"_s, {{u"bc_id"_s, bc}}, u"asset_groups"_s,
        {{u"bc_id"_s, bc}, {u"filtering"_s, noMatch}});
    const Query groupMembers{{u"bc_id"_s, bc},
                             {u"asset_group_id"_s, p.assetGroupId},
                             {u"query_entity"_s, u"ASSET"_s}};
    row("asset_group/get", u"bc/asset_group/get/"_s, groupMembers, u"asset_group.assets"_s,
        groupMembers + Query{{u"filtering"_s, noMatch}});
    row("billing_group/get", u"bc/billing_group/get/"_s, {{u"bc_id"_s, bc}}, u"list"_s,
        {{u"bc_id"_s, bc},
         {u"filtering"_s, json(QJsonObject{{u"billing_group_name"_s, u"no-such-thing-zz"_s}})}});
    row("billing_group/advertiser/list", u"bc/billing_group/advertiser/list/"_s,
        {{u"bc_id"_s, bc}, {u"billing_group_id"_s, p.primaryGroup}}, u"list"_s, {});
    row("pixel/get", u"bc/pixel/get/"_s, {{u"bc_id"_s, bc}}, u"pixels"_s, {});
    row("pixel/link/get", u"bc/pixel/link/get/"_s,
        {{u"bc_id"_s, bc}, {u"pixel_code"_s, p.pixelCode}}, u"list"_s, {});
    const Query assetPartners{{u"bc_id"_s, bc},
                              {u"asset_type"_s, u"ADVERTISER"_s},
                              {u"asset_id"_s, p.mostSharedAccount}};
    row("asset/partner/get", u"bc/asset/partner/get/"_s, assetPartners, u"list"_s,
        assetPartners + Query{{u"filtering"_s, noMatch}});
}

void TestEmulatorAccess::pagination()
{
    QFETCH(QString, path);
    QFETCH(Query, query);
    QFETCH(QString, listKey);
    QFETCH(Query, emptyQuery);

    // "asset_group.assets": the page lives inside the asset_group object.
    const auto listOf = [&](const Answer &answer) {
        if (listKey.contains(u'.')) {
            return answer.data()
                    .value(listKey.section(u'.', 0, 0))
                    .toObject()
                    .value(listKey.section(u'.', 1))
                    .toArray();
        }
        return answer.list(listKey);
    };

    const Answer all = get(path, query + Query{{u"page_size"_s, u"20"_s}});
    QVERIFY2(all.code() == 0, qPrintable(json(all.json)));
    const qint64 total = all.pageInfo().value(u"total_number"_s).toInteger();
    if (total < 2)
        QSKIP("the generated list is too short to split into pages");

    // A page size that leaves a partial last page (or 1 item per page for two items).
    qint64 pageSize = 1;
    for (qint64 k = 2; k < total; ++k) {
        if (total % k != 0) {
            pageSize = k;
            break;
        }
    }
    const qint64 totalPage = (total + pageSize - 1) / pageSize;
    const qint64 lastCount = total - (totalPage - 1) * pageSize;
    const Answer last = get(path, query
                                          + Query{{u"page"_s, QString::number(totalPage)},
                                                  {u"page_size"_s, QString::number(pageSize)}});
    QCOMPARE(last.code(), 0);
    QCOMPARE(listOf(last).size(), lastCount);
    QCOMPARE(last.pageInfo().value(u"page"_s).toInteger(), totalPage);
    QCOMPARE(last.pageInfo().value(u"page_size"_s).toInteger(), pageSize);
    QCOMPARE(last.pageInfo().value(u"total_number"_s).toInteger(), total);
    QCOMPARE(last.pageInfo().value(u"total_page"_s).toInteger(), totalPage);

    const Answer past = get(path, query
                                          + Query{{u"page"_s, QString::number(totalPage + 1)},
                                                  {u"page_size"_s, QString::number(pageSize)}});
    QCOMPARE(past.code(), 0);
    QVERIFY(listOf(past).isEmpty());
    QCOMPARE(past.pageInfo().value(u"total_number"_s).toInteger(), total);
    QCOMPARE(past.pageInfo().value(u"total_page"_s).toInteger(), totalPage);

    if (!emptyQuery.isEmpty()) {
        const Answer empty = get(path, emptyQuery);
        QCOMPARE(empty.code(), 0);
        QVERIFY(listOf(empty).isEmpty());
        QCOMPARE(empty.pageInfo().value(u"total_number"_s).toInteger(), 0);
        QCOMPARE(empty.pageInfo().value(u"total_page"_s).toInteger(), 0);
    }
}

void TestEmulatorAccess::pageSizeMaxima_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("maximum");
    const Picks &p = m_picks;
    const QString bc = p.adminBc;
    QTest::newRow("member/get 20") << u"bc/member/get/"_s << Query{{u"bc_id"_s, bc}} << 20;
    QTest::newRow("asset/member/get 20") << u"bc/asset/member/get/"_s
                                         << Query{{u"bc_id"_s, bc},
                                                  {u"asset_type"_s, u"ADVERTISER"_s},
                                                  {u"asset_id"_s, p.ownedAccount}}
                                         << 20;
    QTest::newRow("asset/get 50") << u"bc/asset/get/"_s
                                  << Query{{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}}
                                  << 50;
    QTest::newRow("billing_group/get 50")
            << u"bc/billing_group/get/"_s << Query{{u"bc_id"_s, bc}} << 50;
    QTest::newRow("pixel/get 50 (assumed)") << u"bc/pixel/get/"_s << Query{{u"bc_id"_s, bc}} << 50;
    QTest::newRow("asset_group/list 50 (assumed)")
            << u"bc/asset_group/list/"_s << Query{{u"bc_id"_s, bc}} << 50;
}

void TestEmulatorAccess::pageSizeMaxima()
{
    QFETCH(QString, path);
    QFETCH(Query, query);
    QFETCH(int, maximum);
    QCOMPARE(get(path, query + Query{{u"page_size"_s, QString::number(maximum)}}).code(), 0);
    const Answer over = get(path, query + Query{{u"page_size"_s, QString::number(maximum + 1)}});
    QCOMPARE(over.code(), 40002);
    QVERIFY(over.message().startsWith(u"page_size: must be an integer between 1 and "_s
                                      + QString::number(maximum)));
}

// ---- Permissions --------------------------------------------------------------------------------

void TestEmulatorAccess::permissions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isPost");
    QTest::addColumn<Query>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("messagePart");

    const Picks &p = m_picks;
    const QString unknownBc = u"7000000000000000009"_s;
    const auto getRow = [](const char *name, const QString &path, const Query &query,
                           const QString &part) {
        QTest::newRow(name) << path << false << query << QJsonObject() << part;
    };
    const auto postRow = [](const char *name, const QString &path, const QJsonObject &body,
                            const QString &part) {
        QTest::newRow(name) << path << true << Query() << body << part;
    };
    getRow("unknown bc: member/get", u"bc/member/get/"_s, {{u"bc_id"_s, unknownBc}},
           u"No permission to operate Business Center: "_s + unknownBc);
    getRow("unknown bc: asset/get", u"bc/asset/get/"_s,
           {{u"bc_id"_s, unknownBc}, {u"asset_type"_s, u"ADVERTISER"_s}},
           u"No permission to operate Business Center: "_s + unknownBc);
    getRow("unknown bc: bind quota", u"asset/bind/quota/"_s,
           {{u"bc_id"_s, unknownBc}, {u"asset_type"_s, u"ADVERTISER"_s}},
           u"No permission to operate Business Center: "_s + unknownBc);
    postRow("unknown bc: member/invite", u"bc/member/invite/"_s,
            {{u"bc_id"_s, unknownBc}, {u"emails"_s, QJsonArray{u"x@example.com"_s}}},
            u"No permission to operate Business Center: "_s + unknownBc);
    const QString std = p.standardBc;
    postRow("standard: member/invite", u"bc/member/invite/"_s,
            {{u"bc_id"_s, std}, {u"emails"_s, QJsonArray{u"x@example.com"_s}}}, u"admin"_s);
    postRow("standard: member/delete", u"bc/member/delete/"_s,
            {{u"bc_id"_s, std}, {u"user_email"_s, u"x@example.com"_s}}, u"admin"_s);
    postRow("standard: asset/assign", u"bc/asset/assign/"_s,
            {{u"bc_id"_s, std},
             {u"user_id"_s, u"1"_s},
             {u"asset_type"_s, u"ADVERTISER"_s},
             {u"asset_id"_s, u"1"_s},
             {u"advertiser_role"_s, u"ANALYST"_s}},
            u"admin"_s);
    getRow("standard: asset/admin/get", u"bc/asset/admin/get/"_s,
           {{u"bc_id"_s, std}, {u"asset_type"_s, u"ADVERTISER"_s}}, u"admin"_s);
    postRow("standard: partner/add", u"bc/partner/add/"_s,
            {{u"bc_id"_s, std}, {u"partner_id"_s, p.newPartnerId}}, u"admin"_s);
    postRow("standard: asset_group/delete", u"bc/asset_group/delete/"_s,
            {{u"bc_id"_s, std}, {u"asset_group_ids"_s, QJsonArray{u"1"_s}}}, u"admin"_s);
    postRow("standard: pixel/transfer", u"bc/pixel/transfer/"_s,
            {{u"bc_id"_s, std}, {u"pixel_code"_s, u"C1"_s}}, u"admin"_s);
    postRow("standard: billing_group/create", u"bc/billing_group/create/"_s,
            {{u"bc_id"_s, std},
             {u"advertiser_ids"_s, QJsonArray{u"1"_s}},
             {u"billing_group_name"_s, u"B"_s}},
            u"admin"_s);
    getRow("standard: other member's assets", u"bc/asset/get/"_s,
           {{u"bc_id"_s, std},
            {u"asset_type"_s, u"ADVERTISER"_s},
            {u"filtering"_s, json(QJsonObject{{u"user_email"_s, u"nobody@example.invalid"_s}})}},
           {});
    const QString noFinance = p.noFinanceBc;
    getRow("no finance role: billing_group/get", u"bc/billing_group/get/"_s,
           {{u"bc_id"_s, noFinance}}, u"finance role"_s);
    getRow("no finance role: billing_group/advertiser/list", u"bc/billing_group/advertiser/list/"_s,
           {{u"bc_id"_s, noFinance}, {u"billing_group_id"_s, u"1"_s}}, u"finance role"_s);
    postRow("admin without finance: billing_group/update", u"bc/billing_group/update/"_s,
            {{u"bc_id"_s, noFinance}, {u"billing_group_id"_s, u"1"_s}}, u"Finance Manager"_s);
    if (!p.managerOnlyBc.isEmpty()) {
        postRow("finance manager, not admin: billing_group/update", u"bc/billing_group/update/"_s,
                {{u"bc_id"_s, p.managerOnlyBc}, {u"billing_group_id"_s, u"1"_s}}, u"admin"_s);
    }
}

void TestEmulatorAccess::permissions()
{
    QFETCH(QString, path);
    QFETCH(bool, isPost);
    QFETCH(Query, query);
    QFETCH(QJsonObject, body);
    QFETCH(QString, messagePart);
    const Answer answer = isPost ? post(*m_server, path, body) : get(path, query);
    QVERIFY2(answer.code() == 40001, qPrintable(json(answer.json)));
    QVERIFY2(answer.message().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(answer.message()));
}

// ---- Encoding -----------------------------------------------------------------------------------

void TestEmulatorAccess::encoding_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isPost");
    QTest::addColumn<QString>("queryOrBody");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("messageStart");
    const QString bc = m_picks.adminBc;
    QTest::newRow("GET filtering not JSON")
            << u"bc/partner/get/"_s << false << u"bc_id=%1&filtering=%7B"_s.arg(bc) << QByteArray()
            << u"filtering: must be a JSON object (URL-encoded JSON text)."_s;
    QTest::newRow("GET filtering as an array")
            << u"bc/member/get/"_s << false << u"bc_id=%1&filtering=%5B%5D"_s.arg(bc)
            << QByteArray() << u"filtering: must be a JSON object"_s;
    QTest::newRow("GET bc_id not digits")
            << u"bc/member/get/"_s << false << u"bc_id=abc"_s << QByteArray() << u"bc_id:"_s;
    QTest::newRow("POST body is an array")
            << u"bc/member/invite/"_s << true << u"[]"_s << QByteArray("application/json")
            << u"body: must be a JSON object."_s;
    QTest::newRow("POST body is not JSON")
            << u"bc/partner/delete/"_s << true << u"bc_id=1"_s << QByteArray("application/json")
            << u"body: must be a JSON object."_s;
    QTest::newRow("POST form-encoded")
            << u"bc/partner/delete/"_s << true << u"bc_id=1&partner_id=2"_s
            << QByteArray("application/x-www-form-urlencoded") << u"Content-Type:"_s;
    QTest::newRow("POST ids as a text list")
            << u"bc/asset/admin/delete/"_s << true
            << u"{\"bc_id\":\"%1\",\"asset_type\":\"CATALOG\",\"asset_ids\":\"[1]\"}"_s.arg(bc)
            << QByteArray("application/json") << u"asset_ids: must be a JSON array."_s;
}

void TestEmulatorAccess::encoding()
{
    QFETCH(QString, path);
    QFETCH(bool, isPost);
    QFETCH(QString, queryOrBody);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, messageStart);
    Answer answer;
    if (isPost) {
        answer = post(*m_server, path, queryOrBody.toUtf8(), contentType);
    } else {
        // Sent as written (already encoded).
        QUrl url = m_server->baseUrl().resolved(QUrl(u"v1.3/"_s + path));
        url.setQuery(queryOrBody, QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Access-Token", validToken.toUtf8());
        std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
                m_network.get(request), [](QNetworkReply *r) { r->deleteLater(); });
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    }
    QVERIFY2(answer.code() == 40002, qPrintable(json(answer.json)));
    QVERIFY2(answer.message().startsWith(messageStart), qPrintable(answer.message()));
}

void TestEmulatorAccess::roughEdges()
{
    const QString bc = m_picks.adminBc;
    // Some ids as JSON numbers, every row with a field no spec names.
    const Answer accounts =
            get(u"bc/asset/admin/get/"_s,
                {{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}, {u"page_size"_s, u"50"_s}});
    QCOMPARE(accounts.code(), 0);
    bool sawNumber = false;
    bool sawString = false;
    for (const QJsonValue &item : accounts.list()) {
        const QJsonObject row = item.toObject();
        sawNumber = sawNumber || row.value(u"asset_id"_s).isDouble();
        sawString = sawString || row.value(u"asset_id"_s).isString();
        QVERIFY(row.contains(u"ext_info"_s));
        // Non-applicable role fields are null on this endpoint.
        QVERIFY(row.value(u"catalog_role"_s).isNull());
        QCOMPARE(row.value(u"asset_type"_s).toString(), u"ADVERTISER"_s);
    }
    QVERIFY(sawString);
    QVERIFY2(sawNumber, "no asset_id arrived as a JSON number");
    for (const QJsonValue &item : accounts.list()) {
        const QJsonValue id = item.toObject().value(u"asset_id"_s);
        if (id.isDouble())
            QVERIFY(m_server->world().findAdAccount(bc, idText(id))); // all 19 digits kept
    }

    // Pending invitees have no user id: null on /bc/member/get/, which keeps nulls.
    const Answer pending =
            get(u"bc/member/get/"_s,
                {{u"bc_id"_s, bc},
                 {u"filtering"_s, json(QJsonObject{{u"relation_status"_s, u"PENDING"_s}})}});
    QCOMPARE(pending.code(), 0);
    QVERIFY(!pending.list().isEmpty());
    for (const QJsonValue &item : pending.list()) {
        QVERIFY(item.toObject().value(u"user_id"_s).isNull());
        QCOMPARE(item.toObject().value(u"relation_status"_s).toString(), u"PENDING"_s);
    }

    // Asset groups drop nulls (pop_resp_nullvalue).
    const Answer groups = get(u"bc/asset_group/list/"_s, {{u"bc_id"_s, bc}});
    QCOMPARE(groups.code(), 0);
    QVERIFY(!containsNull(groups.data()));
    const Answer group = get(u"bc/asset_group/get/"_s, {{u"bc_id"_s, bc},
                                                        {u"asset_group_id"_s, m_picks.assetGroupId},
                                                        {u"query_entity"_s, u"MEMBER"_s}});
    QCOMPARE(group.code(), 0);
    QVERIFY(!containsNull(group.data()));
    const QJsonObject assetGroup = group.data().value(u"asset_group"_s).toObject();
    QVERIFY(assetGroup.contains(u"members"_s));
    QVERIFY(!assetGroup.contains(u"assets"_s));

    // Bind quota keeps total = used + available.
    const Answer quota =
            get(u"asset/bind/quota/"_s, {{u"bc_id"_s, bc}, {u"asset_type"_s, u"ADVERTISER"_s}});
    QCOMPARE(quota.code(), 0);
    QCOMPARE(quota.data().value(u"total_quota"_s).toInteger(),
             quota.data().value(u"used_quota"_s).toInteger()
                     + quota.data().value(u"available_quota"_s).toInteger());
    QCOMPARE(quota.data().value(u"used_quota"_s).toInteger(),
             m_server->world().findBusinessCenter(bc)->adAccounts.size());
}

// ---- Writes, read back --------------------------------------------------------------------------

void TestEmulatorAccess::memberInviteUpdateDelete()
{
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const auto members = [&](const QJsonObject &filtering) {
        return get(
                *server, u"bc/member/get/"_s,
                {{u"bc_id"_s, bc}, {u"page_size"_s, u"20"_s}, {u"filtering"_s, json(filtering)}});
    };

    // Invite: new addresses become PENDING; one already invited is ignored.
    const Answer invite = post(
            *server, u"bc/member/invite/"_s,
            QJsonObject{{u"bc_id"_s, bc},
                        {u"emails"_s, QJsonArray{u"new.one@example.com"_s, m_picks.pendingEmail}},
                        {u"user_role"_s, u"ADMIN"_s},
                        {u"ext_user_role"_s, QJsonObject{{u"finance_role"_s, u"ANALYST"_s}}}});
    QVERIFY2(invite.code() == 0, qPrintable(json(invite.json)));
    const Answer invited = members({{u"keyword"_s, u"new.one@example.com"_s}});
    QCOMPARE(invited.list().size(), 1);
    const QJsonObject row = invited.list().first().toObject();
    QCOMPARE(row.value(u"relation_status"_s).toString(), u"PENDING"_s);
    QCOMPARE(row.value(u"user_role"_s).toString(), u"ADMIN"_s);
    QCOMPARE(row.value(u"ext_user_role"_s).toObject().value(u"finance_role"_s).toString(),
             u"ANALYST"_s);
    QCOMPARE(members({{u"keyword"_s, m_picks.pendingEmail}}).list().size(), 1);

    // Update a member's name and roles.
    const Answer update =
            post(*server, u"bc/member/update/"_s,
                 QJsonObject{{u"bc_id"_s, bc},
                             {u"user_id"_s, m_picks.otherMember},
                             {u"user_name"_s, u"Zed Renamed"_s},
                             {u"user_role"_s, u"ADMIN"_s},
                             {u"ext_user_role"_s, QJsonObject{{u"finance_role"_s, u"MANAGER"_s}}}});
    QVERIFY2(update.code() == 0, qPrintable(json(update.json)));
    const Answer updated = members({{u"keyword"_s, u"Zed Renamed"_s}});
    QCOMPARE(updated.list().size(), 1);
    QCOMPARE(idText(updated.list().first().toObject().value(u"user_id"_s)), m_picks.otherMember);
    QCOMPARE(updated.list().first().toObject().value(u"user_role"_s).toString(), u"ADMIN"_s);
    QCOMPARE(updated.list()
                     .first()
                     .toObject()
                     .value(u"ext_user_role"_s)
                     .toObject()
                     .value(u"finance_role"_s)
                     .toString(),
             u"MANAGER"_s);

    // Delete: the invitation by email, the member by user id.
    QCOMPARE(post(*server, u"bc/member/delete/"_s,
                  QJsonObject{{u"bc_id"_s, bc}, {u"user_email"_s, u"new.one@example.com"_s}})
                     .code(),
             0);
    QCOMPARE(members({{u"keyword"_s, u"new.one@example.com"_s}}).list().size(), 0);
    QCOMPARE(post(*server, u"bc/member/delete/"_s,
                  QJsonObject{{u"bc_id"_s, bc}, {u"user_id"_s, m_picks.otherMember}})
                     .code(),
             0);
    QCOMPARE(members({{u"keyword"_s, u"Zed Renamed"_s}}).list().size(), 0);
    // Deleting again: the member is gone.
    QCOMPARE(post(*server, u"bc/member/delete/"_s,
                  QJsonObject{{u"bc_id"_s, bc}, {u"user_id"_s, m_picks.otherMember}})
                     .code(),
             40007);
}

void TestEmulatorAccess::memberAssign()
{
    if (m_picks.childBc.isEmpty())
        QSKIP("the demo BC has no bound child BC in this world");
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const Answer assign = post(
            *server, u"bc/member/assign/"_s,
            QJsonObject{{u"bc_id"_s, bc},
                        {u"target_child_bc_id"_s, m_picks.childBc},
                        {u"users"_s, QJsonArray{QJsonObject{{u"user_id"_s, m_picks.otherMember},
                                                            {u"source_child_bc_id"_s, bc},
                                                            {u"user_role"_s, u"ADMIN"_s}}}}});
    QVERIFY2(assign.code() == 0, qPrintable(json(assign.json)));
    const Answer child = get(*server, u"bc/member/get/"_s,
                             {{u"bc_id"_s, bc},
                              {u"child_bc_id"_s, m_picks.childBc},
                              {u"page_size"_s, u"20"_s},
                              {u"filtering"_s, json(QJsonObject{{u"user_role"_s, u"ADMIN"_s}})}});
    QCOMPARE(child.code(), 0);
    QVERIFY(ids(child.list(), u"user_id"_s).contains(m_picks.otherMember));
    // An unknown child: 40007.
    QCOMPARE(get(*server, u"bc/member/get/"_s, {{u"bc_id"_s, bc}, {u"child_bc_id"_s, u"42"_s}})
                     .code(),
             40007);
}

void TestEmulatorAccess::assetAssignUnassign()
{
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const auto catalogMembers = [&] {
        const Answer answer =
                get(*server, u"bc/asset/member/get/"_s,
                    {{u"bc_id"_s, bc},
                     {u"asset_type"_s, u"CATALOG"_s},
                     {u"asset_id"_s, m_picks.catalogId},
                     {u"filtering"_s, json(QJsonObject{{u"keyword"_s, m_picks.otherMember}})}});
        QJsonObject byId;
        const QJsonArray list = answer.list();
        for (const QJsonValue &item : list)
            byId.insert(idText(item.toObject().value(u"user_id"_s)), item);
        return byId;
    };
    // Start from "no role", whatever was generated (40007 when there was none).
    post(*server, u"bc/asset/unassign/"_s,
         QJsonObject{{u"bc_id"_s, bc},
                     {u"user_id"_s, m_picks.otherMember},
                     {u"asset_type"_s, u"CATALOG"_s},
                     {u"asset_id"_s, m_picks.catalogId}});
    QVERIFY(!catalogMembers().contains(m_picks.otherMember));

    const Answer assign = post(*server, u"bc/asset/assign/"_s,
                               QJsonObject{{u"bc_id"_s, bc},
                                           {u"user_id"_s, m_picks.otherMember},
                                           {u"asset_type"_s, u"CATALOG"_s},
                                           {u"asset_id"_s, m_picks.catalogId},
                                           {u"catalog_role"_s, u"AD_PROMOTE"_s}});
    QVERIFY2(assign.code() == 0, qPrintable(json(assign.json)));
    const QJsonObject row = catalogMembers().value(m_picks.otherMember).toObject();
    QCOMPARE(row.value(u"catalog_role"_s).toString(), u"AD_PROMOTE"_s);
    QVERIFY(row.value(u"advertiser_role"_s).isNull());

    // The member's own asset list (admin asking with filtering.user_id) shows it too.
    const Answer theirs =
            get(*server, u"bc/asset/get/"_s,
                {{u"bc_id"_s, bc},
                 {u"asset_type"_s, u"CATALOG"_s},
                 {u"page_size"_s, u"50"_s},
                 {u"filtering"_s, json(QJsonObject{{u"user_id"_s, m_picks.otherMember}})}});
    QCOMPARE(theirs.code(), 0);
    QVERIFY(ids(theirs.list(), u"asset_id"_s).contains(m_picks.catalogId));

    QCOMPARE(post(*server, u"bc/asset/unassign/"_s,
                  QJsonObject{{u"bc_id"_s, bc},
                              {u"user_id"_s, m_picks.otherMember},
                              {u"asset_type"_s, u"CATALOG"_s},
                              {u"asset_id"_s, m_picks.catalogId}})
                     .code(),
             0);
    QVERIFY(!catalogMembers().contains(m_picks.otherMember));
}

void TestEmulatorAccess::assetAdminDelete()
{
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const auto catalogs = [&] {
        return ids(
                get(*server, u"bc/asset/admin/get/"_s,
                    {{u"bc_id"_s, bc}, {u"asset_type"_s, u"CATALOG"_s}, {u"page_size"_s, u"50"_s}})
                        .list(),
                u"asset_id"_s);
    };
    QVERIFY(catalogs().contains(m_picks.catalogId));
    const Answer removed = post(*server, u"bc/asset/admin/delete/"_s,
                                QJsonObject{{u"bc_id"_s, bc},
                                            {u"asset_type"_s, u"CATALOG"_s},
                                            {u"asset_ids"_s, QJsonArray{m_picks.catalogId}}});
    QVERIFY2(removed.code() == 0, qPrintable(json(removed.json)));
    QVERIFY(!catalogs().contains(m_picks.catalogId));
    // Gone: deleting it again is 40007.
    QCOMPARE(post(*server, u"bc/asset/admin/delete/"_s,
                  QJsonObject{{u"bc_id"_s, bc},
                              {u"asset_type"_s, u"CATALOG"_s},
                              {u"asset_ids"_s, QJsonArray{m_picks.catalogId}}})
                     .code(),
             40007);
}

void TestEmulatorAccess::partnerAddShareDelete()
{
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const QString partner = m_picks.newPartnerId;
    const auto partners = [&] {
        return ids(get(*server, u"bc/partner/get/"_s, {{u"bc_id"_s, bc}, {u"page_size"_s, u"50"_s}})
                           .list(),
                   u"bc_id"_s);
    };
    const auto sharing = [&] {
        return get(*server, u"bc/partner/asset/get/"_s,
                   {{u"bc_id"_s, bc},
                    {u"partner_id"_s, partner},
                    {u"asset_type"_s, u"ADVERTISER"_s},
                    {u"share_type"_s, u"SHARING"_s}});
    };
    QVERIFY(!partners().contains(partner));
    const Answer add = post(*server, u"bc/partner/add/"_s,
                            QJsonObject{{u"bc_id"_s, bc},
                                        {u"partner_id"_s, partner},
                                        {u"asset_ids"_s, QJsonArray{m_picks.ownedAccount}},
                                        {u"advertiser_role"_s, u"OPERATOR"_s}});
    QVERIFY2(add.code() == 0, qPrintable(json(add.json)));
    QVERIFY(partners().contains(partner));
    const Answer shared = sharing();
    QCOMPARE(shared.code(), 0);
    QCOMPARE(ids(shared.list(), u"asset_id"_s), QStringList{m_picks.ownedAccount});
    QCOMPARE(shared.list().first().toObject().value(u"advertiser_role"_s).toString(),
             u"OPERATOR"_s);
    // The asset's partner list names the new partner.
    QVERIFY(ids(get(*server, u"bc/asset/partner/get/"_s,
                    {{u"bc_id"_s, bc},
                     {u"asset_type"_s, u"ADVERTISER"_s},
                     {u"asset_id"_s, m_picks.ownedAccount},
                     {u"page_size"_s, u"50"_s}})
                        .list(),
                u"bc_id"_s)
                    .contains(partner));

    QCOMPARE(post(*server, u"bc/partner/asset/delete/"_s,
                  QJsonObject{{u"bc_id"_s, bc},
                              {u"partner_id"_s, partner},
                              {u"asset_type"_s, u"ADVERTISER"_s},
                              {u"asset_ids"_s, QJsonArray{m_picks.ownedAccount}}})
                     .code(),
             0);
    QCOMPARE(sharing().list().size(), 0);

    QCOMPARE(post(*server, u"bc/partner/delete/"_s,
                  QJsonObject{{u"bc_id"_s, bc}, {u"partner_id"_s, partner}})
                     .code(),
             0);
    QVERIFY(!partners().contains(partner));
    QCOMPARE(sharing().code(), 40007);
}

void TestEmulatorAccess::assetGroupLifecycle()
{
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const Answer created = post(
            *server, u"bc/asset_group/create/"_s,
            QJsonObject{{u"bc_id"_s, bc},
                        {u"asset_group_name"_s, u"Launch team"_s},
                        {u"assets"_s, QJsonArray{QJsonObject{{u"asset_id"_s, m_picks.ownedAccount},
                                                             {u"asset_type"_s, u"ADVERTISER"_s}}}},
                        {u"members"_s,
                         QJsonArray{QJsonObject{{u"member_id"_s, m_picks.otherMember},
                                                {u"asset_roles"_s,
                                                 QJsonObject{{u"ADVERTISER"_s,
                                                              u"ADVERTISER_ROLE_OPERATOR"_s}}}}}}});
    QVERIFY2(created.code() == 0, qPrintable(json(created.json)));
    const QString groupId = created.data().value(u"asset_group_id"_s).toString();
    QVERIFY(!groupId.isEmpty());

    const auto groupPart = [&](const QString &entity) {
        return get(*server, u"bc/asset_group/get/"_s,
                   {{u"bc_id"_s, bc}, {u"asset_group_id"_s, groupId}, {u"query_entity"_s, entity}})
                .data()
                .value(u"asset_group"_s)
                .toObject();
    };
    QCOMPARE(groupPart(u"ASSET"_s).value(u"asset_group_name"_s).toString(), u"Launch team"_s);
    QCOMPARE(ids(groupPart(u"ASSET"_s).value(u"assets"_s).toArray(), u"asset_id"_s),
             QStringList{m_picks.ownedAccount});
    const QJsonArray members = groupPart(u"MEMBER"_s).value(u"members"_s).toArray();
    QCOMPARE(ids(members, u"member_id"_s), QStringList{m_picks.otherMember});
    QCOMPARE(members.first()
                     .toObject()
                     .value(u"asset_roles"_s)
                     .toObject()
                     .value(u"ADVERTISER"_s)
                     .toString(),
             u"ADVERTISER_ROLE_OPERATOR"_s);
    // The member now has the role on the ad account through the group.
    const Answer accountMembers =
            get(*server, u"bc/asset/member/get/"_s,
                {{u"bc_id"_s, bc},
                 {u"asset_type"_s, u"ADVERTISER"_s},
                 {u"asset_id"_s, m_picks.ownedAccount},
                 {u"page_size"_s, u"20"_s},
                 {u"filtering"_s, json(QJsonObject{{u"keyword"_s, m_picks.otherMember}})}});
    QCOMPARE(accountMembers.list().size(), 1);

    QCOMPARE(post(*server, u"bc/asset_group/update/"_s,
                  QJsonObject{{u"bc_id"_s, bc},
                              {u"asset_group_id"_s, groupId},
                              {u"update_entity"_s, u"NAME"_s},
                              {u"asset_group_name"_s, u"Renamed team"_s}})
                     .code(),
             0);
    QCOMPARE(groupPart(u"ASSET"_s).value(u"asset_group_name"_s).toString(), u"Renamed team"_s);
    QCOMPARE(post(*server, u"bc/asset_group/update/"_s,
                  QJsonObject{{u"bc_id"_s, bc},
                              {u"asset_group_id"_s, groupId},
                              {u"update_entity"_s, u"MEMBER"_s},
                              {u"action"_s, u"DELETE"_s},
                              {u"members"_s,
                               QJsonArray{QJsonObject{{u"member_id"_s, m_picks.otherMember}}}}})
                     .code(),
             0);
    QVERIFY(groupPart(u"MEMBER"_s).value(u"members"_s).toArray().isEmpty());

    const auto listed = [&] {
        return ids(get(*server, u"bc/asset_group/list/"_s,
                       {{u"bc_id"_s, bc}, {u"page_size"_s, u"50"_s}})
                           .list(u"asset_groups"_s),
                   u"asset_group_id"_s);
    };
    QVERIFY(listed().contains(groupId));
    QCOMPARE(post(*server, u"bc/asset_group/delete/"_s,
                  QJsonObject{{u"bc_id"_s, bc}, {u"asset_group_ids"_s, QJsonArray{groupId}}})
                     .code(),
             0);
    QVERIFY(!listed().contains(groupId));
}

void TestEmulatorAccess::billingGroupCreateUpdate()
{
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const Answer created =
            post(*server, u"bc/billing_group/create/"_s,
                 QJsonObject{{u"bc_id"_s, bc},
                             {u"advertiser_ids"_s, QJsonArray{m_picks.ownedAccount}},
                             {u"billing_group_name"_s, u"Retail EU"_s},
                             {u"billing_group_emails"_s, QJsonArray{u"ap@example.com"_s}}});
    QVERIFY2(created.code() == 0, qPrintable(json(created.json)));
    const QString groupId = created.data().value(u"billing_group_id"_s).toString();
    QVERIFY(!groupId.isEmpty());

    const auto group = [&] {
        const Answer answer =
                get(*server, u"bc/billing_group/get/"_s,
                    {{u"bc_id"_s, bc},
                     {u"filtering"_s, json(QJsonObject{{u"billing_group_id"_s, groupId}})}});
        return answer.list().first().toObject();
    };
    QCOMPARE(group().value(u"billing_group_name"_s).toString(), u"Retail EU"_s);
    QCOMPARE(group().value(u"billing_group_type"_s).toString(), u"AUCTION"_s);
    QCOMPARE(group().value(u"is_primary"_s).toBool(), false);
    QCOMPARE(group().value(u"billing_group_emails"_s).toArray(), QJsonArray{u"ap@example.com"_s});
    QCOMPARE(ids(group().value(u"advertisers"_s).toArray(), u"advertiser_id"_s),
             QStringList{m_picks.ownedAccount});
    // The account left the primary group.
    const Answer primary = get(*server, u"bc/billing_group/advertiser/list/"_s,
                               {{u"bc_id"_s, bc},
                                {u"billing_group_id"_s, m_picks.primaryGroup},
                                {u"page_size"_s, u"50"_s}});
    QCOMPARE(primary.code(), 0);
    QVERIFY(!ids(primary.list(), u"advertiser_id"_s).contains(m_picks.ownedAccount));

    const Answer update =
            post(*server, u"bc/billing_group/update/"_s,
                 QJsonObject{{u"bc_id"_s, bc},
                             {u"billing_group_id"_s, groupId},
                             {u"new_billing_group_name"_s, u"Retail Europe"_s},
                             {u"delete_advertiser_ids"_s, QJsonArray{m_picks.ownedAccount}}});
    QVERIFY2(update.code() == 0, qPrintable(json(update.json)));
    QCOMPARE(group().value(u"billing_group_name"_s).toString(), u"Retail Europe"_s);
    const Answer emptied = get(*server, u"bc/billing_group/advertiser/list/"_s,
                               {{u"bc_id"_s, bc}, {u"billing_group_id"_s, groupId}});
    QCOMPARE(emptied.code(), 0);
    QVERIFY(emptied.list().isEmpty());
    QCOMPARE(emptied.pageInfo().value(u"total_number"_s).toInteger(), 0);
    // status filter, Y's int64: 1 = VALID.
    const Answer valid =
            get(*server, u"bc/billing_group/get/"_s,
                {{u"bc_id"_s, bc}, {u"filtering"_s, json(QJsonObject{{u"status"_s, 1}})}});
    QCOMPARE(valid.code(), 0);
    for (const QJsonValue &item : valid.list())
        QCOMPARE(item.toObject().value(u"status"_s).toString(), u"VALID"_s);
}

void TestEmulatorAccess::pixelLinkAndTransfer()
{
    std::unique_ptr<EmulatorServer> server = startServer();
    QVERIFY(server);
    const QString bc = m_picks.adminBc;
    const auto linked = [&] {
        return ids(get(*server, u"bc/pixel/link/get/"_s,
                       {{u"bc_id"_s, bc},
                        {u"pixel_code"_s, m_picks.pixelCode},
                        {u"page_size"_s, u"50"_s}})
                           .list(),
                   u"advertiser_id"_s);
    };
    const auto link = [&](const QString &status) {
        return post(*server, u"bc/pixel/link/update/"_s,
                    QJsonObject{{u"bc_id"_s, bc},
                                {u"pixel_code"_s, m_picks.pixelCode},
                                {u"advertiser_ids"_s, QJsonArray{m_picks.ownedAccount}},
                                {u"relation_status"_s, status}})
                .code();
    };
    QCOMPARE(link(u"UNLINK"_s), 0);
    QVERIFY(!linked().contains(m_picks.ownedAccount));
    QCOMPARE(link(u"LINK"_s), 0);
    QVERIFY(linked().contains(m_picks.ownedAccount));

    const auto pixelCodes = [&] {
        QStringList codes;
        const QJsonArray pixels =
                get(*server, u"bc/pixel/get/"_s, {{u"bc_id"_s, bc}, {u"page_size"_s, u"50"_s}})
                        .list(u"pixels"_s);
        for (const QJsonValue &pixel : pixels)
            codes.append(pixel.toObject().value(u"pixel_code"_s).toString());
        return codes;
    };
    QVERIFY(!pixelCodes().contains(m_picks.accountPixelCode));
    const Answer transfer =
            post(*server, u"bc/pixel/transfer/"_s,
                 QJsonObject{{u"bc_id"_s, bc}, {u"pixel_code"_s, m_picks.accountPixelCode}});
    QVERIFY2(transfer.code() == 0, qPrintable(json(transfer.json)));
    QVERIFY(!transfer.data().value(u"asset_id"_s).toString().isEmpty());
    QVERIFY(pixelCodes().contains(m_picks.accountPixelCode));
    // Twice: it already belongs to the BC.
    QCOMPARE(post(*server, u"bc/pixel/transfer/"_s,
                  QJsonObject{{u"bc_id"_s, bc}, {u"pixel_code"_s, m_picks.accountPixelCode}})
                     .code(),
             40002);
}

QTEST_GUILESS_MAIN(TestEmulatorAccess)
#include "tst_emulatoraccess.moc"
