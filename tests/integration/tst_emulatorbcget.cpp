// The emulator's GET /bc/get/ and the envelope, routing and auth every endpoint shares. Talks HTTP
// to an in-process EmulatorServer and reads answers with plain QJsonDocument: no client code, so
// these tests pin the wire format on their own.
#include <emulator/emulatorserver.h>
#include <emulator/worldgenerator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::emulator::GeneratedBusinessCenter;

namespace {

const QByteArray validToken = QByteArrayLiteral("fake-test-token");
constexpr int businessCenterCount = 23;

struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QString contentType;
    QByteArray body;
    QJsonObject json;
    bool bodyIsJsonObject = false;

    [[nodiscard]] int code() const { return json.value(u"code"_s).toInt(-1); }
    [[nodiscard]] QJsonObject data() const { return json.value(u"data"_s).toObject(); }
    [[nodiscard]] QJsonArray list() const { return data().value(u"list"_s).toArray(); }
    [[nodiscard]] QJsonObject pageInfo() const { return data().value(u"page_info"_s).toObject(); }
};

// A query string as a careful client writes it: every value percent-encoded.
QString encodeQuery(const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return parts.join(u'&');
}

QString filteringJson(const QJsonObject &filtering)
{
    return QString::fromUtf8(QJsonDocument(filtering).toJson(QJsonDocument::Compact));
}

// bc_id arrives as a string or, for some BCs, as a JSON number; both name the same id.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QByteArray withoutRequestId(QByteArray body)
{
    static const QRegularExpression requestId(u"\"request_id\":\"[^\"]*\""_s);
    return QString::fromUtf8(body).replace(requestId, u"\"request_id\":\"\""_s).toUtf8();
}

bool containsNull(const QJsonValue &value)
{
    if (value.isNull())
        return true;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &element) { return containsNull(element); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [](const QJsonValue &element) { return containsNull(element); });
    }
    return false;
}

} // namespace

class TestEmulatorBcGet final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void baseUrlIsLoopbackOpenApi();
    void successEnvelope();
    void errorEnvelope_data();
    void errorEnvelope();
    void requestIdsAreUnique();
    void businessCenterFields();
    void demoBusinessCenterIsFixed();
    void nullFieldsAreDropped();
    void unknownFieldsAreServed();
    void authentication_data();
    void authentication();
    void routeNotFound_data();
    void routeNotFound();
    void invalidParameters_data();
    void invalidParameters();
    void paging_data();
    void paging();
    void pagesCoverEveryBusinessCenterOnce();
    void defaultsArePageOneOfTen();
    void emptyWorld();
    void bcIdFilter_data();
    void bcIdFilter();
    void keywordFilter_data();
    void keywordFilter();
    void plusInQueryIsSpace();
    void tieredSceneIsAccepted();
    void numericIdKeepsEveryDigit();
    void sameSeedGivesIdenticalBodies();
    void differentSeedGivesDifferentIds();
    void smallerWorldIsPrefixOfLarger();
    void dataSetIsVaried();
    void statsCountRequests();

private:
    HttpResult send(const EmulatorServer &server, const QByteArray &method, const QString &path,
                    const QString &encodedQuery = {},
                    const std::optional<QByteArray> &token = validToken);
    HttpResult bcGet(const QString &encodedQuery = {});
    HttpResult bcGetFrom(const EmulatorServer &server, const QString &encodedQuery = {});
    std::unique_ptr<EmulatorServer> startServer(quint32 seed, int count);

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
};

std::unique_ptr<EmulatorServer> TestEmulatorBcGet::startServer(quint32 seed, int count)
{
    EmulatorConfig config;
    config.accessToken = QString::fromLatin1(validToken);
    config.seed = seed;
    config.businessCenterCount = count;
    // These tests fire bursts; the rate limits have their own tests (tst_emulatorlimits).
    config.qps = 0;
    config.qpm = 0;
    auto server = std::make_unique<EmulatorServer>(config);
    if (server->listenOnLoopback(0) == 0)
        return nullptr;
    return server;
}

