// The emulator's "oauth" family: OAuth and tt_user tokens, the /portal/auth consent page,
// advertiser-level endpoints (info, balances, transactions, terms, Pangle), child BCs and the BC
// inspiration tool. JSON endpoints over HTTP to an in-process EmulatorServer, read with plain
// QJsonDocument; the consent page through its handler function (the server routes it later).
#include <emulator/emulatorrequest.h>
#include <emulator/emulatorserver.h>
#include <emulator/endpointregistry.h>
#include <emulator/handlers/portalauthhandler.h>
#include <emulator/world.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <memory>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace bc::emulator;

namespace {

const QByteArray validToken = QByteArrayLiteral("fake-oauth-test-token");
const QString noToken = u"<none>"_s;

struct HttpResult
{
    bool finished = false;
    int httpStatus = 0;
    QJsonObject json;

    [[nodiscard]] int code() const { return json.value(u"code"_s).toInt(-1); }
    [[nodiscard]] QString message() const { return json.value(u"message"_s).toString(); }
    [[nodiscard]] QJsonObject data() const { return json.value(u"data"_s).toObject(); }
    [[nodiscard]] QJsonArray array(const QString &key) const { return data().value(key).toArray(); }
    [[nodiscard]] QJsonObject pageInfo() const { return data().value(u"page_info"_s).toObject(); }
};

QString json(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

qint64 cents(const QJsonValue &value)
{
    return std::llround(value.toDouble() * 100.0);
}

using Query = QList<std::pair<QString, QString>>;

} // namespace

class TestEmulatorOauth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void registration();

    void portalAuthRedirects();
    void portalAuthErrors_data();
    void portalAuthErrors();
    void portalAuthOverHttp();

    void accessTokenExchange();
    void accessTokenErrors_data();
    void accessTokenErrors();
    void accessTokenCodeExpires();
    void accessTokenWithoutAdvertiserIds();
    void advertiserGet();
    void advertiserGetErrors_data();
    void advertiserGetErrors();
    void revokeToken();

    void ttUserFlow();
    void ttUserErrors_data();
    void ttUserErrors();
    void ttUserTokenExpires();

    void advertiserInfo();
    void advertiserInfoFields();
    void advertiserInfoErrors_data();
    void advertiserInfoErrors();

    void balanceGet();
    void balancePaging_data();
    void balancePaging();
    void balanceExtras();
    void balanceErrors_data();
    void balanceErrors();

    void transactionGet();
    void transactionPaging_data();
    void transactionPaging();
    void transactionErrors_data();
    void transactionErrors();

    void terms();
    void termErrors_data();
    void termErrors();

    void pangleBlockList();
    void pangleCampaignBlockList();
    void pangleErrors_data();
    void pangleErrors();
    void pangleAudiencePackages();

    void childBusinessCenters();
    void childErrors_data();
    void childErrors();

    void audienceInsight();
    void adPerformance();
    void inspirationPaging_data();
    void inspirationPaging();
    void inspirationErrors_data();
    void inspirationErrors();

private:
    HttpResult get(const QString &endpoint, const Query &query, const QString &token = {});
    HttpResult post(const QString &endpoint, const QByteArray &body, const QString &token = {},
                    const QByteArray &contentType = QByteArrayLiteral("application/json"));
    HttpResult post(const QString &endpoint, const QJsonObject &body, const QString &token = {})
    {
        return post(endpoint, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    HttpResult finish(QNetworkReply *reply);

    [[nodiscard]] const GeneratedBusinessCenter &firstBc() const
    {
        return m_world->businessCenters().constFirst();
    }
    // A BC of the world matching pred, or nullptr.
    template<typename Pred>
    const GeneratedBusinessCenter *findBc(Pred pred) const
    {
        for (const GeneratedBusinessCenter &bc : m_world->businessCenters()) {
            if (pred(bc))
                return &bc;
        }
        return nullptr;
    }
    QString newAccessToken(const QStringList &advertiserIds = {});
    [[nodiscard]] QJsonObject appBody() const
    {
        return {{u"app_id"_s, m_world->app().appId}, {u"secret"_s, m_world->app().secret}};
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
    World *m_world = nullptr; // the server's world, on this thread (for set-up and clock)
};

void TestEmulatorOauth::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    EmulatorConfig config;
    config.accessToken = QString::fromLatin1(validToken);
    config.seed = 11;
    config.businessCenterCount = 23;
    config.qps = 0;
    config.qpm = 0;
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback(0) != 0);
    m_world = &m_server->mutableWorld(); // same thread: set-up and clock
    m_world->setNow(QDateTime::fromSecsSinceEpoch(WorldClock::startSecs(), Qt::UTC));
}

void TestEmulatorOauth::init()
{
    m_network.clearConnectionCache();
}

HttpResult TestEmulatorOauth::finish(QNetworkReply *rawReply)
{
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
            rawReply, [](QNetworkReply *r) { r->deleteLater(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(10000);
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    return result;
}

HttpResult TestEmulatorOauth::get(const QString &endpoint, const Query &query, const QString &token)
{
    QUrl url = m_server->baseUrl().resolved(QUrl(u"v1.3/"_s + endpoint));
    QStringList parts;
    for (const auto &[name, value] : query) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!parts.isEmpty())
        url.setQuery(parts.join(u'&'));
    QNetworkRequest request(url);
    if (token != noToken)
        request.setRawHeader("Access-Token", token.isEmpty() ? validToken : token.toUtf8());
    return finish(m_network.get(request));
}

HttpResult TestEmulatorOauth::post(const QString &endpoint, const QByteArray &body,
                                   const QString &token, const QByteArray &contentType)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(u"v1.3/"_s + endpoint)));
    if (token != noToken)
        request.setRawHeader("Access-Token", token.isEmpty() ? validToken : token.toUtf8());
    request.setRawHeader("Content-Type", contentType);
    return finish(m_network.post(request, body));
}

QString TestEmulatorOauth::newAccessToken(const QStringList &advertiserIds)
{
    const WorldResult<AuthCode> code = m_world->issueAuthCode(
            m_world->app().appId, u"https://app.example/cb"_s, u"s"_s, advertiserIds);
    if (!code.ok())
        return {};
    QJsonObject body = appBody();
    body.insert(u"auth_code"_s, code.value.code);
    return post(u"oauth2/access_token/"_s, body, noToken)
            .data()
            .value(u"access_token"_s)
            .toString();
}

// ---- Registration ------------------------------------------------------------------------------

void TestEmulatorOauth::registration()
{
    const EndpointRegistry registry = EndpointRegistry::withAllEndpoints();
    using Method = QHttpServerRequest::Method;
    const QList<std::tuple<QString, Method, bool>> expected = {
            {u"oauth2/access_token/"_s, Method::Post, false},
            {u"oauth2/advertiser/get/"_s, Method::Get, true},
            {u"oauth2/revoke_token/"_s, Method::Post, false},
            {u"tt_user/oauth2/token/"_s, Method::Post, false},
            {u"tt_user/oauth2/refresh_token/"_s, Method::Post, false},
            {u"tt_user/oauth2/revoke/"_s, Method::Post, false},
            {u"tt_user/token_info/get/"_s, Method::Post, false},
            {u"advertiser/info/"_s, Method::Get, true},
            {u"advertiser/balance/get/"_s, Method::Get, true},
            {u"advertiser/transaction/get/"_s, Method::Get, true},
            {u"term/get/"_s, Method::Get, true},
            {u"term/check/"_s, Method::Get, true},
            {u"term/confirm/"_s, Method::Post, true},
            {u"pangle_block_list/get/"_s, Method::Get, true},
            {u"pangle_block_list/update/"_s, Method::Post, true},
            {u"pangle_block_list/campaign/get/"_s, Method::Get, true},
            {u"pangle_block_list/campaign/update/"_s, Method::Post, true},
            {u"pangle_audience_package/get/"_s, Method::Get, true},
            {u"bc/child/invite/"_s, Method::Post, true},
            {u"bc/child/unbind/"_s, Method::Post, true},
            {u"bc/inspiration_tool/audience_insight/"_s, Method::Get, true},
            {u"bc/inspiration_tool/ad_performance/"_s, Method::Get, true},
    };
    for (const auto &[path, method, needsToken] : expected) {
        const Endpoint *endpoint = registry.find(path);
        QVERIFY2(endpoint, qPrintable(path));
        QCOMPARE(endpoint->method, method);
        QCOMPARE(endpoint->requiresAccessToken, needsToken);
    }
    // The sandbox check is on these exact names.
    for (const QString &path : EmulatorServer::sandboxUnsupportedEndpoints())
        QVERIFY2(registry.find(path), qPrintable(path));
}

