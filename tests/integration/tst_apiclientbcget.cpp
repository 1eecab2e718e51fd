#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "emulator/emulatorserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::Environment;
using bc::api::Result;
using bc::domain::BusinessCenter;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;

namespace {

const QString kToken = u"fake-test-token-0001"_s;

// Runs fetchBusinessCenters to the end and returns its result.
Result<QList<BusinessCenter>> fetchAll(ApiClient &client, bc::api::BusinessCenterQuery query = {},
                                       int *pagesSeen = nullptr)
{
    std::optional<Result<QList<BusinessCenter>>> outcome;
    QObject context;
    bc::api::ListFetch *fetch = client.fetchBusinessCenters(
            query, &context,
            [&outcome](const Result<QList<BusinessCenter>> &result) { outcome = result; });
    int pages = 0;
    QObject::connect(fetch, &bc::api::ListFetch::pageReceived, &context, [&pages] { ++pages; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000))
        return ApiError{ApiError::Kind::Timeout, 0, u"test gave up waiting"_s, {}, 0};
    if (pagesSeen)
        *pagesSeen = pages;
    return *outcome;
}

} // namespace

class TestApiClientBcGet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughEverything_data();
    void pagesThroughEverything();
    void keepsEveryDigitOfNumericIds();
    void invalidTokenIs40105();
    void missingTokenIs40104();
    void badPageSizeIs40002();
    void unknownPathIs40400();
    void filtersByKeywordAndId();

private:
    std::unique_ptr<EmulatorServer> startEmulator(int businessCenters);
};

std::unique_ptr<EmulatorServer> TestApiClientBcGet::startEmulator(int businessCenters)
{
    EmulatorConfig config;
    config.accessToken = kToken;
    config.businessCenterCount = businessCenters;
    config.seed = 7;
    auto server = std::make_unique<EmulatorServer>(config);
    if (server->listenOnLoopback() == 0)
        return nullptr;
    return server;
}

void TestApiClientBcGet::pagesThroughEverything_data()
{
    QTest::addColumn<int>("centers");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pages");

    QTest::newRow("23 in pages of 5") << 23 << 5 << 5;
    QTest::newRow("exact multiple") << 20 << 5 << 4;
    QTest::newRow("one page at the maximum") << 12 << 50 << 1;
    QTest::newRow("120 at the maximum") << 120 << 50 << 3;
    QTest::newRow("none") << 0 << 50 << 1;
}

void TestApiClientBcGet::pagesThroughEverything()
{
    QFETCH(int, centers);
    QFETCH(int, pageSize);
    QFETCH(int, pages);

    auto server = startEmulator(centers);
    QVERIFY(server);
    ApiClient client(Environment::custom(server->baseUrl()));
    client.setAccessToken(kToken);

    bc::api::BusinessCenterQuery query;
    query.pageSize = pageSize;
    int pagesSeen = 0;
    const auto result = fetchAll(client, query, &pagesSeen);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details()));
    QCOMPARE(pagesSeen, pages);
    QCOMPARE(server->stats().requestsByPath.value(u"/open_api/v1.3/bc/get/"_s), pages);

    const auto &expected = server->world().businessCenters();
    QCOMPARE(result.value().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const BusinessCenter &got = result.value().at(i);
        QCOMPARE(got.id, expected.at(i).bcId);
        QCOMPARE(got.name, expected.at(i).name);
        QCOMPARE(got.currency, expected.at(i).currency);
        QCOMPARE(got.userRole, expected.at(i).userRole);
        QCOMPARE(got.financeRole, expected.at(i).financeRole);
        QCOMPARE(got.timezone, expected.at(i).timezone);
    }
}

void TestApiClientBcGet::keepsEveryDigitOfNumericIds()
{
    auto server = startEmulator(12);
    QVERIFY(server);
    ApiClient client(Environment::custom(server->baseUrl()));
    client.setAccessToken(kToken);
    const auto result = fetchAll(client);
    QVERIFY(result.ok());
    int numeric = 0;
    for (qsizetype i = 0; i < result.value().size(); ++i) {
        const auto &generated = server->world().businessCenters().at(i);
        const BusinessCenter &bc = result.value().at(i);
        QCOMPARE(bc.id.size(), 19);
        QCOMPARE(bc.id, generated.bcId);
        if (generated.bcIdAsJsonNumber) {
            ++numeric;
            QVERIFY(bc.raw.value("bc_info"_L1).toObject().value("bc_id"_L1).isDouble());
        }
    }
    QVERIFY2(numeric > 0, "the emulator should send some ids as JSON numbers");
}

void TestApiClientBcGet::invalidTokenIs40105()
{
    auto server = startEmulator(3);
    QVERIFY(server);
    ApiClient client(Environment::custom(server->baseUrl()));
    client.setAccessToken(u"fake-wrong-token"_s);
    const auto result = fetchAll(client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, 40105);
    QCOMPARE(result.error().kind, ApiError::Kind::Auth);
    QCOMPARE(result.error().httpStatus, 200);
    QVERIFY(!result.error().requestId.isEmpty());
    QVERIFY(result.error().details().contains(result.error().requestId));
}

void TestApiClientBcGet::missingTokenIs40104()
{
    auto server = startEmulator(3);
    QVERIFY(server);
    ApiClient client(Environment::custom(server->baseUrl()));
    QVERIFY(!client.hasAccessToken());
    const auto result = fetchAll(client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, 40104);
    QCOMPARE(result.error().kind, ApiError::Kind::Auth);
}

void TestApiClientBcGet::badPageSizeIs40002()
{
    auto server = startEmulator(3);
    QVERIFY(server);
    ApiClient client(Environment::custom(server->baseUrl()));
    client.setAccessToken(kToken);
    bc::api::BusinessCenterQuery query;
    query.pageSize = 51; // above the documented maximum
    const auto result = fetchAll(client, query);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, 40002);
    QCOMPARE(result.error().kind, ApiError::Kind::Validation);
}

void TestApiClientBcGet::unknownPathIs40400()
{
    auto server = startEmulator(3);
    QVERIFY(server);
    ApiClient client(Environment::custom(server->baseUrl()));
    client.setAccessToken(kToken);
    bc::api::ApiCall *call = client.send(bc::api::ApiRequest::get(u"bc/no_such_thing/"_s));
    QSignalSpy finished(call, &bc::api::ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!call->result().ok());
    QCOMPARE(call->result().error().code, 40400);
    QCOMPARE(call->result().error().kind, ApiError::Kind::NotFound);
    call->deleteLater();
}

void TestApiClientBcGet::filtersByKeywordAndId()
{
    auto server = startEmulator(12);
    QVERIFY(server);
    ApiClient client(Environment::custom(server->baseUrl()));
    client.setAccessToken(kToken);
    const auto &third = server->world().businessCenters().at(2);

    bc::api::BusinessCenterQuery byId;
    byId.bcId = third.bcId;
    const auto one = fetchAll(client, byId);
    QVERIFY(one.ok());
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().constFirst().id, third.bcId);

    bc::api::BusinessCenterQuery byKeyword;
    byKeyword.keyword = third.name; // names use several scripts and punctuation: tests encoding
    const auto named = fetchAll(client, byKeyword);
    QVERIFY2(named.ok(), qPrintable(named.ok() ? QString() : named.error().details()));
    QVERIFY(!named.value().isEmpty());
    for (const BusinessCenter &bc : named.value())
        QVERIFY(bc.name.contains(third.name, Qt::CaseInsensitive) || bc.id.contains(third.name));
}

QTEST_GUILESS_MAIN(TestApiClientBcGet)
#include "tst_apiclientbcget.moc"
