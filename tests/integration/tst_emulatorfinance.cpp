// The emulator's finance family: BC money (balances, transactions, costs, transfers), ad-account
// management (create, update, budgets, disable, qualifications, attributes, UnionPay) and image
// uploads, plus the multipart parser behind the upload. Plain HTTP + QJsonDocument, no client code.
#include <emulator/emulatorserver.h>
#include <emulator/handlers/multipartform.h>
#include <emulator/world.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using bc::emulator::AdAccount;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::emulator::GeneratedBusinessCenter;

namespace {

const QByteArray validToken = QByteArrayLiteral("finance-test-token");
const QString demoBc = u"7093123456789012345"_s; // ADMIN + MANAGER, monthly invoicing
const QString unknownBc = u"7000000000000000001"_s;

struct Answer
{
    QJsonObject json;
    [[nodiscard]] int code() const { return json.value(u"code"_s).toInt(-1); }
    [[nodiscard]] QString message() const { return json.value(u"message"_s).toString(); }
    [[nodiscard]] QJsonObject data() const { return json.value(u"data"_s).toObject(); }
    [[nodiscard]] QJsonObject pageInfo() const { return data().value(u"page_info"_s).toObject(); }
};

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

qint64 cents(const QJsonValue &value)
{
    return std::llround(value.toDouble() * 100.0);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonArray(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

using Query = QList<std::pair<QString, QString>>;

QByteArray pngBytes()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray("\x00\x00\x00\x0DIHDR\x00\x00\x00\x10\x00\x00\x00\x10", 16);
    png += QByteArray(32, '\x01');
    return png;
}

QByteArray multipartBody(const QByteArray &boundary, const QString &bcId, const QByteArray &file,
                         const QByteArray &fileName = "logo.png")
{
    QByteArray body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"bc_id\"\r\n\r\n"
            + bcId.toUtf8() + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image_file\"; filename=\""
            + fileName + "\"\r\nContent-Type: image/png\r\n\r\n" + file + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

} // namespace

class TestEmulatorFinance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void multipartParser_data();
    void multipartParser();

    void balance();
    void parameterErrors_data();
    void parameterErrors();
    void permissionErrors_data();
    void permissionErrors();
    void paging_data();
    void paging();
    void dateRanges_data();
    void dateRanges();
    void listsCarryRoughEdges();
    void changelogPaging();

    void transferMovesMoneyBothWays();
    void transferRejectsBadAmounts_data();
    void transferRejectsBadAmounts();
    void bcLevelCreditIsIdempotent();
    void createFundUpdateDisable();
    void advertiserDetailsUpdate();
    void qualifications();
    void attributes();
    void unionPay();
    void imageUpload();

private:
    Answer get(const QString &path, const Query &query);
    Answer post(const QString &path, const QJsonObject &body);
    Answer postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType);
    Answer send(const QString &path, const QByteArray &method, const Query &query,
                const QByteArray &body, const QByteArray &contentType);
    [[nodiscard]] const GeneratedBusinessCenter &bc(const QString &bcId) const;
    // An owned, enabled ad account of the demo BC with cash of its own.
    [[nodiscard]] QString fundedAccount() const;

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
    QString m_noFinanceBc; // bound, no finance role
    QString m_analystBc;   // finance role ANALYST
    QString m_standardBc;  // STANDARD member (not admin)
};

void TestEmulatorFinance::initTestCase()
{
    EmulatorConfig config;
    config.accessToken = QString::fromLatin1(validToken);
    config.seed = 7;
    config.businessCenterCount = 23;
    config.qps = 0;
    config.qpm = 0;
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback(0) != 0);
    for (const GeneratedBusinessCenter &center : m_server->world().businessCenters()) {
        if (center.financeRole.isEmpty() && m_noFinanceBc.isEmpty())
            m_noFinanceBc = center.bcId;
        if (center.financeRole == u"ANALYST"_s && m_analystBc.isEmpty())
            m_analystBc = center.bcId;
        if (center.userRole == u"STANDARD"_s && m_standardBc.isEmpty())
            m_standardBc = center.bcId;
    }
    QVERIFY(!m_noFinanceBc.isEmpty());
    QVERIFY(!m_analystBc.isEmpty());
    QVERIFY(!m_standardBc.isEmpty());
    QVERIFY(!fundedAccount().isEmpty());
}

Answer TestEmulatorFinance::send(const QString &path, const QByteArray &method, const Query &query,
                                 const QByteArray &body, const QByteArray &contentType)
{
    QUrl url = m_server->baseUrl().resolved(QUrl(u"v1.3/"_s + path));
    QStringList parts;
    for (const auto &[name, value] : query) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!parts.isEmpty())
        url.setQuery(parts.join(u'&'));
    QNetworkRequest request(url);
    request.setRawHeader("Access-Token", validToken);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
            m_network.sendCustomRequest(request, method, body),
            [](QNetworkReply *r) { r->deleteLater(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer;
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

Answer TestEmulatorFinance::get(const QString &path, const Query &query)
{
    return send(path, "GET", query, {}, {});
}

Answer TestEmulatorFinance::post(const QString &path, const QJsonObject &body)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

Answer TestEmulatorFinance::postRaw(const QString &path, const QByteArray &body,
                                    const QByteArray &contentType)
{
    return send(path, "POST", {}, body, contentType);
}

const GeneratedBusinessCenter &TestEmulatorFinance::bc(const QString &bcId) const
{
    return *m_server->world().findBusinessCenter(bcId);
}

QString TestEmulatorFinance::fundedAccount() const
{
    for (const AdAccount &account : bc(demoBc).adAccounts) {
        if (account.relationType == u"OWNER_BC"_s && !account.disabled
            && account.balance.validCash > 10000)
            return account.advertiserId;
    }
    return {};
}

// ---- Multipart parser ---------------------------------------------------------------------------

void TestEmulatorFinance::multipartParser_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("parts");

    const QByteArray type = "multipart/form-data; boundary=XyZ";
    const QByteArray good = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n"
                            "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; "
                            "filename=\"x;y.png\"\r\nContent-Type: image/png\r\n\r\n\r\nbin\r\n"
                            "--XyZ--\r\n";
    QTest::newRow("two parts") << type << good << true << 2;
    QTest::newRow("quoted boundary")
            << QByteArray("multipart/form-data; boundary=\"XyZ\"") << good << true << 2;
    QTest::newRow("preamble") << type << QByteArray("ignored\r\n" + good) << true << 2;
    QTest::newRow("no parts") << type << QByteArray("--XyZ--\r\n") << true << 0;
    QTest::newRow("not multipart") << QByteArray("application/json") << good << false << 0;
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << good << false << 0;
    QTest::newRow("boundary too long")
            << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'b')) << good << false
            << 0;
    QTest::newRow("other boundary")
            << QByteArray("multipart/form-data; boundary=Other") << good << false << 0;
    QTest::newRow("empty body") << type << QByteArray() << false << 0;
    QTest::newRow("no closing delimiter")
            << type << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none")
            << false << 0;
    QTest::newRow("headers never end")
            << type << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"a\"") << false
            << 0;
    QTest::newRow("no disposition")
            << type << QByteArray("--XyZ\r\nContent-Type: text/plain\r\n\r\none\r\n--XyZ--")
            << false << 0;
    QTest::newRow("no name") << type
                             << QByteArray("--XyZ\r\nContent-Disposition: form-data\r\n\r\none\r\n"
                                           "--XyZ--")
                             << false << 0;
    QTest::newRow("not form-data")
            << type
            << QByteArray(
                       "--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--XyZ--")
            << false << 0;
    QTest::newRow("header without colon")
            << type << QByteArray("--XyZ\r\nContent-Disposition form-data\r\n\r\n1\r\n--XyZ--")
            << false << 0;
    QTest::newRow("bare LF in headers")
            << type
            << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\nX: y\r\n\r\n1\r\n"
                          "--XyZ--")
            << false << 0;
    QTest::newRow("unterminated quote")
            << type
            << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\n1\r\n--XyZ--")
            << false << 0;
    QTest::newRow("garbage after delimiter") << type << QByteArray("--XyZjunk\r\n") << false << 0;
}