// ---- /portal/auth ------------------------------------------------------------------------------

void TestEmulatorOauth::portalAuthRedirects()
{
    EmulatorRequest request;
    request.method = QHttpServerRequest::Method::Get;
    request.query.addQueryItem(u"app_id"_s, m_world->app().appId);
    request.query.addQueryItem(u"state"_s, u"x%26y%3Dz"_s); // "x&y=z", as a browser sends it
    request.query.addQueryItem(u"redirect_uri"_s, u"https://app.example/cb?keep=1"_s);
    const EmulatorReply reply = handlePortalAuth(*m_world, request);
    QCOMPARE(reply.httpStatus, 302);
    QByteArray location;
    for (const auto &[name, value] : reply.extraHeaders) {
        if (name == "Location")
            location = value;
    }
    const QUrl url = QUrl::fromEncoded(location);
    QCOMPARE(url.host(), u"app.example"_s);
    QCOMPARE(url.path(), u"/cb"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"keep"_s), u"1"_s);
    const QString code = query.queryItemValue(u"auth_code"_s);
    QVERIFY(!code.isEmpty());
    QCOMPARE(query.queryItemValue(u"code"_s), code);
    QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"x&y=z"_s);

    // The code it gave works once.
    QJsonObject body = appBody();
    body.insert(u"auth_code"_s, code);
    QCOMPARE(post(u"oauth2/access_token/"_s, body, noToken).code(), 0);
}

void TestEmulatorOauth::portalAuthErrors_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("unknown app") << u"123"_s << u"https://app.example/cb"_s;
    QTest::newRow("no app") << QString() << u"https://app.example/cb"_s;
    QTest::newRow("no redirect") << u"<app>"_s << QString();
    QTest::newRow("relative redirect") << u"<app>"_s << u"/cb"_s;
    QTest::newRow("ftp redirect") << u"<app>"_s << u"ftp://app.example/cb"_s;
}

void TestEmulatorOauth::portalAuthErrors()
{
    QFETCH(QString, appId);
    QFETCH(QString, redirectUri);
    EmulatorRequest request;
    request.method = QHttpServerRequest::Method::Get;
    if (!appId.isEmpty())
        request.query.addQueryItem(u"app_id"_s, appId == u"<app>"_s ? m_world->app().appId : appId);
    if (!redirectUri.isEmpty())
        request.query.addQueryItem(u"redirect_uri"_s, redirectUri);
    const EmulatorReply reply = handlePortalAuth(*m_world, request);
    QCOMPARE(reply.httpStatus, 400);
    QVERIFY(reply.rawContentType.startsWith("text/html"));
    QVERIFY(reply.rawBody.contains("<html>"));
    QVERIFY(reply.extraHeaders.isEmpty());
}

// The page as a browser reaches it: outside /open_api/, no token, a real 302 with Location.
void TestEmulatorOauth::portalAuthOverHttp()
{
    const auto open = [this](const QString &query) {
        QUrl url = m_server->baseUrl().resolved(QUrl(u"/portal/auth"_s));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
                m_network.get(request), [](QNetworkReply *r) { r->deleteLater(); });
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        const bool done = reply->isFinished() || finished.wait(10000);
        return std::make_tuple(done,
                               reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                               reply->rawHeader(QByteArrayLiteral("Location")),
                               reply->header(QNetworkRequest::ContentTypeHeader).toString());
    };

    const auto [done, status, location, contentType] =
            open(u"app_id="_s + m_world->app().appId
                 + u"&state=abc&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback"_s);
    QVERIFY(done);
    QCOMPARE(status, 302);
    const QUrl target = QUrl::fromEncoded(location);
    QCOMPARE(target.host(), u"127.0.0.1"_s);
    QCOMPARE(target.path(), u"/callback"_s);
    const QUrlQuery query(target);
    QCOMPARE(query.queryItemValue(u"state"_s), u"abc"_s);
    QJsonObject body = appBody();
    body.insert(u"auth_code"_s, query.queryItemValue(u"auth_code"_s));
    QCOMPARE(post(u"oauth2/access_token/"_s, body, noToken).code(), 0);

    const auto [badDone, badStatus, badLocation, badType] =
            open(u"app_id=1&redirect_uri=https%3A%2F%2Fapp.example%2Fcb"_s);
    QVERIFY(badDone);
    QCOMPARE(badStatus, 400);
    QVERIFY(badLocation.isEmpty());
    QVERIFY(badType.startsWith(u"text/html"_s));
}

// ---- OAuth -------------------------------------------------------------------------------------

void TestEmulatorOauth::accessTokenExchange()
{
    const WorldResult<AuthCode> code =
            m_world->issueAuthCode(m_world->app().appId, u"https://app.example/cb"_s, u"s"_s);
    QVERIFY(code.ok());
    QJsonObject body = appBody();
    body.insert(u"auth_code"_s, code.value.code);
    body.insert(u"grant_type"_s, u"authorization_code"_s); // older clients: harmless
    const HttpResult result = post(u"oauth2/access_token/"_s, body, noToken);
    QCOMPARE(result.code(), 0);
    const QString token = result.data().value(u"access_token"_s).toString();
    QVERIFY(!token.isEmpty());
    const QJsonArray ids = result.array(u"advertiser_ids"_s);
    QVERIFY(!ids.isEmpty());
    QVERIFY(ids.first().isString());
    QVERIFY(result.data().value(u"scope"_s).isArray());
    QVERIFY(result.array(u"scope"_s).first().isDouble());

    // The new token works, and the code is single use.
    QCOMPARE(get(u"advertiser/info/"_s, {{u"advertiser_ids"_s, json(QJsonArray{ids.first()})}},
                 token)
                     .code(),
             0);
    QCOMPARE(post(u"oauth2/access_token/"_s, body, noToken).code(), 40110);
}

void TestEmulatorOauth::accessTokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("messageStart");
    const QByteArray jsonType = "application/json";
    QTest::newRow("not json") << QByteArray("app_id=1") << jsonType << 40002 << u"body"_s;
    QTest::newRow("array body") << QByteArray("[]") << jsonType << 40002 << u"body"_s;
    QTest::newRow("form content type")
            << QByteArray("{}") << QByteArray("application/x-www-form-urlencoded") << 40002
            << u"Content-Type"_s;
    QTest::newRow("no auth_code") << QByteArray("{\"app_id\":\"<app>\",\"secret\":\"<secret>\"}")
                                  << jsonType << 40002 << u"auth_code"_s;
    QTest::newRow("no secret") << QByteArray("{\"app_id\":\"<app>\",\"auth_code\":\"x\"}")
                               << jsonType << 40002 << u"secret"_s;
    QTest::newRow("bool as text") << QByteArray(
            "{\"app_id\":\"<app>\",\"secret\":\"<secret>\",\"auth_code\":\"x\","
            "\"return_advertiser_ids\":\"no\"}")
                                  << jsonType << 40002 << u"return_advertiser_ids"_s;
    QTest::newRow("bad grant_type")
            << QByteArray("{\"app_id\":\"<app>\",\"secret\":\"<secret>\",\"auth_code\":\"x\","
                          "\"grant_type\":\"password\"}")
            << jsonType << 40002 << u"grant_type"_s;
    QTest::newRow("wrong secret") << QByteArray(
            "{\"app_id\":\"<app>\",\"secret\":\"nope\",\"auth_code\":\"x\"}")
                                  << jsonType << 40101 << QString();
    QTest::newRow("unknown code") << QByteArray(
            "{\"app_id\":\"<app>\",\"secret\":\"<secret>\",\"auth_code\":\"x\"}")
                                  << jsonType << 40110 << QString();
}

void TestEmulatorOauth::accessTokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, expectedCode);
    QFETCH(QString, messageStart);
    body.replace("<app>", m_world->app().appId.toUtf8());
    body.replace("<secret>", m_world->app().secret.toUtf8());
    const HttpResult result = post(u"oauth2/access_token/"_s, body, noToken, contentType);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.code(), expectedCode);
    QVERIFY2(result.message().startsWith(messageStart), qPrintable(result.message()));
    QCOMPARE(result.data(), QJsonObject());
}