HttpResult TestEmulatorBcGet::send(const EmulatorServer &server, const QByteArray &method,
                                   const QString &path, const QString &encodedQuery,
                                   const std::optional<QByteArray> &token)
{
    // path is relative to .../open_api/ ("v1.3/bc/get/") or absolute ("/elsewhere/").
    QUrl url = server.baseUrl().resolved(QUrl(path));
    if (!encodedQuery.isEmpty())
        url.setQuery(encodedQuery);
    QNetworkRequest request(url);
    if (token)
        request.setRawHeader(QByteArrayLiteral("Access-Token"), *token);

    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
            m_network.sendCustomRequest(request, method),
            [](QNetworkReply *r) { r->deleteLater(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(10000);
    result.error = reply->error();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    result.body = reply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    result.bodyIsJsonObject = document.isObject();
    result.json = document.object();
    return result;
}

HttpResult TestEmulatorBcGet::bcGet(const QString &encodedQuery)
{
    return bcGetFrom(*m_server, encodedQuery);
}

HttpResult TestEmulatorBcGet::bcGetFrom(const EmulatorServer &server, const QString &encodedQuery)
{
    return send(server, QByteArrayLiteral("GET"), u"v1.3/bc/get/"_s, encodedQuery);
}

void TestEmulatorBcGet::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_server = startServer(7, businessCenterCount);
    QVERIFY(m_server);
}

void TestEmulatorBcGet::init()
{
    // Keep-alive connections from an earlier test must not carry state into the next one.
    m_network.clearConnectionCache();
}

void TestEmulatorBcGet::baseUrlIsLoopbackOpenApi()
{
    const QUrl url = m_server->baseUrl();
    QCOMPARE(url.toString(),
             u"http://127.0.0.1:"_s + QString::number(m_server->port()) + u"/open_api/"_s);
    QVERIFY(m_server->port() != 0);
}

void TestEmulatorBcGet::successEnvelope()
{
    const HttpResult result = bcGet();
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.contentType, u"application/json"_s);
    QVERIFY(result.bodyIsJsonObject);

    QStringList keys = result.json.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({u"code"_s, u"data"_s, u"message"_s, u"request_id"_s}));
    QVERIFY(result.json.value(u"code"_s).isDouble());
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.json.value(u"message"_s).toString(), u"OK"_s);
    QVERIFY(result.json.value(u"request_id"_s).isString());
    QVERIFY(!result.json.value(u"request_id"_s).toString().isEmpty());
    QVERIFY(result.json.value(u"data"_s).isObject());
    QVERIFY(result.data().value(u"list"_s).isArray());
    QVERIFY(result.data().value(u"page_info"_s).isObject());
}

void TestEmulatorBcGet::errorEnvelope_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("sendToken");
    QTest::addColumn<int>("expectedCode");

    QTest::newRow("no token") << QByteArrayLiteral("GET") << u"v1.3/bc/get/"_s << QString() << false
                              << 40104;
    QTest::newRow("bad page") << QByteArrayLiteral("GET") << u"v1.3/bc/get/"_s << u"page=0"_s
                              << true << 40002;
    QTest::newRow("unknown endpoint")
            << QByteArrayLiteral("GET") << u"v1.3/bc/nothing/"_s << QString() << true << 40400;
    QTest::newRow("outside the API")
            << QByteArrayLiteral("GET") << u"/favicon.ico"_s << QString() << true << 40400;
    QTest::newRow("wrong method") << QByteArrayLiteral("POST") << u"v1.3/bc/get/"_s << QString()
                                  << true << 40400;
}

void TestEmulatorBcGet::errorEnvelope()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(bool, sendToken);
    QFETCH(int, expectedCode);

    const HttpResult result = send(*m_server, method, path, query,
                                   sendToken ? std::optional(validToken) : std::nullopt);
    QVERIFY(result.finished);
    // Errors are HTTP 200 too: clients must decide on "code".
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.contentType, u"application/json"_s);
    QVERIFY(result.bodyIsJsonObject);
    QStringList keys = result.json.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({u"code"_s, u"data"_s, u"message"_s, u"request_id"_s}));
    QCOMPARE(result.code(), expectedCode);
    QVERIFY(result.json.value(u"message"_s).isString());
    QVERIFY(!result.json.value(u"message"_s).toString().isEmpty());
    QVERIFY(result.json.value(u"message"_s).toString() != u"OK"_s);
    QVERIFY(!result.json.value(u"request_id"_s).toString().isEmpty());
    QVERIFY(result.json.value(u"data"_s).isObject());
    QVERIFY(result.data().isEmpty());
}

void TestEmulatorBcGet::requestIdsAreUnique()
{
    static const QRegularExpression shape(u"^[0-9]{14}[0-9A-F]{18}$"_s);
    QSet<QString> seen;
    constexpr int requests = 25;
    for (int i = 0; i < requests; ++i) {
        // Errors get ids too.
        const HttpResult result = i % 2 == 0 ? bcGet() : bcGet(u"page=abc"_s);
        QVERIFY(result.finished);
        const QString id = result.json.value(u"request_id"_s).toString();
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), requests);
}