void TestEmulatorFinance::multipartParser()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, parts);
    const bc::emulator::MultipartForm form = bc::emulator::parseMultipartForm(contentType, body);
    QCOMPARE(form.ok(), ok);
    QCOMPARE(form.parts.size(), parts);
    if (parts == 2) {
        QCOMPARE(form.part(u"a"_s)->body, QByteArray("one"));
        QCOMPARE(form.part(u"f"_s)->fileName, u"x;y.png"_s);
        QCOMPARE(form.part(u"f"_s)->contentType, QByteArray("image/png"));
        QCOMPARE(form.part(u"f"_s)->body, QByteArray("\r\nbin")); // leading CRLF is content
    }
}

// ---- Reads --------------------------------------------------------------------------------------

void TestEmulatorFinance::balance()
{
    const Answer answer = get(u"bc/balance/get/"_s, {{u"bc_id"_s, demoBc}});
    QCOMPARE(answer.code(), 0);
    const QJsonObject data = answer.data();
    QCOMPARE(idText(data.value(u"bc_id"_s)), demoBc);
    QCOMPARE(data.value(u"currency"_s).toString(), bc(demoBc).currency);
    QCOMPARE(cents(data.value(u"account_balance"_s)),
             cents(data.value(u"valid_account_balance"_s)) + cents(data.value(u"frozen_balance"_s))
                     + cents(data.value(u"tax"_s)));
    QCOMPARE(cents(data.value(u"valid_cash_balance"_s)), bc(demoBc).balance.validCash);
    QVERIFY(data.contains(u"payment_portfolio_type"_s));
    QVERIFY(data.contains(u"ext_info"_s)); // a field no spec names
    // An analyst may read.
    QCOMPARE(get(u"bc/balance/get/"_s, {{u"bc_id"_s, m_analystBc}}).code(), 0);
}

void TestEmulatorFinance::parameterErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Query>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageStart");

    const auto row = [](const char *name, const QString &path, const Query &query,
                        const QString &start) {
        QTest::newRow(name) << path << QByteArray("GET") << query << QByteArray() << start;
    };
    const auto postRow = [](const char *name, const QString &path, const QByteArray &body,
                            const QString &start) {
        QTest::newRow(name) << path << QByteArray("POST") << Query{} << body << start;
    };
    row("balance: no bc_id", u"bc/balance/get/"_s, {}, u"bc_id"_s);
    row("balance: bad bc_id", u"bc/balance/get/"_s, {{u"bc_id"_s, u"abc"_s}}, u"bc_id"_s);
    row("transactions: funds_type string", u"bc/transaction/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"{\"funds_type\":\"FUNDS_TYPE_CASH\"}"_s}},
        u"filtering.funds_type"_s);
    row("transactions: funds_type enum", u"bc/transaction/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"{\"funds_type\":[\"CASH\"]}"_s}},
        u"filtering.funds_type"_s);
    row("transactions: filtering not JSON", u"bc/transaction/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"funds_type=x"_s}}, u"filtering"_s);
    row("transactions: page_size 51", u"bc/transaction/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"page_size"_s, u"51"_s}}, u"page_size"_s);
    row("account transactions: level", u"bc/account/transaction/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"transaction_level"_s, u"PAYMENT_PORTFOLIO"_s}},
        u"transaction_level"_s);
    row("account transactions: account_ids > 100", u"bc/account/transaction/get/"_s,
        {{u"bc_id"_s, demoBc},
         {u"filtering"_s,
          json({{u"account_ids"_s, QJsonArray::fromStringList(QStringList(101, u"1"_s))}})}},
        u"filtering.account_ids"_s);
    row("account transactions: transaction_types", u"bc/account/transaction/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"{\"transaction_types\":[\"GIFT\"]}"_s}},
        u"filtering.transaction_types"_s);
    row("account transactions: page_size 0", u"bc/account/transaction/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"page_size"_s, u"0"_s}}, u"page_size"_s);
    row("cost: only start_date", u"bc/account/cost/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"{\"start_date\":\"2026-10-01\"}"_s}},
        u"filtering.start_date"_s);
    row("cost: page_size 51", u"bc/account/cost/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"page_size"_s, u"51"_s}}, u"page_size"_s);
    row("changelog: no advertiser_id", u"bc/account/budget/changelog/get/"_s,
        {{u"bc_id"_s, demoBc}}, u"advertiser_id"_s);
    row("qualifications: page_size 101", u"bc/advertiser/qualification/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"page_size"_s, u"101"_s}}, u"page_size"_s);
    row("qualifications: verified as string", u"bc/advertiser/qualification/get/"_s,
        {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"{\"verified\":\"true\"}"_s}},
        u"filtering.verified"_s);
    row("attribute: no bc_id", u"bc/advertiser/attribute/"_s, {}, u"bc_id"_s);
    row("unionpay check: no license_no", u"bc/advertiser/unionpay_info/check/"_s, {},
        u"license_no"_s);

    const QByteArray bcId = demoBc.toUtf8();
    postRow("create: not JSON", u"bc/advertiser/create/"_s, "name=x", u"body"_s);
    postRow("create: array body", u"bc/advertiser/create/"_s, "[]", u"body"_s);
    postRow("create: no advertiser_info", u"bc/advertiser/create/"_s,
            "{\"bc_id\":\"" + bcId + "\"}", u"advertiser_info"_s);
    postRow("create: name too long", u"bc/advertiser/create/"_s,
            "{\"bc_id\":\"" + bcId + "\",\"advertiser_info\":{\"name\":\"" + QByteArray(101, 'n')
                    + "\"}}",
            u"advertiser_info.name"_s);
    postRow("create: tax_map object", u"bc/advertiser/create/"_s,
            "{\"bc_id\":\"" + bcId
                    + "\",\"advertiser_info\":{\"name\":\"n\"},\"billing_info\":{\"tax_map\":{}}}",
            u"billing_info.tax_map"_s);
    postRow("update: nothing to address", u"advertiser/update/"_s, "{}", u"advertiser_id"_s);
    postRow("update: 51 budgets", u"advertiser/update/"_s,
            "{\"bc_id\":\"" + bcId + "\",\"advertiser_budgets\":"
                    + jsonArray(QJsonArray::fromVariantList(QVariantList(
                                        51, QVariantMap{{u"advertiser_id"_s, u"1"_s}})))
                              .toUtf8()
                    + "}",
            u"advertiser_budgets"_s);
    postRow("update: budget_update_type", u"advertiser/update/"_s,
            "{\"bc_id\":\"" + bcId + "\",\"budget_update_type\":\"SET\"}", u"budget_update_type"_s);
    postRow("disable: two ids", u"bc/advertiser/disable/"_s,
            "{\"bc_id\":\"" + bcId + "\",\"advertiser_ids\":[\"1\",\"2\"]}", u"advertiser_ids"_s);
    postRow("disable: ids not an array", u"bc/advertiser/disable/"_s,
            "{\"bc_id\":\"" + bcId + "\",\"advertiser_ids\":\"1\"}", u"advertiser_ids"_s);
    postRow("unionpay submit: phone", u"bc/advertiser/unionpay_info/submit/"_s,
            "{\"bc_id\":\"" + bcId
                    + "\",\"advertiser_id\":\"1\",\"representative_name\":\"Li\","
                      "\"representative_id\":\"X1\",\"unionpay_account\":\"123456789012\","
                      "\"representative_phone_number\":\"123\"}",
            u"representative_phone_number"_s);
    postRow("unionpay submit: document type", u"bc/advertiser/unionpay_info/submit/"_s,
            "{\"bc_id\":\"" + bcId
                    + "\",\"advertiser_id\":\"1\",\"representative_name\":\"Li\","
                      "\"representative_document_type\":\"VISA\"}",
            u"representative_document_type"_s);
    postRow("transfer: transfer_type", u"bc/transfer/"_s,
            "{\"bc_id\":\"" + bcId + "\",\"transfer_type\":\"GIFT\",\"cash_amount\":1}",
            u"transfer_type"_s);
    postRow("transfer: no advertiser_id", u"bc/transfer/"_s,
            "{\"bc_id\":\"" + bcId + "\",\"transfer_type\":\"RECHARGE\",\"cash_amount\":1}",
            u"advertiser_id"_s);
    postRow("image: not multipart", u"bc/image/upload/"_s, "{}", u"body"_s);
}

void TestEmulatorFinance::parameterErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(Query, query);
    QFETCH(QByteArray, body);
    QFETCH(QString, messageStart);
    const Answer answer =
            method == "GET" ? get(path, query) : postRaw(path, body, "application/json");
    QCOMPARE(answer.code(), 40002);
    QVERIFY2(answer.message().startsWith(messageStart), qPrintable(answer.message()));
    QCOMPARE(answer.data(), QJsonObject());
}