void TestEmulatorOauth::accessTokenCodeExpires()
{
    const WorldResult<AuthCode> code =
            m_world->issueAuthCode(m_world->app().appId, u"https://app.example/cb"_s, u"s"_s);
    QVERIFY(code.ok());
    m_world->advanceClock(3600);
    QJsonObject body = appBody();
    body.insert(u"auth_code"_s, code.value.code);
    const HttpResult result = post(u"oauth2/access_token/"_s, body, noToken);
    QCOMPARE(result.code(), 40110);
    QVERIFY(result.message().contains(u"expired"_s));
}

void TestEmulatorOauth::accessTokenWithoutAdvertiserIds()
{
    const WorldResult<AuthCode> code =
            m_world->issueAuthCode(m_world->app().appId, u"https://app.example/cb"_s, u"s"_s);
    QJsonObject body = appBody();
    body.insert(u"auth_code"_s, code.value.code);
    body.insert(u"return_advertiser_ids"_s, false);
    const HttpResult result = post(u"oauth2/access_token/"_s, body, noToken);
    QCOMPARE(result.code(), 0);
    QVERIFY(result.data().value(u"advertiser_ids"_s).isNull());
    QVERIFY(!result.data().value(u"access_token"_s).toString().isEmpty());
}

void TestEmulatorOauth::advertiserGet()
{
    const QStringList granted = {firstBc().adAccounts.at(0).advertiserId,
                                 firstBc().adAccounts.at(1).advertiserId};
    const QString token = newAccessToken(granted);
    QVERIFY(!token.isEmpty());
    const HttpResult result =
            get(u"oauth2/advertiser/get/"_s,
                {{u"app_id"_s, m_world->app().appId}, {u"secret"_s, m_world->app().secret}}, token);
    QCOMPARE(result.code(), 0);
    const QJsonArray list = result.array(u"list"_s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(idText(list.at(0)[u"advertiser_id"_s]), granted.at(0));
    QCOMPARE(list.at(0)[u"advertiser_name"_s].toString(), firstBc().adAccounts.at(0).name);
    QCOMPARE(idText(list.at(1)[u"advertiser_id"_s]), granted.at(1));
    QVERIFY(list.at(0).toObject().contains(u"ext_info"_s)); // a field no spec names
}

void TestEmulatorOauth::advertiserGetErrors_data()
{
    QTest::addColumn<bool>("appId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("no secret") << true << QString() << QString() << 40002;
    QTest::newRow("no app_id") << false << u"<secret>"_s << QString() << 40002;
    QTest::newRow("wrong secret") << true << u"nope"_s << QString() << 40101;
    QTest::newRow("no token") << true << u"<secret>"_s << noToken << 40104;
    QTest::newRow("bad token") << true << u"<secret>"_s << u"bad"_s << 40105;
}

void TestEmulatorOauth::advertiserGetErrors()
{
    QFETCH(bool, appId);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(int, expectedCode);
    Query query;
    if (appId)
        query.append({u"app_id"_s, m_world->app().appId});
    if (!secret.isEmpty())
        query.append({u"secret"_s, secret == u"<secret>"_s ? m_world->app().secret : secret});
    QCOMPARE(get(u"oauth2/advertiser/get/"_s, query, token).code(), expectedCode);
}

void TestEmulatorOauth::revokeToken()
{
    const QString granted = firstBc().adAccounts.at(2).advertiserId;
    const QString token = newAccessToken({granted});
    QVERIFY(!token.isEmpty());
    QJsonObject body = appBody();
    body.insert(u"access_token"_s, token);
    const HttpResult result = post(u"oauth2/revoke_token/"_s, body, noToken);
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.data().value(u"app_id"_s).toString(), m_world->app().appId);
    QCOMPARE(result.array(u"advertiser_ids"_s), QJsonArray{granted});

    // Read back: the token is dead everywhere.
    QCOMPARE(get(u"advertiser/info/"_s, {{u"advertiser_ids"_s, json(QJsonArray{granted})}}, token)
                     .code(),
             40105);
    QCOMPARE(post(u"oauth2/revoke_token/"_s, body, noToken).code(), 40105);
    body.remove(u"access_token"_s);
    QCOMPARE(post(u"oauth2/revoke_token/"_s, body, noToken).code(), 40002);
}

// ---- tt_user -----------------------------------------------------------------------------------

void TestEmulatorOauth::ttUserFlow()
{
    const QString redirect = u"https://app.example/tt"_s;
    const WorldResult<TtUserAuthCode> code =
            m_world->issueTtUserAuthCode(m_world->app().appId, u"user.info.basic"_s, redirect);
    QVERIFY(code.ok());
    const QJsonObject client{{u"client_id"_s, m_world->app().appId},
                             {u"client_secret"_s, m_world->app().secret}};
    QJsonObject body = client;
    body.insert(u"grant_type"_s, u"authorization_code"_s);
    body.insert(u"auth_code"_s, code.value.code);
    body.insert(u"redirect_uri"_s, redirect);
    const HttpResult token = post(u"tt_user/oauth2/token/"_s, body, noToken);
    QCOMPARE(token.code(), 0);
    QCOMPARE(token.data().value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(token.data().value(u"expires_in"_s).toInteger(), 86400);
    QCOMPARE(token.data().value(u"refresh_token_expires_in"_s).toInteger(), 31536000);
    QCOMPARE(token.data().value(u"scope"_s).toString(), u"user.info.basic"_s);
    const QString openId = token.data().value(u"open_id"_s).toString();
    QVERIFY(!openId.isEmpty());
    const QString access = token.data().value(u"access_token"_s).toString();
    const QString refresh = token.data().value(u"refresh_token"_s).toString();

    const QJsonObject infoBody{{u"app_id"_s, m_world->app().appId}, {u"access_token"_s, access}};
    const HttpResult info = post(u"tt_user/token_info/get/"_s, infoBody, noToken);
    QCOMPARE(info.code(), 0);
    QCOMPARE(info.data().value(u"creator_id"_s).toString(), openId);
    QCOMPARE(info.data().value(u"scope"_s).toString(), u"user.info.basic"_s);

    // Refresh rotates: a new pair, and the old refresh token is used up.
    QJsonObject refreshBody = client;
    refreshBody.insert(u"grant_type"_s, u"refresh_token"_s);
    refreshBody.insert(u"refresh_token"_s, refresh);
    const HttpResult refreshed = post(u"tt_user/oauth2/refresh_token/"_s, refreshBody, noToken);
    QCOMPARE(refreshed.code(), 0);
    const QString access2 = refreshed.data().value(u"access_token"_s).toString();
    QVERIFY(access2 != access);
    QVERIFY(refreshed.data().value(u"refresh_token"_s).toString() != refresh);
    QCOMPARE(post(u"tt_user/oauth2/refresh_token/"_s, refreshBody, noToken).code(), 40107);

    // Revoke ends the grant: both access tokens stop working.
    QJsonObject revokeBody = client;
    revokeBody.insert(u"access_token"_s, access2);
    const HttpResult revoked = post(u"tt_user/oauth2/revoke/"_s, revokeBody, noToken);
    QCOMPARE(revoked.code(), 0);
    QCOMPARE(revoked.data(), QJsonObject());
    QCOMPARE(post(u"tt_user/token_info/get/"_s, infoBody, noToken).code(), 40105);
    QCOMPARE(post(u"tt_user/oauth2/revoke/"_s, revokeBody, noToken).code(), 40105);
}

void TestEmulatorOauth::ttUserErrors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("token: no redirect_uri")
            << u"tt_user/oauth2/token/"_s
            << QByteArray("{\"client_id\":\"<app>\",\"client_secret\":\"<secret>\","
                          "\"grant_type\":\"authorization_code\",\"auth_code\":\"<code>\"}")
            << 40002;
    QTest::newRow("token: wrong grant_type")
            << u"tt_user/oauth2/token/"_s
            << QByteArray("{\"client_id\":\"<app>\",\"client_secret\":\"<secret>\","
                          "\"grant_type\":\"refresh_token\",\"auth_code\":\"<code>\","
                          "\"redirect_uri\":\"https://app.example/tt\"}")
            << 40108;
    QTest::newRow("token: wrong secret")
            << u"tt_user/oauth2/token/"_s
            << QByteArray("{\"client_id\":\"<app>\",\"client_secret\":\"x\","
                          "\"grant_type\":\"authorization_code\",\"auth_code\":\"<code>\","
                          "\"redirect_uri\":\"https://app.example/tt\"}")
            << 40101;
    QTest::newRow("refresh: unknown token")
            << u"tt_user/oauth2/refresh_token/"_s
            << QByteArray("{\"client_id\":\"<app>\",\"client_secret\":\"<secret>\","
                          "\"grant_type\":\"refresh_token\",\"refresh_token\":\"rft.x\"}")
            << 40107;
    QTest::newRow("refresh: no grant_type")
            << u"tt_user/oauth2/refresh_token/"_s
            << QByteArray("{\"client_id\":\"<app>\",\"client_secret\":\"<secret>\","
                          "\"refresh_token\":\"rft.x\"}")
            << 40002;
    QTest::newRow("revoke: unknown token")
            << u"tt_user/oauth2/revoke/"_s
            << QByteArray("{\"client_id\":\"<app>\",\"client_secret\":\"<secret>\","
                          "\"access_token\":\"act.x\"}")
            << 40105;
    QTest::newRow("revoke: body not an object")
            << u"tt_user/oauth2/revoke/"_s << QByteArray("\"act.x\"") << 40002;
    QTest::newRow("token_info: no access_token")
            << u"tt_user/token_info/get/"_s << QByteArray("{\"app_id\":\"<app>\"}") << 40002;
    QTest::newRow("token_info: unknown app")
            << u"tt_user/token_info/get/"_s
            << QByteArray("{\"app_id\":\"1\",\"access_token\":\"act.x\"}") << 40101;
}

void TestEmulatorOauth::ttUserErrors()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedCode);
    const WorldResult<TtUserAuthCode> code =
            m_world->issueTtUserAuthCode(m_world->app().appId, {}, u"https://app.example/tt"_s);
    body.replace("<app>", m_world->app().appId.toUtf8());
    body.replace("<secret>", m_world->app().secret.toUtf8());
    body.replace("<code>", code.value.code.toUtf8());
    const HttpResult result = post(endpoint, body, noToken);
    QCOMPARE(result.code(), expectedCode);
}