void TestEmulatorBcGet::businessCenterFields()
{
    const HttpResult result = bcGet(u"page_size=50"_s);
    QCOMPARE(result.code(), 0);
    const QJsonArray list = result.list();
    const auto &world = m_server->world().businessCenters();
    QCOMPARE(list.size(), world.size());

    static const QRegularExpression idShape(u"^7[0-9]{18}$"_s);
    static const QStringList roles = {u"ADMIN"_s, u"STANDARD"_s};
    static const QStringList financeRoles = {u"MANAGER"_s, u"ANALYST"_s};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const GeneratedBusinessCenter &expected = world.at(i);
        QVERIFY(list.at(i).isObject());
        const QJsonObject item = list.at(i).toObject();
        QVERIFY(item.value(u"bc_info"_s).isObject());
        const QJsonObject info = item.value(u"bc_info"_s).toObject();

        const QString id = idText(info.value(u"bc_id"_s));
        QVERIFY2(idShape.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(id, expected.bcId);
        QCOMPARE(info.value(u"name"_s).toString(), expected.name);
        QCOMPARE(info.value(u"company"_s).toString(), expected.company);
        QCOMPARE(info.value(u"currency"_s).toString(), expected.currency);
        QCOMPARE(info.value(u"registered_area"_s).toString(), expected.registeredArea);
        QCOMPARE(info.value(u"status"_s).toString(), expected.status);
        QCOMPARE(info.value(u"timezone"_s).toString(), expected.timezone);
        QCOMPARE(info.value(u"type"_s).toString(), expected.type);
        QCOMPARE(info.value(u"verification_status"_s).toString(), expected.verificationStatus);
        QCOMPARE(info.value(u"organization_type"_s).toString(), expected.organizationType);
        QCOMPARE(info.value(u"currency"_s).toString().size(), 3);
        QCOMPARE(info.value(u"registered_area"_s).toString().size(), 2);

        QVERIFY(roles.contains(item.value(u"user_role"_s).toString()));
        QCOMPARE(item.value(u"user_role"_s).toString(), expected.userRole);
        QVERIFY(item.value(u"ext_user_role"_s).isObject());
        const QJsonObject ext = item.value(u"ext_user_role"_s).toObject();
        if (expected.financeRole.isEmpty()) {
            QVERIFY(!ext.contains(u"finance_role"_s));
        } else {
            QVERIFY(financeRoles.contains(ext.value(u"finance_role"_s).toString()));
            QCOMPARE(ext.value(u"finance_role"_s).toString(), expected.financeRole);
        }
        QCOMPARE(item.value(u"binding_status"_s).toString(), expected.bindingStatus);
    }
}

void TestEmulatorBcGet::demoBusinessCenterIsFixed()
{
    const HttpResult result = bcGet(u"page_size=1"_s);
    QCOMPARE(result.code(), 0);
    const QJsonObject item = result.list().at(0).toObject();
    const QJsonObject info = item.value(u"bc_info"_s).toObject();
    QCOMPARE(info.value(u"bc_id"_s).toString(), u"7093123456789012345"_s);
    QCOMPARE(info.value(u"name"_s).toString(), u"Acme Agency EU"_s);
    QCOMPARE(info.value(u"company"_s).toString(), u"Acme Agency Europe GmbH"_s);
    QCOMPARE(info.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(info.value(u"registered_area"_s).toString(), u"DE"_s);
    QCOMPARE(info.value(u"status"_s).toString(), u"ENABLE"_s);
    QCOMPARE(info.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(info.value(u"type"_s).toString(), u"AGENCY"_s);
    QCOMPARE(info.value(u"verification_status"_s).toString(), u"VERIFIED"_s);
    QCOMPARE(item.value(u"user_role"_s).toString(), u"ADMIN"_s);
    QCOMPARE(item.value(u"ext_user_role"_s).toObject().value(u"finance_role"_s).toString(),
             u"MANAGER"_s);
}

void TestEmulatorBcGet::nullFieldsAreDropped()
{
    // /bc/get/ has pop_resp_nullvalue: a BC without a finance role has no finance_role key.
    const HttpResult result = bcGet(u"page_size=50"_s);
    QCOMPARE(result.code(), 0);
    QVERIFY(!containsNull(result.json));
    const auto &world = m_server->world().businessCenters();
    const auto withoutFinanceRole =
            std::find_if(world.begin(), world.end(), [](const GeneratedBusinessCenter &bc) {
                return bc.financeRole.isEmpty();
            });
    QVERIFY(withoutFinanceRole != world.end());
    const QJsonObject item = result.list().at(withoutFinanceRole - world.begin()).toObject();
    QCOMPARE(item.value(u"ext_user_role"_s).toObject(), QJsonObject());
}

void TestEmulatorBcGet::unknownFieldsAreServed()
{
    // The client must ignore fields it does not know; make sure it meets some.
    static const QStringList itemKeys = {u"bc_info"_s, u"user_role"_s, u"ext_user_role"_s,
                                         u"binding_status"_s};
    static const QStringList pageInfoKeys = {u"page"_s, u"page_size"_s, u"total_number"_s,
                                             u"total_page"_s};
    const HttpResult result = bcGet(u"page_size=50"_s);
    for (const QJsonValue &value : result.list()) {
        const QStringList keys = value.toObject().keys();
        QVERIFY(std::any_of(keys.begin(), keys.end(),
                            [](const QString &key) { return !itemKeys.contains(key); }));
    }
    const QStringList keys = result.pageInfo().keys();
    QVERIFY(std::any_of(keys.begin(), keys.end(),
                        [](const QString &key) { return !pageInfoKeys.contains(key); }));
}

void TestEmulatorBcGet::authentication_data()
{
    // Raw requests: QNetworkAccessManager cannot be trusted to send an empty header verbatim.
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headerLines");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedMessage");

    const QByteArray target = QByteArrayLiteral("/open_api/v1.3/bc/get/");
    const QString isNull = u"Access token is null"_s;
    const QString revoked = u"Access token is incorrect or has been revoked."_s;
    QTest::newRow("no header") << target << QByteArray() << 40104 << isNull;
    QTest::newRow("empty header") << target << QByteArrayLiteral("Access-Token: \r\n") << 40104
                                  << isNull;
    QTest::newRow("wrong token") << target << QByteArrayLiteral("Access-Token: wrong\r\n") << 40105
                                 << revoked;
    QTest::newRow("prefix of the token")
            << target << QByteArrayLiteral("Access-Token: fake-test-toke\r\n") << 40105 << revoked;
    QTest::newRow("token plus a character")
            << target << QByteArrayLiteral("Access-Token: fake-test-tokenX\r\n") << 40105
            << revoked;
    QTest::newRow("token in other case")
            << target << QByteArrayLiteral("Access-Token: FAKE-TEST-TOKEN\r\n") << 40105 << revoked;
    QTest::newRow("bearer instead")
            << target << QByteArrayLiteral("Authorization: Bearer fake-test-token\r\n") << 40104
            << isNull;
    QTest::newRow("valid token") << target << QByteArrayLiteral("Access-Token: fake-test-token\r\n")
                                 << 0 << u"OK"_s;
    QTest::newRow("header name in lower case")
            << target << QByteArrayLiteral("access-token: fake-test-token\r\n") << 0 << u"OK"_s;
    QTest::newRow("token as query parameter")
            << QByteArrayLiteral("/open_api/v1.3/bc/get/?Access-Token=fake-test-token")
            << QByteArray() << 0 << u"OK"_s;
    QTest::newRow("wrong token as query parameter")
            << QByteArrayLiteral("/open_api/v1.3/bc/get/?Access-Token=nope") << QByteArray()
            << 40105 << revoked;
    QTest::newRow("empty query parameter")
            << QByteArrayLiteral("/open_api/v1.3/bc/get/?Access-Token=") << QByteArray() << 40104
            << isNull;
}

void TestEmulatorBcGet::authentication()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headerLines);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedMessage);

    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
    socket.write(QByteArrayLiteral("GET ") + target
                 + QByteArrayLiteral(" HTTP/1.1\r\nHost: 127.0.0.1\r\n") + headerLines
                 + QByteArrayLiteral("\r\n"));

    // Complete once the headers and Content-Length bytes of body are in.
    const auto bodyOf = [&received]() -> std::optional<QByteArray> {
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        static const QRegularExpression lengthHeader(u"(?i)\r\ncontent-length: *([0-9]+)"_s);
        const auto match = lengthHeader.match(QString::fromLatin1(received.left(headerEnd)));
        if (!match.hasMatch())
            return std::nullopt;
        const qsizetype length = match.captured(1).toLongLong();
        const QByteArray body = received.mid(headerEnd + 4);
        if (body.size() < length)
            return std::nullopt;
        return body.left(length);
    };
    QTRY_VERIFY_WITH_TIMEOUT(bodyOf().has_value(), 10000);

    QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.left(40).constData());
    const QJsonObject json = QJsonDocument::fromJson(*bodyOf()).object();
    QCOMPARE(json.value(u"code"_s).toInt(-1), expectedCode);
    QCOMPARE(json.value(u"message"_s).toString(), expectedMessage);
    if (expectedCode != 0)
        QCOMPARE(json.value(u"data"_s).toObject(), QJsonObject());
}