void TestEmulatorFinance::permissionErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isPost");
    QTest::addColumn<QString>("bcId");
    QTest::addColumn<QString>("messageStart");

    const QStringList financeReads = {u"bc/balance/get/"_s, u"bc/transaction/get/"_s,
                                      u"bc/account/transaction/get/"_s, u"bc/account/cost/get/"_s};
    for (const QString &path : financeReads) {
        QTest::addRow("%s no finance role", qPrintable(path))
                << path << false << m_noFinanceBc << u"A finance role"_s;
        QTest::addRow("%s unknown BC", qPrintable(path))
                << path << false << unknownBc
                << u"No permission to operate Business Center: "_s + unknownBc;
    }
    QTest::newRow("qualifications unknown BC")
            << u"bc/advertiser/qualification/get/"_s << false << unknownBc
            << u"No permission to operate Business Center"_s;
    QTest::newRow("attribute unknown BC") << u"bc/advertiser/attribute/"_s << false << unknownBc
                                          << u"No permission to operate Business Center"_s;
    QTest::newRow("transfer analyst")
            << u"bc/transfer/"_s << true << m_analystBc << u"The Finance Manager role"_s;
    QTest::newRow("transfer unknown BC") << u"bc/transfer/"_s << true << unknownBc
                                         << u"No permission to operate Business Center"_s;
    QTest::newRow("budget update no finance role")
            << u"advertiser/update/"_s << true << m_noFinanceBc << u"The Finance Manager role"_s;
    QTest::newRow("create standard member") << u"bc/advertiser/create/"_s << true << m_standardBc
                                            << u"Only Business Center admins"_s;
    QTest::newRow("disable standard member") << u"bc/advertiser/disable/"_s << true << m_standardBc
                                             << u"Only Business Center admins"_s;
    QTest::newRow("unionpay standard member") << u"bc/advertiser/unionpay_info/submit/"_s << true
                                              << m_standardBc << u"Only Business Center admins"_s;
}

void TestEmulatorFinance::permissionErrors()
{
    QFETCH(QString, path);
    QFETCH(bool, isPost);
    QFETCH(QString, bcId);
    QFETCH(QString, messageStart);
    Answer answer;
    if (!isPost) {
        answer = get(path, {{u"bc_id"_s, bcId}});
    } else {
        // Bodies valid for the gateway, so only the permission check can refuse them.
        const QJsonObject body{
                {u"bc_id"_s, bcId},
                {u"transfer_type"_s, u"RECHARGE"_s},
                {u"transfer_level"_s, u"BC"_s},
                {u"cash_amount"_s, 1},
                {u"advertiser_info"_s, QJsonObject{{u"name"_s, u"x"_s}}},
                {u"advertiser_ids"_s, QJsonArray{u"1"_s}},
                {u"advertiser_id"_s, u"1"_s},
                {u"advertiser_budgets"_s,
                 QJsonArray{QJsonObject{{u"advertiser_id"_s, u"1"_s}, {u"budget"_s, 100}}}},
                {u"representative_name"_s, u"Li"_s},
                {u"representative_id"_s, u"X1"_s},
                {u"unionpay_account"_s, u"123456789012"_s},
                {u"representative_phone_number"_s, u"13800000000"_s},
        };
        QJsonObject trimmed = body;
        if (path == u"advertiser/update/"_s)
            trimmed.remove(u"advertiser_id"_s);
        answer = post(path, trimmed);
    }
    QCOMPARE(answer.code(), 40001);
    QVERIFY2(answer.message().startsWith(messageStart), qPrintable(answer.message()));
}