void TestEmulatorOauth::ttUserTokenExpires()
{
    const WorldResult<TtUserAuthCode> code =
            m_world->issueTtUserAuthCode(m_world->app().appId, {}, u"https://app.example/tt"_s);
    const HttpResult token = post(u"tt_user/oauth2/token/"_s,
                                  QJsonObject{{u"client_id"_s, m_world->app().appId},
                                              {u"client_secret"_s, m_world->app().secret},
                                              {u"grant_type"_s, u"authorization_code"_s},
                                              {u"auth_code"_s, code.value.code},
                                              {u"redirect_uri"_s, u"https://app.example/tt"_s}},
                                  noToken);
    QCOMPARE(token.code(), 0);
    const QJsonObject infoBody{{u"app_id"_s, m_world->app().appId},
                               {u"access_token"_s, token.data().value(u"access_token"_s)}};
    m_world->advanceClock(86400 - 1);
    QCOMPARE(post(u"tt_user/token_info/get/"_s, infoBody, noToken).code(), 0);
    m_world->advanceClock(1);
    QCOMPARE(post(u"tt_user/token_info/get/"_s, infoBody, noToken).code(), 40102);
    // The refresh token still works after a day and gives a fresh access token.
    const HttpResult refreshed =
            post(u"tt_user/oauth2/refresh_token/"_s,
                 QJsonObject{{u"client_id"_s, m_world->app().appId},
                             {u"client_secret"_s, m_world->app().secret},
                             {u"grant_type"_s, u"refresh_token"_s},
                             {u"refresh_token"_s, token.data().value(u"refresh_token"_s)}},
                 noToken);
    QCOMPARE(refreshed.code(), 0);
    QCOMPARE(post(u"tt_user/token_info/get/"_s,
                  QJsonObject{{u"app_id"_s, m_world->app().appId},
                              {u"access_token"_s, refreshed.data().value(u"access_token"_s)}},
                  noToken)
                     .code(),
             0);
}

// ---- advertiser/info/
// ----------------------------------------------------------------------------

void TestEmulatorOauth::advertiserInfo()
{
    const AdAccount &first = firstBc().adAccounts.at(0);
    const AdAccount &second = firstBc().adAccounts.at(1);
    const HttpResult result =
            get(u"advertiser/info/"_s,
                {{u"advertiser_ids"_s, json(QJsonArray{first.advertiserId, second.advertiserId})}});
    QCOMPARE(result.code(), 0);
    const QJsonArray list = result.array(u"list"_s);
    QCOMPARE(list.size(), 2);
    const QJsonObject item = list.at(0).toObject();
    QCOMPARE(idText(item[u"advertiser_id"_s]), first.advertiserId);
    QCOMPARE(item[u"name"_s].toString(), first.name);
    QCOMPARE(item[u"currency"_s].toString(), first.currency);
    QCOMPARE(item[u"create_time"_s].toInteger(), first.createTime); // epoch seconds
    QCOMPARE(cents(item[u"balance"_s]), first.balance.accountBalance());
    QCOMPARE(item[u"owner_bc_id"_s].toString(), first.ownerBcId);
    QVERIFY(item.contains(u"ext_info"_s));
    QVERIFY(!item.contains(u"company_name_editable"_s));
    QVERIFY(item.contains(u"rejection_reason"_s)); // present, null when absent
    if (!item[u"email"_s].isNull())
        QVERIFY(item[u"email"_s].toString().contains(u"***"_s));
}

void TestEmulatorOauth::advertiserInfoFields()
{
    const QString id = firstBc().adAccounts.at(0).advertiserId;
    HttpResult result =
            get(u"advertiser/info/"_s, {{u"advertiser_ids"_s, json(QJsonArray{id})},
                                        {u"fields"_s, json(QJsonArray{u"name"_s, u"status"_s})}});
    QCOMPARE(result.code(), 0);
    QStringList keys = result.array(u"list"_s).at(0).toObject().keys();
    keys.removeAll(u"ext_info"_s);
    keys.sort();
    QCOMPARE(keys, QStringList({u"advertiser_id"_s, u"name"_s, u"status"_s}));

    result = get(u"advertiser/info/"_s,
                 {{u"advertiser_ids"_s, json(QJsonArray{id})},
                  {u"fields"_s, json(QJsonArray{u"name"_s, u"company_name_editable"_s})}});
    keys = result.array(u"list"_s).at(0).toObject().keys();
    keys.sort();
    QCOMPARE(keys, QStringList({u"advertiser_id"_s, u"company_name_editable"_s}));
}

void TestEmulatorOauth::advertiserInfoErrors_data()
{
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("missing") << QString() << QString() << 40002;
    QTest::newRow("not json") << u"123"_s << QString() << 40002;
    QTest::newRow("comma list") << u"1,2"_s << QString() << 40002;
    QTest::newRow("empty array") << u"[]"_s << QString() << 40002;
    QTest::newRow("numbers") << u"[123]"_s << QString() << 40002;
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(QString::number(7000000000000000000LL + i));
    QTest::newRow("101 ids") << json(QJsonArray::fromStringList(many)) << QString() << 40002;
    QTest::newRow("unknown field") << u"[\"<id>\"]"_s << u"[\"shoe_size\"]"_s << 40002;
    QTest::newRow("fields object") << u"[\"<id>\"]"_s << u"{}"_s << 40002;
    QTest::newRow("unknown advertiser") << u"[\"7000000000000000001\"]"_s << QString() << 40001;
}

void TestEmulatorOauth::advertiserInfoErrors()
{
    QFETCH(QString, ids);
    QFETCH(QString, fields);
    QFETCH(int, expectedCode);
    Query query;
    if (!ids.isEmpty())
        query.append({u"advertiser_ids"_s,
                      ids.replace(u"<id>"_s, firstBc().adAccounts.at(0).advertiserId)});
    if (!fields.isEmpty())
        query.append({u"fields"_s, fields});
    const HttpResult result = get(u"advertiser/info/"_s, query);
    QCOMPARE(result.code(), expectedCode);
    if (expectedCode == 40002)
        QVERIFY2(result.message().startsWith(fields.isEmpty() ? u"advertiser_ids"_s : u"fields"_s),
                 qPrintable(result.message()));
}

// ---- advertiser/balance/get/
// ---------------------------------------------------------------------

