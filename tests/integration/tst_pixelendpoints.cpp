// The BC pixel endpoints (reference §3.20) against the in-process emulator: each request's
// encoding, each answer's decoding (⚠ the pixel list under `pixels`, `list` or `pixel_list`), one
// success and one documented error per endpoint, and the state changes the writes make.
#include "core/api/endpoints/pixelendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::PixelEndpoints;
using bc::api::WriteReceipt;
using bc::domain::Pixel;
using bc::domain::PixelLink;
using bc::domain::PixelTransferResult;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-pixel-token"_s;

// 45 made-up pixels served 20 a page under `key`, as other gateways might answer.
bc::emulator::Endpoint scriptedPixelList(const QString &key)
{
    bc::emulator::Endpoint endpoint;
    endpoint.handler = [key](bc::emulator::World &, const bc::emulator::EmulatorRequest &request) {
        const int total = 45;
        const int page = request.queryValue(u"page"_s).toInt();
        const int pageSize = request.queryValue(u"page_size"_s).toInt();
        QJsonArray rows;
        for (int i = (page - 1) * pageSize; i < std::min(total, page * pageSize); ++i) {
            rows.append(QJsonObject{{u"pixel_code"_s, u"CPX%1"_s.arg(i, 17, 10, QChar(u'0'))},
                                    {u"pixel_id"_s, 7093000000000000000LL + i},
                                    {u"pixel_name"_s, u"Pixel %1"_s.arg(i)}});
        }
        return bc::emulator::EmulatorReply::success(
                {{key, rows},
                 {u"page_info"_s,
                  QJsonObject{{u"page"_s, page},
                              {u"page_size"_s, pageSize},
                              {u"total_number"_s, total},
                              {u"total_page"_s, (total + pageSize - 1) / pageSize}}}});
    };
    return endpoint;
}

} // namespace

class TestPixelEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void listMatchesTheWorld();
    void listOfUnknownBcIsAnError();
    void listUnderOtherKeysComesBackWhole_data();
    void listUnderOtherKeysComesBackWhole();
    void linkUpdateLinksAndUnlinks();
    void linkUpdateWithBadStatusIsRejected();
    void linksOfUnknownPixelIsAnError();
    void transferMovesAPixelIntoTheBc();
    void transferOfUnknownPixelIsAnError();
    void listLongerThanOnePageComesBackWhole();

private:
    [[nodiscard]] QList<Pixel> listPixels();
    [[nodiscard]] QList<PixelLink> listLinks(const QString &pixelCode);
    [[nodiscard]] QStringList accountPixelCodes() const; // pixels still owned by ad accounts

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PixelEndpoints> m_pixels;
    QString m_bcId; // a BC where the token's user is ADMIN and which holds pixels
    QObject m_context;
};

void TestPixelEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 51);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    m_pixels = std::make_unique<PixelEndpoints>(*m_client);
    m_bcId = m_server->world().businessCenters().constFirst().bcId; // the demo BC, user ADMIN
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    QCOMPARE(center.userRole, u"ADMIN"_s);
    QVERIFY(std::any_of(center.assets.cbegin(), center.assets.cend(),
                        [](const auto &a) { return a.assetType == u"PIXEL"_s; }));
}

QList<Pixel> TestPixelEndpoints::listPixels()
{
    AwaitedResult<QList<Pixel>> pixels;
    m_pixels->list({m_bcId}, &m_context, pixels.handler());
    if (!pixels.wait() || !pixels.ok()) {
        qWarning("%s", pixels.describe().constData());
        return {};
    }
    return pixels.value();
}

QList<PixelLink> TestPixelEndpoints::listLinks(const QString &pixelCode)
{
    AwaitedResult<QList<PixelLink>> links;
    m_pixels->links({m_bcId, pixelCode}, &m_context, links.handler());
    if (!links.wait() || !links.ok()) {
        qWarning("%s", links.describe().constData());
        return {};
    }
    return links.value();
}

QStringList TestPixelEndpoints::accountPixelCodes() const
{
    QStringList codes;
    for (const auto &account : m_server->world().findBusinessCenter(m_bcId)->adAccounts) {
        for (const auto &pixel : account.pixels)
            codes << pixel.pixelCode;
    }
    return codes;
}