void TestEmulatorFinance::paging_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<Query>("base");
    QTest::addColumn<qint64>("maxPageSize");

    const QString wideRange = json({{u"start_time"_s, u"2026-01-01 00:00:00"_s},
                                    {u"end_time"_s, u"2026-12-31 00:00:00"_s}});
    QTest::newRow("transactions") << u"bc/transaction/get/"_s << u"list"_s
                                  << Query{{u"bc_id"_s, demoBc},
                                           {u"start_date"_s, u"2026-01-01"_s},
                                           {u"end_date"_s, u"2026-12-31"_s}}
                                  << qint64(50);
    QTest::newRow("account transactions")
            << u"bc/account/transaction/get/"_s << u"transaction_list"_s
            << Query{{u"bc_id"_s, demoBc}, {u"filtering"_s, wideRange}} << qint64(50);
    QTest::newRow("costs") << u"bc/account/cost/get/"_s << u"cost_list"_s
                           << Query{{u"bc_id"_s, demoBc}} << qint64(50);
    QTest::newRow("qualifications") << u"bc/advertiser/qualification/get/"_s << u"qualifications"_s
                                    << Query{{u"bc_id"_s, demoBc}} << qint64(100);
}

void TestEmulatorFinance::paging()
{
    QFETCH(QString, path);
    QFETCH(QString, listKey);
    QFETCH(Query, base);
    QFETCH(qint64, maxPageSize);

    Query all = base;
    all.append({u"page_size"_s, QString::number(maxPageSize)});
    const Answer full = get(path, all);
    QCOMPARE(full.code(), 0);
    const qint64 total = full.pageInfo().value(u"total_number"_s).toInteger();
    QVERIFY2(total >= 3, qPrintable(path)); // enough rows for a partial last page

    // The overall last row, from the last page at the largest page size.
    Query tail = all;
    tail.append({u"page"_s, QString::number((total + maxPageSize - 1) / maxPageSize)});
    const QJsonValue lastRow = get(path, tail).data().value(listKey).toArray().last();

    // Last partial page: a page size that does not divide the total.
    qint64 pageSize = 2;
    while (total % pageSize == 0)
        ++pageSize;
    const qint64 lastPage = (total + pageSize - 1) / pageSize;
    Query last = base;
    last.append({u"page_size"_s, QString::number(pageSize)});
    last.append({u"page"_s, QString::number(lastPage)});
    const Answer lastAnswer = get(path, last);
    QCOMPARE(lastAnswer.code(), 0);
    QCOMPARE(lastAnswer.data().value(listKey).toArray().size(), total - (lastPage - 1) * pageSize);
    QVERIFY(lastAnswer.data().value(listKey).toArray().size() < pageSize);
    QCOMPARE(lastAnswer.pageInfo().value(u"total_page"_s).toInteger(), lastPage);
    QCOMPARE(lastAnswer.data().value(listKey).toArray().last(), lastRow);

    // Past the end: empty list, same page_info.
    Query past = base;
    past.append({u"page_size"_s, QString::number(pageSize)});
    past.append({u"page"_s, QString::number(lastPage + 1)});
    const Answer pastAnswer = get(path, past);
    QCOMPARE(pastAnswer.code(), 0);
    QVERIFY(pastAnswer.data().value(listKey).toArray().isEmpty());
    QCOMPARE(pastAnswer.pageInfo().value(u"total_number"_s).toInteger(), total);

    // Empty list: a BC or range with nothing in it.
    Query empty;
    for (const auto &item : base) {
        if (item.first == u"bc_id"_s || item.first == u"page_size"_s)
            empty.append(item);
    }
    if (path == u"bc/transaction/get/"_s) {
        empty.append({u"start_date"_s, u"2020-01-01"_s});
        empty.append({u"end_date"_s, u"2020-01-31"_s});
    } else if (path == u"bc/account/transaction/get/"_s) {
        empty.append({u"filtering"_s, json({{u"start_time"_s, u"2020-01-01 00:00:00"_s},
                                            {u"end_time"_s, u"2020-01-31 00:00:00"_s}})});
    } else if (path == u"bc/account/cost/get/"_s) {
        empty.append({u"filtering"_s, json({{u"start_date"_s, u"2020-01-01"_s},
                                            {u"end_date"_s, u"2020-01-31"_s}})});
    } else {
        // Qualifications: a BC whose qualifications all share one status, filtered on the other.
        empty.clear();
        for (const GeneratedBusinessCenter &center : m_server->world().businessCenters()) {
            const auto verified =
                    std::count_if(center.qualifications.cbegin(), center.qualifications.cend(),
                                  [](const auto &q) { return q.status == u"VERIFIED"_s; });
            if (verified == 0 || verified == center.qualifications.size()) {
                empty.append({u"bc_id"_s, center.bcId});
                empty.append({u"filtering"_s, verified == 0 ? u"{\"verified\":true}"_s
                                                            : u"{\"verified\":false}"_s});
                break;
            }
        }
        QVERIFY(!empty.isEmpty());
    }
    const Answer emptyAnswer = get(path, empty);
    QCOMPARE(emptyAnswer.code(), 0);
    QVERIFY(emptyAnswer.data().value(listKey).toArray().isEmpty());
    QCOMPARE(emptyAnswer.pageInfo().value(u"total_number"_s).toInteger(), 0);
    QCOMPARE(emptyAnswer.pageInfo().value(u"total_page"_s).toInteger(), 0);
}