void TestEmulatorOauth::balanceGet()
{
    const HttpResult result = get(u"advertiser/balance/get/"_s,
                                  {{u"bc_id"_s, firstBc().bcId}, {u"page_size"_s, u"50"_s}});
    QCOMPARE(result.code(), 0);
    const QJsonArray list = result.array(u"advertiser_account_list"_s);
    QVERIFY(!list.isEmpty());
    QCOMPARE(result.pageInfo()[u"total_number"_s].toInt(), int(firstBc().adAccounts.size()));
    for (const QJsonValue &row : list) {
        const QJsonObject item = row.toObject();
        QCOMPARE(cents(item[u"account_balance"_s]), cents(item[u"valid_account_balance"_s])
                                                            + cents(item[u"frozen_balance"_s])
                                                            + cents(item[u"tax"_s]));
        const AdAccount *account = m_world->findAdAccount(idText(item[u"advertiser_id"_s]));
        QVERIFY(account);
        QCOMPARE(cents(item[u"account_balance"_s]), account->balance.accountBalance());
        QVERIFY(item.contains(u"first_recharge_amount"_s)); // deprecated: null
        QVERIFY(item[u"first_recharge_amount"_s].isNull());
        QVERIFY(!item.contains(u"balance_info"_s));
    }
}

void TestEmulatorOauth::balancePaging_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedRows");
    const int total = int(m_world->businessCenters().constFirst().adAccounts.size());
    // A page size that leaves a partial last page.
    int size = 3;
    while (total % size == 0)
        ++size;
    const int lastPage = (total + size - 1) / size;
    QTest::newRow("last partial page") << QString() << lastPage << size << total % size;
    QTest::newRow("past the end") << QString() << lastPage + 1 << size << 0;
    QTest::newRow("empty list") << u"no-such-account-anywhere"_s << 1 << 10 << 0;
}

void TestEmulatorOauth::balancePaging()
{
    QFETCH(QString, keyword);
    QFETCH(int, page);
    QFETCH(int, pageSize);
    QFETCH(int, expectedRows);
    const int total = int(firstBc().adAccounts.size());
    Query query = {{u"bc_id"_s, firstBc().bcId},
                   {u"page"_s, QString::number(page)},
                   {u"page_size"_s, QString::number(pageSize)}};
    if (!keyword.isEmpty())
        query.append({u"filtering"_s, json(QJsonObject{{u"keyword"_s, keyword}})});
    const HttpResult result = get(u"advertiser/balance/get/"_s, query);
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.array(u"advertiser_account_list"_s).size(), expectedRows);
    const int totalNumber = keyword.isEmpty() ? total : 0;
    QCOMPARE(result.pageInfo()[u"total_number"_s].toInt(), totalNumber);
    QCOMPARE(result.pageInfo()[u"total_page"_s].toInt(), (totalNumber + pageSize - 1) / pageSize);
    QCOMPARE(result.pageInfo()[u"page"_s].toInt(), page);
}

void TestEmulatorOauth::balanceExtras()
{
    const AdAccount &account = firstBc().adAccounts.at(0);
    const HttpResult result =
            get(u"advertiser/balance/get/"_s,
                {{u"bc_id"_s, firstBc().bcId},
                 {u"page_size"_s, u"1"_s},
                 {u"filtering"_s, json(QJsonObject{{u"keyword"_s, account.advertiserId}})},
                 {u"fields"_s,
                  json(QJsonArray{u"budget_remaining"_s, u"budget_frequency_restriction"_s,
                                  u"budget_amount_restriction"_s, u"min_transferable_amount"_s,
                                  u"max_transferable_amount"_s, u"balance_info"_s})}});
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.array(u"advertiser_account_list"_s).size(), 1);
    const QJsonObject item = result.array(u"advertiser_account_list"_s).at(0).toObject();
    const QJsonObject info = item[u"balance_info"_s].toObject();
    QCOMPARE(cents(info[u"account_balance"_s]), cents(info[u"valid_account_balance"_s])
                                                        + cents(info[u"frozen_balance"_s])
                                                        + cents(info[u"tax"_s]));
    QVERIFY(item[u"min_transferable_amount"_s].isObject());
    QVERIFY(item[u"max_transferable_amount"_s].isObject());
    QVERIFY(item.contains(u"transferable_amount"_s)); // total_number is 1
    QCOMPARE(item[u"budget_frequency_restriction"_s][u"total_count"_s].toInt(), 10);
}

void TestEmulatorOauth::balanceErrors_data()
{
    QTest::addColumn<QString>("bc");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("no bc_id") << QString() << QString() << QString() << 40002;
    QTest::newRow("page_size 51") << u"first"_s << u"page_size"_s << u"51"_s << 40002;
    QTest::newRow("page 0") << u"first"_s << u"page"_s << u"0"_s << 40002;
    QTest::newRow("filtering not json") << u"first"_s << u"filtering"_s << u"keyword=x"_s << 40002;
    QTest::newRow("bad status") << u"first"_s << u"filtering"_s
                                << u"{\"advertiser_status\":[\"ACTIVE\"]}"_s << 40002;
    QTest::newRow("unknown field") << u"first"_s << u"fields"_s << u"[\"nope\"]"_s << 40002;
    QTest::newRow("unknown bc") << u"7000000000000000009"_s << QString() << QString() << 40001;
    QTest::newRow("no finance role") << u"nofinance"_s << QString() << QString() << 40001;
}

void TestEmulatorOauth::balanceErrors()
{
    QFETCH(QString, bc);
    QFETCH(QString, param);
    QFETCH(QString, value);
    QFETCH(int, expectedCode);
    Query query;
    if (bc == u"first"_s) {
        query.append({u"bc_id"_s, firstBc().bcId});
    } else if (bc == u"nofinance"_s) {
        const GeneratedBusinessCenter *other =
                findBc([](const GeneratedBusinessCenter &b) { return b.financeRole.isEmpty(); });
        QVERIFY(other);
        query.append({u"bc_id"_s, other->bcId});
    } else if (!bc.isEmpty()) {
        query.append({u"bc_id"_s, bc});
    }
    if (!param.isEmpty())
        query.append({param, value});
    const HttpResult result = get(u"advertiser/balance/get/"_s, query);
    QCOMPARE(result.code(), expectedCode);
    if (expectedCode == 40001 && bc != u"nofinance"_s)
        QVERIFY(result.message().contains(bc));
}

// ---- advertiser/transaction/get/
// -----------------------------------------------------------------

void TestEmulatorOauth::transactionGet()
{
    const QJsonObject filtering{{u"transfer_type"_s, u"TRANS_TYPE_COST"_s},
                                {u"start_date"_s, u"2026-01-01"_s},
                                {u"end_date"_s, u"2026-11-01"_s}};
    const HttpResult result =
            get(u"advertiser/transaction/get/"_s, {{u"bc_id"_s, firstBc().bcId},
                                                   {u"filtering"_s, json(filtering)},
                                                   {u"page_size"_s, u"50"_s}});
    QCOMPARE(result.code(), 0);
    const QJsonArray list = result.array(u"transaction_list"_s);
    QVERIFY(!list.isEmpty());
    QString previous = u"9999"_s;
    for (const QJsonValue &row : list) {
        QCOMPARE(row[u"transfer_type"_s].toString(), u"TRANS_TYPE_COST"_s);
        QVERIFY(row[u"funds_type"_s].isNull()); // null for COST
        const QString date = row[u"date"_s].toString();
        QVERIFY(date >= u"2026-01-01"_s && date < u"2026-11-02"_s);
        QVERIFY(date <= previous); // newest first
        previous = date;
    }

    // Summary by account: one row per account, no date.
    QJsonObject summary = filtering;
    summary.insert(u"summary_by_account"_s, true);
    const HttpResult summed =
            get(u"advertiser/transaction/get/"_s, {{u"bc_id"_s, firstBc().bcId},
                                                   {u"filtering"_s, json(summary)},
                                                   {u"page_size"_s, u"50"_s}});
    QCOMPARE(summed.code(), 0);
    QSet<QString> ids;
    for (const QJsonValue &row : summed.array(u"transaction_list"_s)) {
        QVERIFY(row[u"date"_s].isNull());
        ids.insert(idText(row[u"advertiser_id"_s]));
    }
    QCOMPARE(ids.size(), summed.array(u"transaction_list"_s).size());
}

void TestEmulatorOauth::transactionPaging_data()
{
    QTest::addColumn<QString>("startDate");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("expectEmpty");
    QTest::newRow("first page") << u"2026-01-01"_s << 1 << false;
    QTest::newRow("past the end") << u"2026-01-01"_s << 100000 << true;
    QTest::newRow("empty range") << u"2020-01-01"_s << 1 << true;
}