void TestEmulatorBcGet::routeNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown endpoint")
            << QByteArrayLiteral("GET") << u"v1.3/bc/nothing/"_s << u"/open_api/v1.3/bc/nothing/"_s;
    QTest::newRow("no trailing slash")
            << QByteArrayLiteral("GET") << u"v1.3/bc/get"_s << u"/open_api/v1.3/bc/get"_s;
    QTest::newRow("older version")
            << QByteArrayLiteral("GET") << u"v1.2/bc/get/"_s << u"/open_api/v1.2/bc/get/"_s;
    QTest::newRow("api root") << QByteArrayLiteral("GET") << u"v1.3/"_s << u"/open_api/v1.3/"_s;
    QTest::newRow("outside /open_api/")
            << QByteArrayLiteral("GET") << u"/bc/get/"_s << u"/bc/get/"_s;
    QTest::newRow("server root") << QByteArrayLiteral("GET") << u"/"_s << u"Route not found"_s;
    QTest::newRow("POST to a GET endpoint")
            << QByteArrayLiteral("POST") << u"v1.3/bc/get/"_s << u"POST"_s;
    QTest::newRow("DELETE to a GET endpoint")
            << QByteArrayLiteral("DELETE") << u"v1.3/bc/get/"_s << u"DELETE"_s;
    QTest::newRow("PUT to a GET endpoint")
            << QByteArrayLiteral("PUT") << u"v1.3/bc/get/"_s << u"PUT"_s;
}

void TestEmulatorBcGet::routeNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);

    const HttpResult result = send(*m_server, method, path);
    QVERIFY(result.finished);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.code(), 40400);
    const QString message = result.json.value(u"message"_s).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QCOMPARE(result.data(), QJsonObject());
}