void TestPixelEndpoints::requestsAreEncodedAsDocumented()
{
    const ApiRequest list = PixelEndpoints::listRequest({u"7000000000000000001"_s});
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/pixel/get/"_s);
    QCOMPARE(list.query.size(), 1);
    QCOMPARE(queryValue(list, u"bc_id"_s), u"7000000000000000001"_s);

    const ApiRequest links =
            PixelEndpoints::linkListRequest({u"7000000000000000001"_s, u"CABCDEF"_s});
    QCOMPARE(links.method, QByteArray("GET"));
    QCOMPARE(links.path, u"bc/pixel/link/get/"_s);
    QCOMPARE(queryValue(links, u"pixel_code"_s), u"CABCDEF"_s);

    const ApiRequest update = PixelEndpoints::linkUpdateRequest(
            {u"7000000000000000001"_s, u"CABCDEF"_s, {u"7000000000000000002"_s}, u"LINK"_s});
    QCOMPARE(update.method, QByteArray("POST"));
    QCOMPARE(update.path, u"bc/pixel/link/update/"_s);
    QCOMPARE(update.body, (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                                       {u"pixel_code"_s, u"CABCDEF"_s},
                                       {u"advertiser_ids"_s, QJsonArray{u"7000000000000000002"_s}},
                                       {u"relation_status"_s, u"LINK"_s}}));
    QVERIFY(!update.isIdempotent());

    const ApiRequest transfer =
            PixelEndpoints::transferRequest({u"7000000000000000001"_s, u"CABCDEF"_s});
    QCOMPARE(transfer.method, QByteArray("POST"));
    QCOMPARE(transfer.path, u"bc/pixel/transfer/"_s);
    QCOMPARE(transfer.body, (QJsonObject{{u"bc_id"_s, u"7000000000000000001"_s},
                                         {u"pixel_code"_s, u"CABCDEF"_s}}));
    QVERIFY(!transfer.isIdempotent());
}

void TestPixelEndpoints::listMatchesTheWorld()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    QMap<QString, QString> expected; // pixel code -> name
    for (const auto &asset : center.assets) {
        if (asset.assetType == u"PIXEL"_s)
            expected.insert(asset.pixelCode, asset.assetName);
    }
    const QList<Pixel> pixels = listPixels();
    QCOMPARE(pixels.size(), expected.size());
    for (const Pixel &pixel : pixels) {
        QVERIFY2(expected.contains(pixel.pixelCode), qPrintable(pixel.pixelCode));
        QCOMPARE(pixel.pixelName, expected.value(pixel.pixelCode));
        const auto *asset = m_server->world().findPixel(m_bcId, pixel.pixelCode);
        QVERIFY(asset);
        QVERIFY(!pixel.pixelId.isEmpty());
        QVERIFY(std::all_of(pixel.pixelId.cbegin(), pixel.pixelId.cend(),
                            [](QChar c) { return c.isDigit(); }));
    }
}

void TestPixelEndpoints::listOfUnknownBcIsAnError()
{
    AwaitedResult<QList<Pixel>> pixels;
    m_pixels->list({u"7999999999999999999"_s}, &m_context, pixels.handler());
    QVERIFY(pixels.wait());
    QVERIFY(!pixels.ok());
    QCOMPARE(pixels.error().code, 40001);
    QCOMPARE(pixels.error().kind, ApiError::Kind::Permission);
}

void TestPixelEndpoints::listUnderOtherKeysComesBackWhole_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("pixels") << u"pixels"_s;
    QTest::newRow("list") << u"list"_s;
    QTest::newRow("pixel_list") << u"pixel_list"_s;
}

void TestPixelEndpoints::listUnderOtherKeysComesBackWhole()
{
    QFETCH(QString, key);
    EmulatorConfig config = unlimitedEmulatorConfig(kToken);
    config.size = bc::emulator::WorldSize::Small;
    EmulatorServer server(config);
    QVERIFY(server.listenOnLoopback() != 0);
    server.addEndpoint(u"bc/pixel/get/"_s, scriptedPixelList(key));
    ApiClient client(bc::api::Environment::custom(server.baseUrl()));
    client.setAccessToken(kToken);
    PixelEndpoints endpoints(client);

    AwaitedResult<QList<Pixel>> pixels;
    endpoints.list({server.world().businessCenters().constFirst().bcId}, &m_context,
                   pixels.handler());
    QVERIFY(pixels.wait());
    QVERIFY2(pixels.ok(), pixels.describe().constData());
    QCOMPARE(pixels.value().size(), 45); // three pages of 20
    for (int i = 0; i < 45; ++i) {
        QCOMPARE(pixels.value().at(i).pixelName, u"Pixel %1"_s.arg(i));
        QCOMPARE(pixels.value().at(i).pixelId, QString::number(7093000000000000000LL + i));
    }
}

void TestPixelEndpoints::linkUpdateLinksAndUnlinks()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const auto pixel = std::find_if(center.assets.cbegin(), center.assets.cend(),
                                    [](const auto &a) { return a.assetType == u"PIXEL"_s; });
    const QString code = pixel->pixelCode;
    const QStringList linkedBefore = pixel->linkedAdvertiserIds;

    // What the world says is linked comes back, digit-exact.
    const auto idsOf = [](const QList<PixelLink> &links) {
        QStringList ids;
        for (const PixelLink &link : links)
            ids << link.advertiserId;
        ids.sort();
        return ids;
    };
    QStringList expected = linkedBefore;
    expected.sort();
    QCOMPARE(idsOf(listLinks(code)), expected);

    QStringList toLink;
    for (const auto &account : center.adAccounts) {
        if (!linkedBefore.contains(account.advertiserId) && account.relationType == u"OWNER_BC"_s
            && toLink.size() < 3)
            toLink << account.advertiserId;
    }
    QCOMPARE(toLink.size(), 3);
    AwaitedResult<WriteReceipt> linked;
    m_pixels->updateLinks({m_bcId, code, toLink, u"LINK"_s}, &m_context, linked.handler());
    QVERIFY(linked.wait());
    QVERIFY2(linked.ok(), linked.describe().constData());
    QVERIFY(!linked.value().requestId.isEmpty());

    const QList<PixelLink> links = listLinks(code);
    expected = linkedBefore + toLink;
    expected.sort();
    QCOMPARE(idsOf(links), expected);
    for (const PixelLink &link : links)
        QCOMPARE(link.advertiserName, m_server->world().findAdAccount(link.advertiserId)->name);

    AwaitedResult<WriteReceipt> unlinked;
    m_pixels->updateLinks({m_bcId, code, toLink.mid(0, 2), u"UNLINK"_s}, &m_context,
                          unlinked.handler());
    QVERIFY(unlinked.wait());
    QVERIFY2(unlinked.ok(), unlinked.describe().constData());
    expected = linkedBefore + toLink.mid(2);
    expected.sort();
    QCOMPARE(idsOf(listLinks(code)), expected);
}