void TestEmulatorOauth::transactionPaging()
{
    QFETCH(QString, startDate);
    QFETCH(int, page);
    QFETCH(bool, expectEmpty);
    const QString endDate = startDate.startsWith(u"2020"_s) ? u"2020-02-01"_s : u"2026-11-01"_s;
    const QJsonObject filtering{{u"transfer_type"_s, u"TRANS_TYPE_COST"_s},
                                {u"start_date"_s, startDate},
                                {u"end_date"_s, endDate}};
    const Query base = {{u"bc_id"_s, firstBc().bcId}, {u"filtering"_s, json(filtering)}};
    const HttpResult all =
            get(u"advertiser/transaction/get/"_s, base + Query{{u"page_size"_s, u"50"_s}});
    const int total = all.pageInfo()[u"total_number"_s].toInt();
    constexpr int pageSize = 7;
    const HttpResult result = get(u"advertiser/transaction/get/"_s,
                                  base
                                          + Query{{u"page"_s, QString::number(page)},
                                                  {u"page_size"_s, QString::number(pageSize)}});
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.pageInfo()[u"total_number"_s].toInt(), total);
    QCOMPARE(result.pageInfo()[u"total_page"_s].toInt(), (total + pageSize - 1) / pageSize);
    QCOMPARE(result.array(u"transaction_list"_s).isEmpty(), expectEmpty);
    if (!expectEmpty) {
        QVERIFY(total > pageSize);
        // The last page holds the rest.
        const int lastPage = (total + pageSize - 1) / pageSize;
        const HttpResult last = get(u"advertiser/transaction/get/"_s,
                                    base
                                            + Query{{u"page"_s, QString::number(lastPage)},
                                                    {u"page_size"_s, QString::number(pageSize)}});
        QCOMPARE(last.array(u"transaction_list"_s).size(), total - (lastPage - 1) * pageSize);
    }
}

void TestEmulatorOauth::transactionErrors_data()
{
    QTest::addColumn<QString>("bc");
    QTest::addColumn<QString>("filtering");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("bad transfer_type") << u"first"_s << u"{\"transfer_type\":\"GIFT\"}"_s << 40002;
    QTest::newRow("funds_type single")
            << u"first"_s << u"{\"funds_type\":\"FUNDS_TYPE_CASH\"}"_s << 40002;
    QTest::newRow("bad date") << u"first"_s << u"{\"start_date\":\"2026/01/01\"}"_s << 40002;
    QTest::newRow("more than a year")
            << u"first"_s << u"{\"start_date\":\"2024-01-01\",\"end_date\":\"2026-01-01\"}"_s
            << 40002;
    QTest::newRow("start after end")
            << u"first"_s << u"{\"start_date\":\"2026-05-01\",\"end_date\":\"2026-04-01\"}"_s
            << 40002;
    QTest::newRow("no bc_id") << QString() << QString() << 40002;
    QTest::newRow("no finance role") << u"nofinance"_s << QString() << 40001;
    QTest::newRow("NORMAL bc") << u"normal"_s << QString() << 40002;
}

void TestEmulatorOauth::transactionErrors()
{
    QFETCH(QString, bc);
    QFETCH(QString, filtering);
    QFETCH(int, expectedCode);
    Query query;
    if (bc == u"first"_s) {
        query.append({u"bc_id"_s, firstBc().bcId});
    } else if (bc == u"nofinance"_s) {
        const GeneratedBusinessCenter *other =
                findBc([](const GeneratedBusinessCenter &b) { return b.financeRole.isEmpty(); });
        QVERIFY(other);
        query.append({u"bc_id"_s, other->bcId});
    } else if (bc == u"normal"_s) {
        const GeneratedBusinessCenter *other = findBc([](const GeneratedBusinessCenter &b) {
            return b.type == u"NORMAL"_s && !b.financeRole.isEmpty();
        });
        if (!other)
            QSKIP("no NORMAL BC with a finance role in this world");
        query.append({u"bc_id"_s, other->bcId});
    }
    if (!filtering.isEmpty())
        query.append({u"filtering"_s, filtering});
    QCOMPARE(get(u"advertiser/transaction/get/"_s, query).code(), expectedCode);
}

// ---- Terms -------------------------------------------------------------------------------------

void TestEmulatorOauth::terms()
{
    const QString id = firstBc().adAccounts.at(3).advertiserId;
    const Query query = {{u"advertiser_id"_s, id}, {u"term_type"_s, u"LeadAds"_s}};
    const HttpResult text = get(u"term/get/"_s, query + Query{{u"lang"_s, u"JA"_s}});
    QCOMPARE(text.code(), 0);
    QVERIFY(!text.array(u"terms"_s).isEmpty());
    QVERIFY(text.array(u"terms"_s).at(0).toString().contains(u"利用規約"_s));

    QCOMPARE(get(u"term/check/"_s, query).data().value(u"confirmed"_s), QJsonValue(false));
    const HttpResult confirmed =
            post(u"term/confirm/"_s,
                 QJsonObject{{u"advertiser_id"_s, id}, {u"term_type"_s, u"LeadAds"_s}});
    QCOMPARE(confirmed.code(), 0);
    QCOMPARE(confirmed.data(), QJsonObject());
    QCOMPARE(get(u"term/check/"_s, query).data().value(u"confirmed"_s), QJsonValue(true));
    // Other types stay unconfirmed.
    QCOMPARE(get(u"term/check/"_s, {{u"advertiser_id"_s, id}, {u"term_type"_s, u"Pixel"_s}})
                     .data()
                     .value(u"confirmed"_s),
             QJsonValue(false));
}

void TestEmulatorOauth::termErrors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("advertiser");
    QTest::addColumn<QString>("termType");
    QTest::addColumn<int>("expectedCode");
    for (const QString &endpoint : {u"term/get/"_s, u"term/check/"_s, u"term/confirm/"_s}) {
        const QByteArray name = endpoint.toUtf8();
        QTest::newRow(QByteArray(name + " bad term_type").constData())
                << endpoint << u"own"_s << u"leadads"_s << 40002;
        QTest::newRow(QByteArray(name + " no term_type").constData())
                << endpoint << u"own"_s << QString() << 40002;
        QTest::newRow(QByteArray(name + " no advertiser").constData())
                << endpoint << QString() << u"Pixel"_s << 40002;
        QTest::newRow(QByteArray(name + " foreign advertiser").constData())
                << endpoint << u"7000000000000000001"_s << u"Pixel"_s << 40001;
    }
    QTest::newRow("term/get/ bad lang")
            << u"term/get/"_s << u"own"_s << u"Pixel lang=FR"_s << 40002;
}

void TestEmulatorOauth::termErrors()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, advertiser);
    QFETCH(QString, termType);
    QFETCH(int, expectedCode);
    const QString id =
            advertiser == u"own"_s ? firstBc().adAccounts.at(3).advertiserId : advertiser;
    QString lang;
    if (termType.contains(u" lang="_s)) {
        lang = termType.section(u"lang="_s, 1);
        termType = termType.section(u' ', 0, 0);
    }
    HttpResult result;
    if (endpoint == u"term/confirm/"_s) {
        QJsonObject body;
        if (!id.isEmpty())
            body.insert(u"advertiser_id"_s, id);
        if (!termType.isEmpty())
            body.insert(u"term_type"_s, termType);
        result = post(endpoint, body);
    } else {
        Query query;
        if (!id.isEmpty())
            query.append({u"advertiser_id"_s, id});
        if (!termType.isEmpty())
            query.append({u"term_type"_s, termType});
        if (!lang.isEmpty())
            query.append({u"lang"_s, lang});
        result = get(endpoint, query);
    }
    QCOMPARE(result.code(), expectedCode);
}

// ---- Pangle ------------------------------------------------------------------------------------