void TestEmulatorBcGet::invalidParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");

    const auto row = [](const char *name, const QList<std::pair<QString, QString>> &items,
                        const QString &parameter) {
        QTest::newRow(name) << encodeQuery(items) << parameter;
    };
    row("page=0", {{u"page"_s, u"0"_s}}, u"page"_s);
    row("page=-1", {{u"page"_s, u"-1"_s}}, u"page"_s);
    row("page=abc", {{u"page"_s, u"abc"_s}}, u"page"_s);
    row("page=1.5", {{u"page"_s, u"1.5"_s}}, u"page"_s);
    row("page empty", {{u"page"_s, QString()}}, u"page"_s);
    row("page beyond int64", {{u"page"_s, u"99999999999999999999"_s}}, u"page"_s);
    row("page_size=0", {{u"page_size"_s, u"0"_s}}, u"page_size"_s);
    row("page_size=51", {{u"page_size"_s, u"51"_s}}, u"page_size"_s);
    row("page_size=abc", {{u"page_size"_s, u"abc"_s}}, u"page_size"_s);
    row("page_size=10x", {{u"page_size"_s, u"10x"_s}}, u"page_size"_s);
    row("filtering not JSON", {{u"filtering"_s, u"keyword=acme"_s}}, u"filtering"_s);
    row("filtering truncated JSON", {{u"filtering"_s, u"{\"keyword\":"_s}}, u"filtering"_s);
    row("filtering a JSON array", {{u"filtering"_s, u"[\"acme\"]"_s}}, u"filtering"_s);
    row("filtering a JSON string", {{u"filtering"_s, u"\"acme\""_s}}, u"filtering"_s);
    row("filtering empty", {{u"filtering"_s, QString()}}, u"filtering"_s);
    row("filtering keyword not a string", {{u"filtering"_s, u"{\"keyword\":5}"_s}},
        u"filtering.keyword"_s);
    row("filtering keyword_type unknown",
        {{u"filtering"_s, u"{\"keyword_type\":\"EVERYTHING\"}"_s}}, u"filtering.keyword_type"_s);
    row("filtering relation_type unknown", {{u"filtering"_s, u"{\"relation_type\":\"SIBLING\"}"_s}},
        u"filtering.relation_type"_s);
    row("scene unknown", {{u"scene"_s, u"ALL"_s}}, u"scene"_s);
    row("scene in lower case", {{u"scene"_s, u"single_account"_s}}, u"scene"_s);
    row("bc_id not numeric", {{u"bc_id"_s, u"acme"_s}}, u"bc_id"_s);
    row("bc_id empty", {{u"bc_id"_s, QString()}}, u"bc_id"_s);
}

void TestEmulatorBcGet::invalidParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);

    const HttpResult result = bcGet(query);
    QVERIFY(result.finished);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.code(), 40002);
    const QString message = result.json.value(u"message"_s).toString();
    QVERIFY2(message.startsWith(parameter + u':'), qPrintable(message));
    QCOMPARE(result.data(), QJsonObject());
}

void TestEmulatorBcGet::paging_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("expectedItems");

    // 23 BCs in pages of 5: four full pages, a last page of 3, then nothing.
    QTest::newRow("page 1") << 1 << 5;
    QTest::newRow("page 2") << 2 << 5;
    QTest::newRow("page 4") << 4 << 5;
    QTest::newRow("page 5 (last, partial)") << 5 << 3;
    QTest::newRow("page 6 (past the end)") << 6 << 0;
    QTest::newRow("page 1000") << 1000 << 0;
}

void TestEmulatorBcGet::paging()
{
    QFETCH(int, page);
    QFETCH(int, expectedItems);

    const HttpResult result = bcGet(u"page_size=5&page="_s + QString::number(page));
    QCOMPARE(result.code(), 0);
    QVERIFY(result.data().value(u"list"_s).isArray());
    QCOMPARE(result.list().size(), expectedItems);
    const QJsonObject pageInfo = result.pageInfo();
    QCOMPARE(pageInfo.value(u"page"_s).toInteger(), page);
    QCOMPARE(pageInfo.value(u"page_size"_s).toInteger(), 5);
    QCOMPARE(pageInfo.value(u"total_number"_s).toInteger(), businessCenterCount);
    QCOMPARE(pageInfo.value(u"total_page"_s).toInteger(), 5);

    const auto &world = m_server->world().businessCenters();
    for (int i = 0; i < expectedItems; ++i) {
        const QJsonObject info = result.list().at(i).toObject().value(u"bc_info"_s).toObject();
        QCOMPARE(idText(info.value(u"bc_id"_s)), world.at((page - 1) * 5 + i).bcId);
    }
}