void TestEmulatorFinance::dateRanges_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("code");

    const auto costRange = [](const QString &from, const QString &to) {
        return Query{{u"bc_id"_s, demoBc},
                     {u"filtering"_s, json({{u"start_date"_s, from}, {u"end_date"_s, to}})}};
    };
    const auto accountRange = [](const QString &from, const QString &to) {
        return Query{{u"bc_id"_s, demoBc},
                     {u"filtering"_s, json({{u"start_time"_s, from}, {u"end_time"_s, to}})}};
    };
    const auto bcRange = [](const QString &from, const QString &to) {
        return Query{{u"bc_id"_s, demoBc}, {u"start_date"_s, from}, {u"end_date"_s, to}};
    };
    QTest::newRow("bc: 365 days") << u"bc/transaction/get/"_s
                                  << bcRange(u"2026-01-01"_s, u"2026-12-31"_s) << 0;
    QTest::newRow("bc: 366 days") << u"bc/transaction/get/"_s
                                  << bcRange(u"2025-12-31"_s, u"2026-12-31"_s) << 40002;
    QTest::newRow("bc: end before start")
            << u"bc/transaction/get/"_s << bcRange(u"2026-02-01"_s, u"2026-01-31"_s) << 40002;
    QTest::newRow("bc: time given") << u"bc/transaction/get/"_s
                                    << bcRange(u"2026-01-01 00:00:00"_s, u"2026-01-02"_s) << 40002;
    QTest::newRow("bc: not a date")
            << u"bc/transaction/get/"_s << bcRange(u"2026-02-30"_s, u"2026-03-01"_s) << 40002;
    QTest::newRow("account: ok") << u"bc/account/transaction/get/"_s
                                 << accountRange(u"2026-01-01 00:00:00"_s, u"2026-12-31 23:59:59"_s)
                                 << 0;
    QTest::newRow("account: date only") << u"bc/account/transaction/get/"_s
                                        << accountRange(u"2026-01-01"_s, u"2026-01-02"_s) << 40002;
    QTest::newRow("account: over 365 days")
            << u"bc/account/transaction/get/"_s
            << accountRange(u"2025-01-01 00:00:00"_s, u"2026-01-01 00:00:01"_s) << 40002;
    QTest::newRow("account: end before start")
            << u"bc/account/transaction/get/"_s
            << accountRange(u"2026-01-02 00:00:00"_s, u"2026-01-01 23:59:59"_s) << 40002;
    QTest::newRow("cost: ok") << u"bc/account/cost/get/"_s
                              << costRange(u"2026-10-01"_s, u"2026-10-31"_s) << 0;
    QTest::newRow("cost: bad format")
            << u"bc/account/cost/get/"_s << costRange(u"2026/10/01"_s, u"2026-10-31"_s) << 40002;
    QTest::newRow("cost: over 365 days")
            << u"bc/account/cost/get/"_s << costRange(u"2025-01-01"_s, u"2026-10-31"_s) << 40002;
    Query changelog = costRange(u"2026-10-31"_s, u"2026-10-01"_s);
    changelog.append({u"advertiser_id"_s, fundedAccount()});
    QTest::newRow("changelog: end before start")
            << u"bc/account/budget/changelog/get/"_s << changelog << 40002;
}

void TestEmulatorFinance::dateRanges()
{
    QFETCH(QString, path);
    QFETCH(Query, query);
    QFETCH(int, code);
    const Answer answer = get(path, query);
    QCOMPARE(answer.code(), code);
    if (code != 0)
        QVERIFY2(answer.message().contains(u"start_"_s) || answer.message().contains(u"end_"_s),
                 qPrintable(answer.message()));
}

void TestEmulatorFinance::listsCarryRoughEdges()
{
    // Some ids arrive as JSON numbers, every row has a field no spec names, absent values are null.
    const Answer answer =
            get(u"bc/account/transaction/get/"_s,
                {{u"bc_id"_s, demoBc},
                 {u"page_size"_s, u"50"_s},
                 {u"filtering"_s, json({{u"start_time"_s, u"2026-01-01 00:00:00"_s},
                                        {u"end_time"_s, u"2026-12-31 00:00:00"_s}})}});
    QCOMPARE(answer.code(), 0);
    const QJsonArray rows = answer.data().value(u"transaction_list"_s).toArray();
    QVERIFY(!rows.isEmpty());
    bool numericId = false;
    bool nullField = false;
    for (const QJsonValue &row : rows) {
        const QJsonObject item = row.toObject();
        QVERIFY(item.contains(u"ext_info"_s));
        numericId = numericId || item.value(u"transaction_id"_s).isDouble()
                    || item.value(u"account_id"_s).isDouble();
        nullField = nullField || item.value(u"invoice_id"_s).isNull();
        QVERIFY(QStringList({u"POSITIVE"_s, u"NEGATIVE"_s, u"OTHER"_s})
                        .contains(item.value(u"amount_type"_s).toString()));
        QVERIFY(item.value(u"timezone"_s).toString().startsWith(u"UTC"_s));
    }
    QVERIFY(numericId);
    QVERIFY(nullField);
}

void TestEmulatorFinance::changelogPaging()
{
    const QString account = fundedAccount();
    for (int i = 0; i < 3; ++i) {
        const Answer edit = post(u"advertiser/update/"_s,
                                 {{u"bc_id"_s, demoBc},
                                  {u"advertiser_budgets"_s,
                                   QJsonArray{QJsonObject{{u"advertiser_id"_s, account},
                                                          {u"budget_mode"_s, u"DAILY_BUDGET"_s},
                                                          {u"budget"_s, 900000 + i}}}}});
        QCOMPARE(edit.code(), 0);
        QCOMPARE(edit.data()[u"advertiser_list"_s][0][u"status"_s].toString(), u"SUCCESS"_s);
    }
    const Query base{{u"bc_id"_s, demoBc}, {u"advertiser_id"_s, account}};
    Query all = base;
    all.append({u"page_size"_s, u"50"_s});
    const Answer full = get(u"bc/account/budget/changelog/get/"_s, all);
    const qint64 total = full.pageInfo()[u"total_number"_s].toInteger();
    QVERIFY(total >= 3);
    // Newest first: the last edit leads.
    QCOMPARE(cents(full.data()[u"changelog_list"_s][0][u"current_budget"_s]), 90000200);
    qint64 pageSize = 2;
    while (total % pageSize == 0)
        ++pageSize;
    const qint64 lastPage = (total + pageSize - 1) / pageSize;
    Query last = base;
    last.append({u"page_size"_s, QString::number(pageSize)});
    last.append({u"page"_s, QString::number(lastPage)});
    const Answer lastAnswer = get(u"bc/account/budget/changelog/get/"_s, last);
    QCOMPARE(lastAnswer.data()[u"changelog_list"_s].toArray().size(),
             total - (lastPage - 1) * pageSize);
    Query past = base;
    past.append({u"page_size"_s, QString::number(pageSize)});
    past.append({u"page"_s, QString::number(lastPage + 1)});
    const Answer pastAnswer = get(u"bc/account/budget/changelog/get/"_s, past);
    QVERIFY(pastAnswer.data()[u"changelog_list"_s].toArray().isEmpty());
    QCOMPARE(pastAnswer.pageInfo()[u"total_page"_s].toInteger(), lastPage);
    Query old = base;
    old.append({u"filtering"_s,
                json({{u"start_date"_s, u"2020-01-01"_s}, {u"end_date"_s, u"2020-01-07"_s}})});
    const Answer oldAnswer = get(u"bc/account/budget/changelog/get/"_s, old);
    QCOMPARE(oldAnswer.code(), 0);
    QCOMPARE(oldAnswer.pageInfo()[u"total_number"_s].toInteger(), 0);
    // An account outside the BC is one the caller cannot see.
    Query foreign = base;
    foreign[1].second = u"7111111111111111111"_s;
    QCOMPARE(get(u"bc/account/budget/changelog/get/"_s, foreign).code(), 40001);
}

// ---- Transfers ----------------------------------------------------------------------------------