void TestEmulatorOauth::pangleBlockList()
{
    const QString id = firstBc().adAccounts.at(4).advertiserId;
    const HttpResult before = get(u"pangle_block_list/get/"_s, {{u"advertiser_id"_s, id}});
    QCOMPARE(before.code(), 0);
    QVERIFY(before.data().value(u"app_list"_s).isArray());
    const int initial = int(before.array(u"app_list"_s).size());

    HttpResult update = post(
            u"pangle_block_list/update/"_s,
            QJsonObject{{u"advertiser_id"_s, id},
                        {u"add_app_list"_s, QJsonArray{u"com.example.game"_s, u"1234567890"_s}}});
    QCOMPARE(update.code(), 0);
    QCOMPARE(update.data().value(u"success_count"_s).toInt(), 2);
    m_world->advanceClock(5);
    HttpResult after = get(u"pangle_block_list/get/"_s, {{u"advertiser_id"_s, id}});
    QCOMPARE(after.array(u"app_list"_s).size(), initial + 2);
    QVERIFY(after.array(u"app_list"_s).contains(u"com.example.game"_s));
    QVERIFY(after.data().value(u"modify_time"_s).toString().endsWith(u'Z')); // ISO-8601
    QVERIFY(!after.data().value(u"app_package_id"_s).toString().isEmpty());

    // Delete one; then clear everything and add one: only it remains.
    update = post(u"pangle_block_list/update/"_s,
                  QJsonObject{{u"advertiser_id"_s, id},
                              {u"delete_app_list"_s, QJsonArray{u"1234567890"_s}}});
    QCOMPARE(update.data().value(u"success_count"_s).toInt(), 0);
    after = get(u"pangle_block_list/get/"_s, {{u"advertiser_id"_s, id}});
    QVERIFY(!after.array(u"app_list"_s).contains(u"1234567890"_s));
    update = post(u"pangle_block_list/update/"_s,
                  QJsonObject{{u"advertiser_id"_s, id},
                              {u"clear_old_app"_s, true},
                              {u"add_app_list"_s, QJsonArray{u"com.example.other"_s}}});
    QCOMPARE(update.code(), 0);
    after = get(u"pangle_block_list/get/"_s, {{u"advertiser_id"_s, id}});
    QCOMPARE(after.array(u"app_list"_s), QJsonArray{u"com.example.other"_s});
}

void TestEmulatorOauth::pangleCampaignBlockList()
{
    const QString id = firstBc().adAccounts.at(4).advertiserId;
    const Query query = {{u"advertiser_id"_s, id}, {u"campaign_id"_s, u"1800000000000001"_s}};
    HttpResult list = get(u"pangle_block_list/campaign/get/"_s, query);
    QCOMPARE(list.code(), 0);
    QCOMPARE(list.array(u"app_list"_s), QJsonArray());
    QVERIFY(list.data().value(u"modify_time"_s).isNull());
    const HttpResult update = post(u"pangle_block_list/campaign/update/"_s,
                                   QJsonObject{{u"advertiser_id"_s, id},
                                               {u"campaign_id"_s, u"1800000000000001"_s},
                                               {u"add_app_list"_s, QJsonArray{u"com.a.b"_s}}});
    QCOMPARE(update.code(), 0);
    QCOMPARE(update.data().value(u"success_count"_s).toInt(), 1);
    list = get(u"pangle_block_list/campaign/get/"_s, query);
    QCOMPARE(list.array(u"app_list"_s), QJsonArray{u"com.a.b"_s});
    QCOMPARE(list.data().value(u"campaign_id"_s).toString(), u"1800000000000001"_s);
    // The account-level list is separate.
    QVERIFY(!get(u"pangle_block_list/get/"_s, {{u"advertiser_id"_s, id}})
                     .array(u"app_list"_s)
                     .contains(u"com.a.b"_s));
}

void TestEmulatorOauth::pangleErrors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body"); // POST body, or the query for GET
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("get: no advertiser") << u"pangle_block_list/get/"_s << QByteArray() << 40002;
    QTest::newRow("get: foreign advertiser")
            << u"pangle_block_list/get/"_s << QByteArray("advertiser_id=7000000000000000001")
            << 40001;
    QTest::newRow("update: bad app")
            << u"pangle_block_list/update/"_s
            << QByteArray("{\"advertiser_id\":\"<id>\",\"add_app_list\":[\"not an app\"]}")
            << 40002;
    QTest::newRow("update: list not array")
            << u"pangle_block_list/update/"_s
            << QByteArray("{\"advertiser_id\":\"<id>\",\"add_app_list\":\"com.a.b\"}") << 40002;
    QTest::newRow("update: clear_old_app text")
            << u"pangle_block_list/update/"_s
            << QByteArray("{\"advertiser_id\":\"<id>\",\"clear_old_app\":\"true\"}") << 40002;
    QTest::newRow("campaign get: no campaign")
            << u"pangle_block_list/campaign/get/"_s << QByteArray("advertiser_id=<id>") << 40002;
    QTest::newRow("campaign update: no campaign")
            << u"pangle_block_list/campaign/update/"_s
            << QByteArray("{\"advertiser_id\":\"<id>\",\"add_app_list\":[\"com.a.b\"]}") << 40002;
    QTest::newRow("campaign update: foreign advertiser")
            << u"pangle_block_list/campaign/update/"_s
            << QByteArray("{\"advertiser_id\":\"7000000000000000001\",\"campaign_id\":\"1\"}")
            << 40001;
    QTest::newRow("packages: no advertiser")
            << u"pangle_audience_package/get/"_s << QByteArray() << 40002;
    QTest::newRow("packages: foreign advertiser")
            << u"pangle_audience_package/get/"_s << QByteArray("advertiser_id=7000000000000000001")
            << 40001;
}

void TestEmulatorOauth::pangleErrors()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedCode);
    body.replace("<id>", firstBc().adAccounts.at(4).advertiserId.toUtf8());
    HttpResult result;
    if (endpoint.endsWith(u"update/"_s)) {
        result = post(endpoint, body);
    } else {
        Query query;
        for (const QByteArray &pair : body.split('&')) {
            if (!pair.isEmpty())
                query.append({QString::fromUtf8(pair.split('=').at(0)),
                              QString::fromUtf8(pair.split('=').at(1))});
        }
        result = get(endpoint, query);
    }
    QCOMPARE(result.code(), expectedCode);
}

void TestEmulatorOauth::pangleAudiencePackages()
{
    for (const AdAccount &account : firstBc().adAccounts) {
        const HttpResult result = get(u"pangle_audience_package/get/"_s,
                                      {{u"advertiser_id"_s, account.advertiserId}});
        QCOMPARE(result.code(), 0);
        const QJsonArray packages = result.array(u"packages"_s);
        QCOMPARE(packages.size(), account.audiencePackages.size());
        for (qsizetype i = 0; i < packages.size(); ++i) {
            QCOMPARE(idText(packages.at(i)[u"package_id"_s]),
                     account.audiencePackages.at(i).packageId);
            const QString bind = packages.at(i)[u"bind_type"_s].toString();
            QVERIFY(bind == u"INCLUDE"_s || bind == u"EXCLUDE"_s);
        }
        if (!packages.isEmpty())
            return;
    }
    QFAIL("no ad account with audience packages in the first BC");
}

// ---- Child BCs ---------------------------------------------------------------------------------

void TestEmulatorOauth::childBusinessCenters()
{
    QVERIFY(!m_world->externalBusinessCenters().isEmpty());
    QString childId;
    for (const ExternalBusinessCenter &external : m_world->externalBusinessCenters()) {
        bool taken = false;
        for (const GeneratedBusinessCenter &bc : m_world->businessCenters())
            taken = taken || m_world->findChildBusinessCenter(bc.bcId, external.bcId);
        if (!taken) {
            childId = external.bcId;
            break;
        }
    }
    QVERIFY(!childId.isEmpty());
    const QJsonObject body{{u"bc_id"_s, firstBc().bcId}, {u"child_bc_id"_s, childId}};
    const HttpResult invited = post(u"bc/child/invite/"_s, body);
    QCOMPARE(invited.code(), 0);
    QCOMPARE(invited.data().value(u"relation_status"_s).toString(), u"PENDING"_s);
    const ChildBusinessCenter *child = m_world->findChildBusinessCenter(firstBc().bcId, childId);
    QVERIFY(child);
    QCOMPARE(child->relationStatus, u"PENDING"_s);
    QCOMPARE(post(u"bc/child/invite/"_s, body).code(), 40002); // already has a parent

    QCOMPARE(post(u"bc/child/unbind/"_s, body).code(), 0);
    QVERIFY(!m_world->findChildBusinessCenter(firstBc().bcId, childId));
    QCOMPARE(post(u"bc/child/unbind/"_s, body).code(), 40007);
}

void TestEmulatorOauth::childErrors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("bc");
    QTest::addColumn<QString>("child");
    QTest::addColumn<int>("expectedCode");
    for (const QString &endpoint : {u"bc/child/invite/"_s, u"bc/child/unbind/"_s}) {
        const QByteArray name = endpoint.toUtf8();
        QTest::newRow(QByteArray(name + " no child").constData())
                << endpoint << u"first"_s << QString() << 40002;
        QTest::newRow(QByteArray(name + " bad child").constData())
                << endpoint << u"first"_s << u"abc"_s << 40002;
        QTest::newRow(QByteArray(name + " not admin").constData())
                << endpoint << u"standard"_s << u"external"_s << 40001;
        QTest::newRow(QByteArray(name + " unknown bc").constData())
                << endpoint << u"7000000000000000009"_s << u"external"_s << 40001;
    }
    QTest::newRow("invite unknown child")
            << u"bc/child/invite/"_s << u"first"_s << u"7000000000000000009"_s << 40007;
    QTest::newRow("invite itself") << u"bc/child/invite/"_s << u"first"_s << u"first"_s << 40002;
}