void TestEmulatorBcGet::pagesCoverEveryBusinessCenterOnce()
{
    // Walk the pages the way the reference says clients must: while page < total_page.
    QStringList ids;
    qint64 page = 1;
    qint64 totalPage = 0;
    do {
        const HttpResult result = bcGet(u"page_size=7&page="_s + QString::number(page));
        QCOMPARE(result.code(), 0);
        totalPage = result.pageInfo().value(u"total_page"_s).toInteger();
        for (const QJsonValue &item : result.list())
            ids.append(idText(item.toObject().value(u"bc_info"_s).toObject().value(u"bc_id"_s)));
    } while (page++ < totalPage);

    QCOMPARE(totalPage, 4);
    QStringList expected;
    for (const GeneratedBusinessCenter &bc : m_server->world().businessCenters())
        expected.append(bc.bcId);
    QCOMPARE(ids, expected);
}

void TestEmulatorBcGet::defaultsArePageOneOfTen()
{
    const HttpResult result = bcGet();
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.list().size(), 10);
    QCOMPARE(result.pageInfo().value(u"page"_s).toInteger(), 1);
    QCOMPARE(result.pageInfo().value(u"page_size"_s).toInteger(), 10);
    QCOMPARE(result.pageInfo().value(u"total_page"_s).toInteger(), 3);
}

void TestEmulatorBcGet::emptyWorld()
{
    const auto empty = startServer(7, 0);
    QVERIFY(empty);
    QVERIFY(empty->world().businessCenters().isEmpty());
    const HttpResult result = bcGetFrom(*empty);
    QCOMPARE(result.code(), 0);
    QVERIFY(result.data().value(u"list"_s).isArray());
    QCOMPARE(result.list().size(), 0);
    QCOMPARE(result.pageInfo().value(u"page"_s).toInteger(), 1);
    QCOMPARE(result.pageInfo().value(u"page_size"_s).toInteger(), 10);
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), 0);
    QCOMPARE(result.pageInfo().value(u"total_page"_s).toInteger(), 0);
}

void TestEmulatorBcGet::bcIdFilter_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("the demo BC") << 0;
    QTest::newRow("a BC with a string id") << 2;
    QTest::newRow("a BC whose id is served as a number") << 3;
    QTest::newRow("the last BC") << businessCenterCount - 1;
}

void TestEmulatorBcGet::bcIdFilter()
{
    QFETCH(int, index);
    const GeneratedBusinessCenter &bc = m_server->world().businessCenters().at(index);

    const HttpResult result = bcGet(encodeQuery({{u"bc_id"_s, bc.bcId}}));
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.list().size(), 1);
    const QJsonObject info = result.list().at(0).toObject().value(u"bc_info"_s).toObject();
    QCOMPARE(idText(info.value(u"bc_id"_s)), bc.bcId);
    QCOMPARE(info.value(u"name"_s).toString(), bc.name);
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), 1);
    QCOMPARE(result.pageInfo().value(u"total_page"_s).toInteger(), 1);

    // An id the user cannot see: an empty list, not an error.
    const HttpResult unknown = bcGet(u"bc_id=7000000000000000001"_s);
    QCOMPARE(unknown.code(), 0);
    QCOMPARE(unknown.list().size(), 0);
    QCOMPARE(unknown.pageInfo().value(u"total_number"_s).toInteger(), 0);
    QCOMPARE(unknown.pageInfo().value(u"total_page"_s).toInteger(), 0);
}

void TestEmulatorBcGet::keywordFilter_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("expectedIds");

    const QList<GeneratedBusinessCenter> world =
            bc::emulator::WorldGenerator::generate(7, businessCenterCount).businessCenters();
    const auto idsWhere = [&world](const auto &predicate) {
        QStringList ids;
        for (const GeneratedBusinessCenter &bc : world) {
            if (predicate(bc))
                ids.append(bc.bcId);
        }
        return ids;
    };
    const auto firstNameWith = [&world](const auto &predicate) {
        for (const GeneratedBusinessCenter &bc : world) {
            if (predicate(bc.name))
                return bc.name;
        }
        return QString();
    };
    const auto nameIs = [](const QString &name) {
        return [name](const GeneratedBusinessCenter &bc) {
            return bc.name.compare(name, Qt::CaseInsensitive) == 0;
        };
    };

    QTest::newRow("demo BC by part of its name")
            << u"acme"_s << QStringList{u"7093123456789012345"_s};
    QTest::newRow("case-insensitive")
            << u"ACME AGENCY eu"_s << QStringList{u"7093123456789012345"_s};
    QTest::newRow("by part of the id")
            << u"709312345678"_s << QStringList{u"7093123456789012345"_s};

    const QString accented = firstNameWith([](const QString &name) {
        return std::any_of(name.begin(), name.end(),
                           [](QChar c) { return c.unicode() >= 0xC0 && c.unicode() < 0x250; });
    });
    QVERIFY(!accented.isEmpty());
    QTest::newRow("accented name in upper case")
            << accented.toUpper() << idsWhere(nameIs(accented));

    const QString cjk = firstNameWith([](const QString &name) {
        return std::any_of(name.begin(), name.end(),
                           [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() < 0xA000; });
    });
    QVERIFY(!cjk.isEmpty());
    QTest::newRow("CJK name") << cjk << idsWhere(nameIs(cjk));

    const QString emoji = firstNameWith(
            [](const QString &name) { return !name.isEmpty() && name.at(0).isHighSurrogate(); });
    QVERIFY(!emoji.isEmpty());
    QTest::newRow("emoji name") << emoji << idsWhere(nameIs(emoji));

    QTest::newRow("no match") << u"no such business center"_s << QStringList();
}