void TestPixelEndpoints::linkUpdateWithBadStatusIsRejected()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const auto pixel = std::find_if(center.assets.cbegin(), center.assets.cend(),
                                    [](const auto &a) { return a.assetType == u"PIXEL"_s; });
    AwaitedResult<WriteReceipt> linked;
    m_pixels->updateLinks(
            {m_bcId, pixel->pixelCode, {center.adAccounts.constFirst().advertiserId}, u"link"_s},
            &m_context, linked.handler());
    QVERIFY(linked.wait());
    QVERIFY(!linked.ok());
    QCOMPARE(linked.error().code, 40002); // enums are exact case
}

void TestPixelEndpoints::linksOfUnknownPixelIsAnError()
{
    AwaitedResult<QList<PixelLink>> links;
    m_pixels->links({m_bcId, u"CNOSUCHPIXEL0000000"_s}, &m_context, links.handler());
    QVERIFY(links.wait());
    QVERIFY(!links.ok());
    QCOMPARE(links.error().code, 40007);
    QCOMPARE(links.error().kind, ApiError::Kind::NotFound);
}

void TestPixelEndpoints::transferMovesAPixelIntoTheBc()
{
    const QStringList codes = accountPixelCodes();
    QVERIFY2(!codes.isEmpty(), "some ad account still owns a pixel");
    const QString code = codes.constFirst();
    const auto inList = [&](const QList<Pixel> &pixels) {
        return std::any_of(pixels.cbegin(), pixels.cend(),
                           [&](const Pixel &p) { return p.pixelCode == code; });
    };
    QVERIFY(!inList(listPixels()));

    AwaitedResult<PixelTransferResult> moved;
    m_pixels->transfer({m_bcId, code}, &m_context, moved.handler());
    QVERIFY(moved.wait());
    QVERIFY2(moved.ok(), moved.describe().constData());
    const auto *asset = m_server->world().findPixel(m_bcId, code);
    QVERIFY(asset);
    QCOMPARE(moved.value().assetId, asset->assetId);
    QVERIFY(inList(listPixels()));
}

void TestPixelEndpoints::transferOfUnknownPixelIsAnError()
{
    AwaitedResult<PixelTransferResult> moved;
    m_pixels->transfer({m_bcId, u"CNOSUCHPIXEL0000000"_s}, &m_context, moved.handler());
    QVERIFY(moved.wait());
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, 40007);
}

void TestPixelEndpoints::listLongerThanOnePageComesBackWhole()
{
    // The large world's BC holds 50 pixels: three pages of 20.
    EmulatorConfig config = unlimitedEmulatorConfig(kToken);
    config.size = bc::emulator::WorldSize::Large;
    config.largeAdAccountCount = 30; // the pixels are what counts here
    EmulatorServer server(config);
    QVERIFY(server.listenOnLoopback() != 0);
    ApiClient client(bc::api::Environment::custom(server.baseUrl()));
    client.setAccessToken(kToken);
    PixelEndpoints endpoints(client);

    const auto &center = server.world().businessCenters().constFirst();
    QMap<QString, QString> expected; // pixel code -> name
    for (const auto &asset : center.assets) {
        if (asset.assetType == u"PIXEL"_s)
            expected.insert(asset.pixelCode, asset.assetName);
    }
    QVERIFY(expected.size() > 2 * PixelEndpoints::maxPixelPageSize);

    AwaitedResult<QList<Pixel>> pixels;
    endpoints.list({center.bcId}, &m_context, pixels.handler());
    QVERIFY(pixels.wait());
    QVERIFY2(pixels.ok(), pixels.describe().constData());
    QCOMPARE(pixels.value().size(), expected.size());
    QSet<QString> seen;
    for (const Pixel &pixel : pixels.value()) {
        seen.insert(pixel.pixelCode);
        QCOMPARE(pixel.pixelName, expected.value(pixel.pixelCode));
    }
    QCOMPARE(seen.size(), expected.size());
}

QTEST_GUILESS_MAIN(TestPixelEndpoints)
#include "tst_pixelendpoints.moc"