void TestEmulatorFinance::transferMovesMoneyBothWays()
{
    const QString account = fundedAccount();
    const auto bcCash = [&] {
        return cents(get(u"bc/balance/get/"_s, {{u"bc_id"_s, demoBc}})
                             .data()
                             .value(u"valid_cash_balance"_s));
    };
    const auto accountRecords = [&] {
        return get(u"bc/account/transaction/get/"_s,
                   {{u"bc_id"_s, demoBc},
                    {u"filtering"_s,
                     json({{u"account_ids"_s, QJsonArray{account}},
                           {u"transaction_types"_s, QJsonArray{u"ADD_BALANCE"_s, u"REFUND"_s}}})}})
                .data();
    };
    const qint64 before = bcCash();
    const qint64 recordsBefore =
            accountRecords().value(u"page_info"_s).toObject().value(u"total_number"_s).toInteger();

    const Answer recharge = post(u"bc/transfer/"_s, {{u"bc_id"_s, demoBc},
                                                     {u"transfer_type"_s, u"RECHARGE"_s},
                                                     {u"advertiser_id"_s, account},
                                                     {u"cash_amount"_s, 123.45}});
    QCOMPARE(recharge.code(), 0);
    QCOMPARE(recharge.data().value(u"advertiser_id"_s).toString(), account);
    const QJsonArray infos = recharge.data().value(u"transaction_infos"_s).toArray();
    QCOMPARE(infos.size(), 1);
    QCOMPARE(infos.at(0)[u"payee_account"_s][u"account_id"_s].toString(), account);
    QCOMPARE(bcCash(), before - 12345);

    // The account's side: a new ADD_BALANCE record, newest first; the BC's side: -123.45.
    QJsonObject records = accountRecords();
    QCOMPARE(records[u"page_info"_s][u"total_number"_s].toInteger(), recordsBefore + 1);
    QJsonObject newest = records[u"transaction_list"_s].toArray().at(0).toObject();
    QCOMPARE(newest[u"transaction_type"_s].toString(), u"ADD_BALANCE"_s);
    QCOMPARE(newest[u"amount_type"_s].toString(), u"POSITIVE"_s);
    QCOMPARE(cents(newest[u"amount"_s]), 12345);
    QCOMPARE(idText(newest[u"account_id"_s]), account);
    const Answer bcSide = get(u"bc/transaction/get/"_s, {{u"bc_id"_s, demoBc}});
    QCOMPARE(cents(bcSide.data()[u"list"_s].toArray().at(0)[u"amount"_s]), -12345);
    const Answer bcLevel = get(u"bc/account/transaction/get/"_s,
                               {{u"bc_id"_s, demoBc}, {u"transaction_level"_s, u"BC"_s}});
    const QJsonObject bcRow = bcLevel.data()[u"transaction_list"_s].toArray().at(0).toObject();
    QCOMPARE(bcRow[u"transaction_type"_s].toString(), u"DECREASE_BALANCE"_s);
    QCOMPARE(bcRow[u"amount_type"_s].toString(), u"NEGATIVE"_s);
    QCOMPARE(idText(bcRow[u"account_id"_s]), account);

    // And back, through amount_info.
    const Answer refund = post(u"bc/transfer/"_s,
                               {{u"bc_id"_s, demoBc},
                                {u"transfer_type"_s, u"REFUND"_s},
                                {u"advertiser_id"_s, account},
                                {u"amount_info"_s, QJsonObject{{u"cash_amount"_s, u"123.45"_s}}}});
    QCOMPARE(refund.code(), 0);
    QCOMPARE(bcCash(), before);
    records = accountRecords();
    QCOMPARE(records[u"page_info"_s][u"total_number"_s].toInteger(), recordsBefore + 2);
    newest = records[u"transaction_list"_s].toArray().at(0).toObject();
    QCOMPARE(newest[u"transaction_type"_s].toString(), u"REFUND"_s);
    QCOMPARE(newest[u"amount_type"_s].toString(), u"NEGATIVE"_s);

    const QJsonObject balance = get(u"bc/balance/get/"_s, {{u"bc_id"_s, demoBc}}).data();
    QCOMPARE(cents(balance[u"account_balance"_s]), cents(balance[u"valid_account_balance"_s])
                                                           + cents(balance[u"frozen_balance"_s])
                                                           + cents(balance[u"tax"_s]));
}