void TestEmulatorBcGet::keywordFilter()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, expectedIds);

    const QString filtering = filteringJson({{u"keyword"_s, keyword}});
    const HttpResult result =
            bcGet(encodeQuery({{u"filtering"_s, filtering}, {u"page_size"_s, u"50"_s}}));
    QCOMPARE(result.code(), 0);
    QStringList ids;
    for (const QJsonValue &item : result.list())
        ids.append(idText(item.toObject().value(u"bc_info"_s).toObject().value(u"bc_id"_s)));
    QCOMPARE(ids, expectedIds);
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), expectedIds.size());
}

void TestEmulatorBcGet::plusInQueryIsSpace()
{
    // Form encoding, as Python and Go clients send it: '+' is a space, "%2B" a plus.
    const HttpResult spaced = bcGet(u"filtering=%7B%22keyword%22%3A%22acme+agency%22%7D"_s);
    QCOMPARE(spaced.code(), 0);
    QCOMPARE(spaced.list().size(), 1);
    const HttpResult plus = bcGet(u"filtering=%7B%22keyword%22%3A%22acme%2Bagency%22%7D"_s);
    QCOMPARE(plus.code(), 0);
    QCOMPARE(plus.list().size(), 0);
}

void TestEmulatorBcGet::tieredSceneIsAccepted()
{
    const HttpResult single = bcGet(u"scene=SINGLE_ACCOUNT"_s);
    QCOMPARE(single.code(), 0);
    const HttpResult tiered = bcGet(u"scene=TIERED_ACCOUNT"_s);
    QCOMPARE(tiered.code(), 0);
    QCOMPARE(tiered.list().size(), 10);
}

void TestEmulatorBcGet::numericIdKeepsEveryDigit()
{
    const auto &world = m_server->world().businessCenters();
    const GeneratedBusinessCenter &bc = world.at(3);
    QVERIFY(bc.bcIdAsJsonNumber);
    QCOMPARE(bc.bcId.size(), 19);

    const HttpResult result = bcGet(encodeQuery({{u"bc_id"_s, bc.bcId}}));
    QCOMPARE(result.code(), 0);
    // The raw bytes: all 19 digits, no quotes, no exponent.
    const QByteArray unquoted = QByteArray("\"bc_id\":" + bc.bcId.toLatin1() + ',');
    const QByteArray quoted = QByteArray("\"bc_id\":\"" + bc.bcId.toLatin1());
    QVERIFY2(result.body.contains(unquoted), result.body.constData());
    QVERIFY(!result.body.contains(quoted));
    // And it parses back exactly as an integer (never through a double).
    const QJsonValue id =
            result.list().at(0).toObject().value(u"bc_info"_s).toObject().value(u"bc_id"_s);
    QVERIFY(id.isDouble());
    QCOMPARE(id.toInteger(), bc.bcId.toLongLong());

    // Deterministic: every fifth BC, starting with the fourth.
    const HttpResult all = bcGet(u"page_size=50"_s);
    for (qsizetype i = 0; i < world.size(); ++i) {
        const QJsonValue value =
                all.list().at(i).toObject().value(u"bc_info"_s).toObject().value(u"bc_id"_s);
        QCOMPARE(value.isDouble(), i % 5 == 3);
        QCOMPARE(value.isString(), i % 5 != 3);
    }
}

void TestEmulatorBcGet::sameSeedGivesIdenticalBodies()
{
    const auto first = startServer(42, 60);
    const auto second = startServer(42, 60);
    QVERIFY(first && second);
    const QStringList queries = {QString(), u"page=2&page_size=50"_s, u"page=abc"_s,
                                 encodeQuery({{u"filtering"_s, u"{\"keyword\":\"a\"}"_s}})};
    for (const QString &query : queries) {
        const HttpResult a = bcGetFrom(*first, query);
        const HttpResult b = bcGetFrom(*second, query);
        QVERIFY(a.finished && b.finished);
        QVERIFY(a.json.value(u"request_id"_s) != b.json.value(u"request_id"_s));
        QCOMPARE(withoutRequestId(a.body), withoutRequestId(b.body));
    }
}

void TestEmulatorBcGet::differentSeedGivesDifferentIds()
{
    const auto other = startServer(8, businessCenterCount);
    QVERIFY(other);
    const auto idsOf = [](const EmulatorServer &server) {
        QSet<QString> ids;
        for (const GeneratedBusinessCenter &bc : server.world().businessCenters())
            ids.insert(bc.bcId);
        return ids;
    };
    const QSet<QString> mine = idsOf(*m_server);
    const QSet<QString> theirs = idsOf(*other);
    // Only the fixed demo BC is shared.
    QCOMPARE(QSet<QString>(mine).intersect(theirs), QSet<QString>{u"7093123456789012345"_s});

    const HttpResult a = bcGetFrom(*m_server, u"page=2"_s);
    const HttpResult b = bcGetFrom(*other, u"page=2"_s);
    QVERIFY(withoutRequestId(a.body) != withoutRequestId(b.body));
}