void TestEmulatorOauth::childErrors()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, bc);
    QFETCH(QString, child);
    QFETCH(int, expectedCode);
    const auto resolve = [&](const QString &name) -> QString {
        if (name == u"first"_s)
            return firstBc().bcId;
        if (name == u"external"_s)
            return m_world->externalBusinessCenters().constLast().bcId;
        if (name == u"standard"_s) {
            const GeneratedBusinessCenter *standard = findBc(
                    [](const GeneratedBusinessCenter &b) { return b.userRole == u"STANDARD"_s; });
            return standard ? standard->bcId : QString();
        }
        return name;
    };
    QJsonObject body{{u"bc_id"_s, resolve(bc)}};
    if (!child.isEmpty())
        body.insert(u"child_bc_id"_s, resolve(child));
    const HttpResult result = post(endpoint, body);
    QCOMPARE(result.code(), expectedCode);
}

// ---- Inspiration tool
// ----------------------------------------------------------------------------

void TestEmulatorOauth::audienceInsight()
{
    const HttpResult result =
            get(u"bc/inspiration_tool/audience_insight/"_s, {{u"bc_id"_s, firstBc().bcId},
                                                             {u"dimension"_s, u"GENDER"_s},
                                                             {u"start_date"_s, u"2026-10-01"_s},
                                                             {u"end_date"_s, u"2026-10-31"_s}});
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.data().value(u"dimension"_s).toString(), u"GENDER"_s);
    const QJsonArray list = result.array(u"list"_s);
    QCOMPARE(list.size(), 3);
    double share = 0;
    for (const QJsonValue &row : list)
        share += row[u"audience_share"_s].toDouble();
    QVERIFY(std::abs(share - 1.0) < 0.001);
    // Same request, same numbers.
    const HttpResult again =
            get(u"bc/inspiration_tool/audience_insight/"_s, {{u"bc_id"_s, firstBc().bcId},
                                                             {u"dimension"_s, u"GENDER"_s},
                                                             {u"start_date"_s, u"2026-10-01"_s},
                                                             {u"end_date"_s, u"2026-10-31"_s}});
    QCOMPARE(again.array(u"list"_s), list);
}

void TestEmulatorOauth::adPerformance()
{
    const Query query = {{u"bc_id"_s, firstBc().bcId},
                         {u"start_date"_s, u"2026-10-01"_s},
                         {u"end_date"_s, u"2026-10-31"_s},
                         {u"page_size"_s, u"50"_s}};
    const HttpResult result = get(u"bc/inspiration_tool/ad_performance/"_s, query);
    QCOMPARE(result.code(), 0);
    const QJsonArray list = result.array(u"list"_s);
    QVERIFY(!list.isEmpty());
    double previous = 1e18;
    for (const QJsonValue &row : list) {
        const AdAccount *account = m_world->findAdAccount(idText(row[u"advertiser_id"_s]));
        QVERIFY(account);
        // Spend agrees with the account's daily costs.
        const qint64 from =
                QDateTime::fromString(u"2026-10-01T00:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch();
        QCOMPARE(cents(row[u"spend"_s]),
                 m_world->costBetween(*account, from, from + 31 * 86400 - 1).amount());
        QVERIFY(row[u"spend"_s].toDouble() <= previous);
        previous = row[u"spend"_s].toDouble();
        QVERIFY(row[u"clicks"_s].toInteger() <= row[u"impressions"_s].toInteger());
    }
    const HttpResult some = get(u"bc/inspiration_tool/ad_performance/"_s,
                                query + Query{{u"metrics"_s, u"[\"spend\",\"clicks\"]"_s}});
    QStringList keys = some.array(u"list"_s).at(0).toObject().keys();
    keys.removeAll(u"ext_info"_s);
    keys.sort();
    QCOMPARE(keys, QStringList({u"advertiser_id"_s, u"advertiser_name"_s, u"clicks"_s,
                                u"currency"_s, u"spend"_s}));
}

void TestEmulatorOauth::inspirationPaging_data()
{
    QTest::addColumn<QString>("endDate");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<int>("expectedTotal");
    // REGION has 12 values: pages of 5 are 5, 5, 2.
    QTest::newRow("last partial page") << u"2026-10-31"_s << 3 << 2 << 12;
    QTest::newRow("past the end") << u"2026-10-31"_s << 4 << 0 << 12;
    QTest::newRow("empty (future range)") << u"2027-01-31"_s << 1 << 0 << 0;
}

void TestEmulatorOauth::inspirationPaging()
{
    QFETCH(QString, endDate);
    QFETCH(int, page);
    QFETCH(int, expectedRows);
    QFETCH(int, expectedTotal);
    const QString startDate = endDate.startsWith(u"2027"_s) ? u"2027-01-01"_s : u"2026-10-01"_s;
    const HttpResult result =
            get(u"bc/inspiration_tool/audience_insight/"_s, {{u"bc_id"_s, firstBc().bcId},
                                                             {u"dimension"_s, u"REGION"_s},
                                                             {u"start_date"_s, startDate},
                                                             {u"end_date"_s, endDate},
                                                             {u"page"_s, QString::number(page)},
                                                             {u"page_size"_s, u"5"_s}});
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.array(u"list"_s).size(), expectedRows);
    QCOMPARE(result.pageInfo()[u"total_number"_s].toInt(), expectedTotal);
    QCOMPARE(result.pageInfo()[u"total_page"_s].toInt(), (expectedTotal + 4) / 5);

    // ad_performance pages the same way; nothing spent in the future.
    const HttpResult performance =
            get(u"bc/inspiration_tool/ad_performance/"_s, {{u"bc_id"_s, firstBc().bcId},
                                                           {u"start_date"_s, startDate},
                                                           {u"end_date"_s, endDate},
                                                           {u"page"_s, QString::number(page)},
                                                           {u"page_size"_s, u"5"_s}});
    QCOMPARE(performance.code(), 0);
    if (expectedTotal == 0)
        QCOMPARE(performance.pageInfo()[u"total_number"_s].toInt(), 0);
}

void TestEmulatorOauth::inspirationErrors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expectedCode");
    const QString insight = u"bc/inspiration_tool/audience_insight/"_s;
    const QString performance = u"bc/inspiration_tool/ad_performance/"_s;
    QTest::newRow("insight: bad dimension") << insight << u"dimension"_s << u"AGES"_s << 40002;
    QTest::newRow("insight: no dimension") << insight << u"dimension"_s << QString() << 40002;
    QTest::newRow("insight: span > 90 days")
            << insight << u"start_date"_s << u"2026-01-01"_s << 40002;
    QTest::newRow("insight: foreign advertiser")
            << insight << u"advertiser_ids"_s << u"[\"7000000000000000001\"]"_s << 40001;
    QTest::newRow("performance: bad metric")
            << performance << u"metrics"_s << u"[\"roas\"]"_s << 40002;
    QTest::newRow("performance: page_size 51") << performance << u"page_size"_s << u"51"_s << 40002;
    QTest::newRow("performance: bad date")
            << performance << u"end_date"_s << u"31.10.2026"_s << 40002;
    QTest::newRow("performance: ids not json")
            << performance << u"advertiser_ids"_s << u"7000000000000000001"_s << 40002;
    QTest::newRow("performance: unknown bc")
            << performance << u"bc_id"_s << u"7000000000000000009"_s << 40001;
}

void TestEmulatorOauth::inspirationErrors()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, param);
    QFETCH(QString, value);
    QFETCH(int, expectedCode);
    QMap<QString, QString> values{{u"bc_id"_s, firstBc().bcId},
                                  {u"start_date"_s, u"2026-10-01"_s},
                                  {u"end_date"_s, u"2026-10-31"_s}};
    if (endpoint.contains(u"audience_insight"_s))
        values.insert(u"dimension"_s, u"AGE"_s);
    if (value.isEmpty())
        values.remove(param);
    else
        values.insert(param, value);
    Query query;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.append({it.key(), it.value()});
    QCOMPARE(get(endpoint, query).code(), expectedCode);
}

QTEST_GUILESS_MAIN(TestEmulatorOauth)
#include "tst_emulatoroauth.moc"