void TestEmulatorFinance::transferRejectsBadAmounts_data()
{
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("zero") << QJsonValue(0) << u"greater than 0"_s;
    QTest::newRow("negative") << QJsonValue(-5) << u"greater than 0"_s;
    QTest::newRow("three decimals") << QJsonValue(1.234) << u"two decimals"_s;
    QTest::newRow("string three decimals") << QJsonValue(u"1.234"_s) << u"two decimals"_s;
    QTest::newRow("not a number") << QJsonValue(u"ten"_s) << u"two decimals"_s;
    QTest::newRow("more than the BC has") << QJsonValue(9'999'999'999.0) << u"Insufficient"_s;
}

void TestEmulatorFinance::transferRejectsBadAmounts()
{
    QFETCH(QJsonValue, amount);
    QFETCH(QString, messagePart);
    const qint64 before = bc(demoBc).balance.validCash;
    const Answer answer = post(u"bc/transfer/"_s, {{u"bc_id"_s, demoBc},
                                                   {u"transfer_type"_s, u"RECHARGE"_s},
                                                   {u"advertiser_id"_s, fundedAccount()},
                                                   {u"cash_amount"_s, amount}});
    QCOMPARE(answer.code(), 40002);
    QVERIFY2(answer.message().contains(messagePart), qPrintable(answer.message()));
    QCOMPARE(bc(demoBc).balance.validCash, before);
}

void TestEmulatorFinance::bcLevelCreditIsIdempotent()
{
    const qint64 creditBefore = bc(demoBc).balance.validCredit;
    const auto count = [&] {
        return get(u"bc/transaction/get/"_s, {{u"bc_id"_s, demoBc}})
                .pageInfo()
                .value(u"total_number"_s)
                .toInteger();
    };
    const qint64 recordsBefore = count();
    const QJsonObject body{{u"bc_id"_s, demoBc},
                           {u"transfer_type"_s, u"RECHARGE"_s},
                           {u"transfer_level"_s, u"BC"_s},
                           {u"cash_amount"_s, 500},
                           {u"request_id"_s, u"424242"_s}};
    const Answer first = post(u"bc/transfer/"_s, body);
    QCOMPARE(first.code(), 0);
    QCOMPARE(first.data()[u"advertiser_id"_s], QJsonValue(QJsonValue::Null));
    const Answer again = post(u"bc/transfer/"_s, body);
    QCOMPARE(again.code(), 0);
    QCOMPARE(again.data()[u"transaction_infos"_s], first.data()[u"transaction_infos"_s]);
    QCOMPARE(bc(demoBc).balance.validCredit, creditBefore + 50000);
    // Credit has no funds type: listed by /bc/transaction/get/ with funds_type null.
    QCOMPARE(count(), recordsBefore + 1);
    const QJsonObject row =
            get(u"bc/transaction/get/"_s, {{u"bc_id"_s, demoBc}}).data()[u"list"_s][0].toObject();
    QVERIFY(row[u"funds_type"_s].isNull());
    QCOMPARE(cents(row[u"amount"_s]), 50000);

    QJsonObject badKey = body;
    badKey[u"request_id"_s] = u"abc"_s;
    QCOMPARE(post(u"bc/transfer/"_s, badKey).code(), 40002);
}

// ---- Ad accounts --------------------------------------------------------------------------------

void TestEmulatorFinance::createFundUpdateDisable()
{
    // An uploaded image is usable as a qualification image right away.
    const QByteArray boundary = "----finance" + QByteArray::number(1);
    const Answer upload =
            postRaw(u"bc/image/upload/"_s, multipartBody(boundary, demoBc, pngBytes()),
                    "multipart/form-data; boundary=" + boundary);
    QCOMPARE(upload.code(), 0);
    const QString imageId = upload.data()[u"image_id"_s].toString();

    const Answer created =
            post(u"bc/advertiser/create/"_s,
                 {{u"bc_id"_s, demoBc},
                  {u"advertiser_info"_s, QJsonObject{{u"name"_s, u"Finance Test Account"_s}}},
                  {u"customer_info"_s, QJsonObject{{u"company"_s, u"Acme"_s}}},
                  {u"qualification_info"_s,
                   QJsonObject{{u"promotion_link"_s, u"https://example.com"_s},
                               {u"qualification_image_ids"_s, QJsonArray{imageId}}}},
                  {u"contact_info"_s, QJsonObject{{u"email"_s, u"a@example.com"_s}}},
                  {u"billing_info"_s, QJsonObject{{u"tax_map"_s, u"{\"vat\":\"DE123\"}"_s}}}});
    QCOMPARE(created.code(), 0);
    const QString advertiserId = created.data()[u"advertiser_id"_s].toString();
    QVERIFY(!advertiserId.isEmpty());
    QVERIFY(created.data()[u"payment_portfolio_binding_result"_s].isNull());

    // Fund it; its name shows in the account transactions.
    QCOMPARE(post(u"bc/transfer/"_s, {{u"bc_id"_s, demoBc},
                                      {u"transfer_type"_s, u"RECHARGE"_s},
                                      {u"advertiser_id"_s, advertiserId},
                                      {u"cash_amount"_s, 250}})
                     .code(),
             0);
    const QJsonObject record =
            get(u"bc/account/transaction/get/"_s,
                {{u"bc_id"_s, demoBc},
                 {u"filtering"_s, json({{u"account_ids"_s, QJsonArray{advertiserId}}})}})
                    .data()[u"transaction_list"_s][0]
                    .toObject();
    QCOMPARE(record[u"account_name"_s].toString(), u"Finance Test Account"_s);

    // A budget edit lands in the changelog.
    const Answer empty = get(u"bc/account/budget/changelog/get/"_s,
                             {{u"bc_id"_s, demoBc}, {u"advertiser_id"_s, advertiserId}});
    QCOMPARE(empty.code(), 0);
    QCOMPARE(empty.pageInfo()[u"total_number"_s].toInteger(), 0);
    QCOMPARE(empty.pageInfo()[u"total_page"_s].toInteger(), 0);
    const Answer budget = post(
            u"advertiser/update/"_s,
            {{u"bc_id"_s, demoBc},
             {u"advertiser_budgets"_s, QJsonArray{QJsonObject{{u"advertiser_id"_s, advertiserId},
                                                              {u"budget_mode"_s, u"DAILY_BUDGET"_s},
                                                              {u"budget"_s, 5000}}}}});
    QCOMPARE(budget.code(), 0);
    const QJsonArray outcomes = budget.data()[u"advertiser_list"_s].toArray();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes[0][u"status"_s].toString(), u"SUCCESS"_s);
    const Answer log = get(u"bc/account/budget/changelog/get/"_s,
                           {{u"bc_id"_s, demoBc}, {u"advertiser_id"_s, advertiserId}});
    QCOMPARE(log.pageInfo()[u"total_number"_s].toInteger(), 1);
    const QJsonObject entry = log.data()[u"changelog_list"_s][0].toObject();
    QCOMPARE(entry[u"current_budget_mode"_s].toString(), u"DAILY_BUDGET"_s);
    QCOMPARE(cents(entry[u"current_budget"_s]), 500000);
    QCOMPARE(entry[u"previous_budget_mode"_s].toString(), u"UNLIMITED"_s);

    // Disable: the balance goes back to the BC with a REFUND record.
    const qint64 bcCashBefore = bc(demoBc).balance.validCash;
    const Answer disabled =
            post(u"bc/advertiser/disable/"_s,
                 {{u"bc_id"_s, demoBc}, {u"advertiser_ids"_s, QJsonArray{advertiserId}}});
    QCOMPARE(disabled.code(), 0);
    QCOMPARE(disabled.data()[u"disabled_advertiser_ids"_s].toArray(), QJsonArray{advertiserId});
    QCOMPARE(disabled.data()[u"failed_infos"_s].toObject(), QJsonObject());
    const QJsonObject balance = get(u"bc/balance/get/"_s, {{u"bc_id"_s, demoBc}}).data();
    QCOMPARE(cents(balance[u"valid_cash_balance"_s]), bcCashBefore + 25000);
    const QJsonObject refund =
            get(u"bc/account/transaction/get/"_s,
                {{u"bc_id"_s, demoBc},
                 {u"filtering"_s, json({{u"account_ids"_s, QJsonArray{advertiserId}}})}})
                    .data()[u"transaction_list"_s][0]
                    .toObject();
    QCOMPARE(refund[u"transaction_type"_s].toString(), u"REFUND"_s);
    QCOMPARE(cents(refund[u"amount"_s]), 25000);
    // A disabled account takes no money.
    QCOMPARE(post(u"bc/transfer/"_s, {{u"bc_id"_s, demoBc},
                                      {u"transfer_type"_s, u"RECHARGE"_s},
                                      {u"advertiser_id"_s, advertiserId},
                                      {u"cash_amount"_s, 250}})
                     .code(),
             40002);
    // An unknown image id is refused.
    QCOMPARE(post(u"bc/advertiser/create/"_s,
                  {{u"bc_id"_s, demoBc},
                   {u"advertiser_info"_s, QJsonObject{{u"name"_s, u"X"_s}}},
                   {u"qualification_info"_s,
                    QJsonObject{{u"promotion_link"_s, u"https://example.com"_s},
                                {u"license_image_id"_s, u"123"_s}}}})
                     .code(),
             40007);
}