void TestEmulatorBcGet::smallerWorldIsPrefixOfLarger()
{
    const auto small = bc::emulator::WorldGenerator::generate(5, 23).businessCenters();
    const auto large = bc::emulator::WorldGenerator::generate(5, 120).businessCenters();
    QCOMPARE(small.size(), 23);
    QCOMPARE(large.size(), 120);
    for (qsizetype i = 0; i < small.size(); ++i) {
        QCOMPARE(small.at(i).bcId, large.at(i).bcId);
        QCOMPARE(small.at(i).name, large.at(i).name);
    }
}

void TestEmulatorBcGet::dataSetIsVaried()
{
    const auto world = bc::emulator::WorldGenerator::generate(1, 120).businessCenters();
    QCOMPARE(world.size(), 120);

    static const QRegularExpression idShape(u"^7[0-9]{18}$"_s);
    QSet<QString> ids;
    QSet<QString> names;
    QSet<QString> currencies;
    QSet<QString> areas;
    QHash<QString, int> statuses;
    QSet<QString> types;
    QSet<QString> userRoles;
    QSet<QString> financeRoles;
    bool accented = false;
    bool cjk = false;
    bool emoji = false;
    bool ascii = false;
    bool etcTimezone = false;
    bool regionTimezone = false;
    for (const GeneratedBusinessCenter &bc : world) {
        QVERIFY2(idShape.match(bc.bcId).hasMatch(), qPrintable(bc.bcId));
        ids.insert(bc.bcId);
        names.insert(bc.name);
        currencies.insert(bc.currency);
        areas.insert(bc.registeredArea);
        ++statuses[bc.status];
        types.insert(bc.type);
        userRoles.insert(bc.userRole);
        financeRoles.insert(bc.financeRole);
        for (const QChar c : bc.name) {
            accented |= c.unicode() >= 0xC0 && c.unicode() < 0x250;
            cjk |= c.unicode() >= 0x3040 && c.unicode() < 0xA000;
            emoji |= c.isHighSurrogate();
        }
        ascii |= std::all_of(bc.name.begin(), bc.name.end(),
                             [](QChar c) { return c.unicode() < 0x80; });
        etcTimezone |= bc.timezone.startsWith(u"Etc/GMT"_s);
        regionTimezone |= bc.timezone.contains(u'/') && !bc.timezone.startsWith(u"Etc/"_s);
        QVERIFY(!bc.name.isEmpty());
        QVERIFY(!bc.company.isEmpty());
    }
    QCOMPARE(ids.size(), world.size());
    QCOMPARE(names.size(), world.size());
    QVERIFY(accented && cjk && emoji && ascii);
    QVERIFY(etcTimezone && regionTimezone);
    QVERIFY(currencies.size() >= 5);
    QVERIFY(areas.size() >= 8);
    QVERIFY(statuses.value(u"ENABLE"_s) > world.size() / 2);
    QVERIFY(statuses.value(u"REVIEWING"_s) > 0);
    QVERIFY(types.contains(u"AGENCY"_s) && types.contains(u"NORMAL"_s)
            && types.contains(u"SELF_SERVICE"_s));
    QCOMPARE(userRoles, (QSet<QString>{u"ADMIN"_s, u"STANDARD"_s}));
    QCOMPARE(financeRoles, (QSet<QString>{u"MANAGER"_s, u"ANALYST"_s, QString()}));
}

void TestEmulatorBcGet::statsCountRequests()
{
    const auto server = startServer(7, 3);
    QVERIFY(server);
    QCOMPARE(server->stats().totalRequests, 0);

    QVERIFY(bcGetFrom(*server).finished);
    QVERIFY(bcGetFrom(*server, u"page=2"_s).finished);
    QVERIFY(bcGetFrom(*server, u"page=0"_s).finished); // rejected, still counted
    QVERIFY(send(*server, QByteArrayLiteral("GET"), u"v1.3/bc/get/"_s, {}, std::nullopt).finished);
    QVERIFY(send(*server, QByteArrayLiteral("GET"), u"v1.3/bc/nothing/"_s).finished);
    QVERIFY(send(*server, QByteArrayLiteral("GET"), u"/elsewhere"_s).finished);

    const bc::emulator::EmulatorStats stats = server->stats();
    QCOMPARE(stats.totalRequests, 6);
    QCOMPARE(stats.requestsByPath.value(u"/open_api/v1.3/bc/get/"_s), 4);
    QCOMPARE(stats.requestsByPath.value(u"/open_api/v1.3/bc/nothing/"_s), 1);
    QCOMPARE(stats.requestsByPath.value(u"/elsewhere"_s), 1);
    QCOMPARE(stats.requestsByPath.size(), 3);
}

QTEST_GUILESS_MAIN(TestEmulatorBcGet)
#include "tst_emulatorbcget.moc"