void TestEmulatorFinance::advertiserDetailsUpdate()
{
    const QString account = fundedAccount();
    const Answer answer =
            post(u"advertiser/update/"_s, {{u"advertiser_id"_s, account},
                                           {u"advertiser_name"_s, u"Renamed by finance test"_s},
                                           {u"contact_email"_s, u"x@example.com"_s}});
    QCOMPARE(answer.code(), 0);
    QCOMPARE(answer.data()[u"advertiser_list"_s][0][u"status"_s].toString(), u"SUCCESS"_s);
    QVERIFY(!answer.data().contains(u"list"_s)); // B's key is not used
    QCOMPARE(m_server->world().findAdAccount(account)->name, u"Renamed by finance test"_s);
    QCOMPARE(post(u"advertiser/update/"_s,
                  {{u"advertiser_id"_s, account}, {u"contact_email"_s, u"not-an-email"_s}})
                     .code(),
             40002);
    // The B path does not exist.
    QCOMPARE(post(u"bc/advertiser/update/"_s, {{u"advertiser_id"_s, account}}).code(), 40400);
}

void TestEmulatorFinance::qualifications()
{
    const Answer all = get(u"bc/advertiser/qualification/get/"_s,
                           {{u"bc_id"_s, demoBc}, {u"page_size"_s, u"100"_s}});
    QCOMPARE(all.code(), 0);
    const QJsonArray rows = all.data()[u"qualifications"_s].toArray();
    QCOMPARE(rows.size(), bc(demoBc).qualifications.size());
    const Answer verified = get(u"bc/advertiser/qualification/get/"_s,
                                {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"{\"verified\":true}"_s}});
    const Answer unverified =
            get(u"bc/advertiser/qualification/get/"_s,
                {{u"bc_id"_s, demoBc}, {u"filtering"_s, u"{\"verified\":false}"_s}});
    QCOMPARE(verified.pageInfo()[u"total_number"_s].toInteger()
                     + unverified.pageInfo()[u"total_number"_s].toInteger(),
             qint64(rows.size()));
    for (const QJsonValue &row : verified.data()[u"qualifications"_s].toArray())
        QCOMPARE(row[u"status"_s].toString(), u"VERIFIED"_s);
}

void TestEmulatorFinance::attributes()
{
    const Answer answer = get(u"bc/advertiser/attribute/"_s, {{u"bc_id"_s, demoBc}});
    QCOMPARE(answer.code(), 0);
    QVERIFY(answer.data()[u"currencies"_s].toArray().contains(bc(demoBc).currency));
    QCOMPARE(answer.data()[u"region_codes"_s].toArray().size(),
             bc(demoBc).advertiserRegionCodes.size());
}

void TestEmulatorFinance::unionPay()
{
    const Answer required = get(u"bc/advertiser/unionpay_info/check/"_s,
                                {{u"license_no"_s, u"91110000600037341L"_s}});
    QCOMPARE(required.code(), 0);
    QCOMPARE(required.data()[u"unionpay_verification_required"_s], QJsonValue(true));
    QCOMPARE(get(u"bc/advertiser/unionpay_info/check/"_s, {{u"license_no"_s, u"HRB 12345"_s}})
                     .data()[u"unionpay_verification_required"_s],
             QJsonValue(false));

    const QString account = fundedAccount();
    const QJsonObject body{{u"bc_id"_s, demoBc},
                           {u"advertiser_id"_s, account},
                           {u"representative_name"_s, u"Li Wei"_s},
                           {u"representative_document_type"_s, u"PASSPORT"_s},
                           {u"representative_id"_s, u"E12345678"_s},
                           {u"unionpay_account"_s, u"6222020200112233445"_s},
                           {u"representative_phone_number"_s, u"13800138000"_s}};
    const Answer submitted = post(u"bc/advertiser/unionpay_info/submit/"_s, body);
    QCOMPARE(submitted.code(), 0);
    QCOMPARE(submitted.data(), QJsonObject());
    const auto &submissions = bc(demoBc).unionPaySubmissions;
    QVERIFY(std::any_of(submissions.cbegin(), submissions.cend(), [&](const auto &s) {
        return s.advertiserId == account && s.representativeDocumentType == u"PASSPORT"_s;
    }));
    QJsonObject shortAccount = body;
    shortAccount[u"unionpay_account"_s] = u"12345"_s;
    QCOMPARE(post(u"bc/advertiser/unionpay_info/submit/"_s, shortAccount).code(), 40002);
}

void TestEmulatorFinance::imageUpload()
{
    const QByteArray boundary = "XbOuNdArY42";
    const QByteArray type = "multipart/form-data; boundary=" + boundary;
    const qsizetype imagesBefore = bc(demoBc).images.size();
    const Answer ok =
            postRaw(u"bc/image/upload/"_s, multipartBody(boundary, demoBc, pngBytes()), type);
    QCOMPARE(ok.code(), 0);
    QVERIFY(ok.data()[u"image_url"_s].toString().startsWith(u"https://"_s));
    QCOMPARE(bc(demoBc).images.size(), imagesBefore + 1);
    QCOMPARE(bc(demoBc).images.last().imageId, ok.data()[u"image_id"_s].toString());

    // JPEG by magic bytes, whatever the name says.
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(64, '\0');
    QCOMPARE(postRaw(u"bc/image/upload/"_s, multipartBody(boundary, demoBc, jpeg, "scan.gif"), type)
                     .code(),
             0);
    // A GIF named .png is refused.
    const Answer gif =
            postRaw(u"bc/image/upload/"_s, multipartBody(boundary, demoBc, "GIF89a......"), type);
    QCOMPARE(gif.code(), 40002);
    QVERIFY(gif.message().startsWith(u"image_file"_s));
    // Over 10 MB.
    const QByteArray big = pngBytes() + QByteArray(10 * 1024 * 1024, '\0');
    QCOMPARE(postRaw(u"bc/image/upload/"_s, multipartBody(boundary, demoBc, big), type).code(),
             40002);
    // Malformed: the closing delimiter missing.
    QByteArray cut = multipartBody(boundary, demoBc, pngBytes());
    cut.chop(boundary.size() + 6);
    const Answer malformed = postRaw(u"bc/image/upload/"_s, cut, type);
    QCOMPARE(malformed.code(), 40002);
    QVERIFY(malformed.message().startsWith(u"body"_s));
    // No image_file part.
    const QByteArray onlyId = "--" + boundary
                              + "\r\nContent-Disposition: form-data; name=\"bc_id\"\r\n\r\n"
                              + demoBc.toUtf8() + "\r\n--" + boundary + "--\r\n";
    QVERIFY(postRaw(u"bc/image/upload/"_s, onlyId, type).message().startsWith(u"image_file"_s));
    // Admins only; unknown BCs are permission errors too.
    const Answer standard =
            postRaw(u"bc/image/upload/"_s, multipartBody(boundary, m_standardBc, pngBytes()), type);
    QCOMPARE(standard.code(), 40001);
    QCOMPARE(postRaw(u"bc/image/upload/"_s, multipartBody(boundary, unknownBc, pngBytes()), type)
                     .message(),
             u"No permission to operate Business Center: "_s + unknownBc);
}

QTEST_GUILESS_MAIN(TestEmulatorFinance)
#include "tst_emulatorfinance.moc"
