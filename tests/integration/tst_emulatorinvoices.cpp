// The emulator's invoice family (reference §3.19): /bc/invoice/get|unpaid/get|download/, the
// export tasks (create, get, list, and the files at their download_url) and the invented
// /bc/invoice/billing_report/get/. Talks HTTP to an in-process EmulatorServer and reads answers
// with plain QJsonDocument; PDFs and zips are checked as files (zips read back with libarchive).
// QTEST_MAIN: rendering PDFs needs a QGuiApplication (run with QT_QPA_PLATFORM=offscreen).
#include <emulator/emulatorserver.h>
#include <emulator/handlers/invoicehandlers.h>
#include <emulator/world/worldtime.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bc::emulator;

namespace {

const QByteArray validToken = QByteArrayLiteral("fake-invoice-token");
const QString unknownBcId = u"7000000000000000099"_s;

struct HttpResult
{
    bool finished = false;
    int httpStatus = 0;
    QString contentType;
    QByteArray contentDisposition;
    QByteArray body;
    QJsonObject json;

    [[nodiscard]] int code() const { return json.value(u"code"_s).toInt(-1); }
    [[nodiscard]] QString message() const { return json.value(u"message"_s).toString(); }
    [[nodiscard]] QJsonObject data() const { return json.value(u"data"_s).toObject(); }
    [[nodiscard]] QJsonArray list() const { return data().value(u"list"_s).toArray(); }
    [[nodiscard]] QJsonObject pageInfo() const { return data().value(u"page_info"_s).toObject(); }
};

using Query = QList<std::pair<QString, QString>>;

QString encodeQuery(const Query &items)
{
    QStringList parts;
    for (const auto &[name, value] : items) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return parts.join(u'&');
}

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

// A JSON number with at most two decimals.
bool isMoney(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double cents = value.toDouble() * 100.0;
    return std::abs(cents - std::round(cents)) < 1e-6;
}

qint64 cents(const QJsonValue &value)
{
    return std::llround(value.toDouble() * 100.0);
}

bool isPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
}

// Entries of a zip as (name, contents), read with libarchive; nullopt if it does not read.
std::optional<QList<std::pair<QString, QByteArray>>> readZip(const QByteArray &bytes)
{
    const std::unique_ptr<struct archive, decltype(&archive_read_free)> reader(archive_read_new(),
                                                                               &archive_read_free);
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), static_cast<size_t>(bytes.size()))
        != ARCHIVE_OK)
        return std::nullopt;
    QList<std::pair<QString, QByteArray>> entries;
    struct archive_entry *entry = nullptr;
    int result = ARCHIVE_OK;
    while ((result = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        QByteArray contents;
        char buffer[8192];
        la_ssize_t n = 0;
        while ((n = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0)
            contents.append(buffer, static_cast<qsizetype>(n));
        if (n < 0)
            return std::nullopt;
        entries.append({QString::fromUtf8(archive_entry_pathname(entry)), contents});
    }
    if (result != ARCHIVE_EOF)
        return std::nullopt;
    return entries;
}

QStringList csvLines(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestEmulatorInvoices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // /bc/invoice/get/
    void invoiceGetFields();
    void invoiceGetRoughEdges();
    void invoiceGetFilters_data();
    void invoiceGetFilters();
    void invoiceGetPaging_data();
    void invoiceGetPaging();
    void invoiceGetInvalid_data();
    void invoiceGetInvalid();
    // Every endpoint: 40001 without a finance role, for an unknown BC, for another user.
    void permissions_data();
    void permissions();
    // /bc/invoice/unpaid/get/
    void unpaidGet();
    void unpaidGetInvalid_data();
    void unpaidGetInvalid();
    // /bc/invoice/download/
    void downloadPdf();
    void downloadHeadersAtHandler();
    void downloadErrors_data();
    void downloadErrors();
    // /bc/invoice/task/create|get|list/ and the files
    void taskCreateAndLifecycle_data();
    void taskCreateAndLifecycle();
    void taskCreateInvalid_data();
    void taskCreateInvalid();
    void taskCreateNotFound();
    void taskGetErrors_data();
    void taskGetErrors();
    void taskListPaging();
    void taskListInvalid();
    void invoiceListFile();
    void invoiceBatchZip();
    void billingReportFile();
    void taskThatSelectsNothingFails();
    void taskFileErrors();
    // /bc/invoice/billing_report/get/
    void billingReportGet();
    void billingReportPaging();
    void billingReportInvalid_data();
    void billingReportInvalid();

private:
    HttpResult send(const QByteArray &method, const QString &endpoint, const Query &query,
                    const QByteArray &body = {}, const QByteArray &contentType = {},
                    const std::optional<QByteArray> &token = validToken);
    HttpResult get(const QString &endpoint, const Query &query,
                   const std::optional<QByteArray> &token = validToken);
    HttpResult getUrl(const QString &url);
    HttpResult post(const QString &endpoint, const QJsonObject &body);
    QString createTask(const QJsonObject &body);
    QJsonObject listedTask(const QString &taskId);
    [[nodiscard]] const GeneratedBusinessCenter &bc() const;
    [[nodiscard]] Query invoiceQuery(const Query &extra = {}) const;
    [[nodiscard]] QList<const Invoice *>
    newestFirst(const std::function<bool(const Invoice &)> &keep) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
    World *m_world = nullptr; // the server's, reached through a test-only endpoint
    QString m_bcId;           // a BC where the user is finance MANAGER, with many invoices
    QString m_noFinanceBcId;  // a BC where the user is a member without a finance role
};

HttpResult TestEmulatorInvoices::send(const QByteArray &method, const QString &endpoint,
                                      const Query &query, const QByteArray &body,
                                      const QByteArray &contentType,
                                      const std::optional<QByteArray> &token)
{
    QUrl url = m_server->baseUrl().resolved(QUrl(u"v1.3/"_s + endpoint));
    if (!query.isEmpty())
        url.setQuery(encodeQuery(query));
    QNetworkRequest request(url);
    if (token)
        request.setRawHeader(QByteArrayLiteral("Access-Token"), *token);
    if (!contentType.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Type"), contentType);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
            m_network.sendCustomRequest(request, method, body),
            [](QNetworkReply *r) { r->deleteLater(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(15000);
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    result.contentDisposition = reply->rawHeader(QByteArrayLiteral("Content-Disposition"));
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

HttpResult TestEmulatorInvoices::get(const QString &endpoint, const Query &query,
                                     const std::optional<QByteArray> &token)
{
    return send(QByteArrayLiteral("GET"), endpoint, query, {}, {}, token);
}

HttpResult TestEmulatorInvoices::getUrl(const QString &url)
{
    const QUrl parsed(url);
    const QString prefix = u"/open_api/v1.3/"_s;
    Query query;
    for (const auto &[name, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
        query.append({name, value});
    if (!parsed.path().startsWith(prefix) || parsed.port() != m_server->port())
        return {};
    // No token: the link is signed.
    return send(QByteArrayLiteral("GET"), parsed.path().mid(prefix.size()), query, {}, {},
                std::nullopt);
}

HttpResult TestEmulatorInvoices::post(const QString &endpoint, const QJsonObject &body)
{
    return send(QByteArrayLiteral("POST"), endpoint, {},
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"));
}

QString TestEmulatorInvoices::createTask(const QJsonObject &body)
{
    const HttpResult result = post(u"bc/invoice/task/create/"_s, body);
    if (result.code() != 0)
        qWarning() << "task create:" << result.body;
    return result.data().value(u"task_id"_s).toString();
}

QJsonObject TestEmulatorInvoices::listedTask(const QString &taskId)
{
    const HttpResult result =
            get(u"bc/invoice/task/list/"_s, {{u"bc_id"_s, m_bcId}, {u"page_size"_s, u"50"_s}});
    for (const QJsonValue &item : result.list()) {
        if (idText(item.toObject().value(u"task_id"_s)) == taskId)
            return item.toObject();
    }
    return {};
}

const GeneratedBusinessCenter &TestEmulatorInvoices::bc() const
{
    return *m_server->world().findBusinessCenter(m_bcId);
}

Query TestEmulatorInvoices::invoiceQuery(const Query &extra) const
{
    Query query = {{u"bc_id"_s, m_bcId},
                   {u"invoice_types"_s, u"[\"RECON\",\"CREDIT\",\"AUTO_PAY\"]"_s}};
    query.append(extra);
    return query;
}

QList<const Invoice *>
TestEmulatorInvoices::newestFirst(const std::function<bool(const Invoice &)> &keep) const
{
    QList<const Invoice *> result;
    const QList<Invoice> &all = bc().invoices;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (keep(*it))
            result.append(&*it);
    }
    return result;
}

void TestEmulatorInvoices::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    m_network.setProxy(QNetworkProxy::NoProxy);
    EmulatorConfig config;
    config.accessToken = QString::fromLatin1(validToken);
    config.seed = 11;
    config.businessCenterCount = 8;
    config.qps = 0;
    config.qpm = 0;
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback(0) != 0);

    m_world = &m_server->mutableWorld(); // same thread: set-up and clock
    // Frozen: task states depend on the clock only.
    m_world->setNow(QDateTime::fromSecsSinceEpoch(WorldClock::startSecs(), Qt::UTC));

    for (const GeneratedBusinessCenter &center : m_server->world().businessCenters()) {
        if (m_bcId.isEmpty() && center.financeRole == u"MANAGER"_s && center.invoices.size() >= 25)
            m_bcId = center.bcId;
        if (m_noFinanceBcId.isEmpty() && center.financeRole.isEmpty() && !center.userRole.isEmpty())
            m_noFinanceBcId = center.bcId;
    }
    QVERIFY(!m_bcId.isEmpty());
    QVERIFY(!m_noFinanceBcId.isEmpty());
}

void TestEmulatorInvoices::init()
{
    m_network.clearConnectionCache();
}

// ---- /bc/invoice/get/ ------------------------------------------------------------------------

void TestEmulatorInvoices::invoiceGetFields()
{
    const HttpResult result = get(u"bc/invoice/get/"_s, invoiceQuery({{u"page_size"_s, u"50"_s}}));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.contentType, u"application/json"_s);
    QCOMPARE(result.code(), 0);
    const QList<const Invoice *> expected = newestFirst([](const Invoice &) { return true; });
    const QJsonArray list = result.list();
    QCOMPARE(list.size(), std::min<qsizetype>(50, expected.size()));
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), expected.size());

    static const QStringList keys = {u"invoice_id"_s,
                                     u"serial_number"_s,
                                     u"subject_id"_s,
                                     u"send_date"_s,
                                     u"due_date"_s,
                                     u"currency_code"_s,
                                     u"status"_s,
                                     u"invoice_type"_s,
                                     u"pay_status"_s,
                                     u"overdue_status"_s,
                                     u"unpaid_amount"_s,
                                     u"amount"_s,
                                     u"amount_excluding_tax"_s,
                                     u"total_tax_amount"_s,
                                     u"tax_type1"_s,
                                     u"tax_rate1"_s,
                                     u"tax_amount1"_s,
                                     u"tax_type2"_s,
                                     u"tax_rate2"_s,
                                     u"tax_amount2"_s,
                                     u"tax_id1"_s,
                                     u"tax_id2"_s,
                                     u"entity_serials"_s,
                                     u"negative_invoice_ids"_s,
                                     u"positive_invoice_ids"_s,
                                     u"billing_group_id"_s,
                                     u"account_name"_s,
                                     u"invoice_title"_s,
                                     u"country_code"_s,
                                     u"address"_s,
                                     u"emails"_s};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const Invoice &invoice = *expected.at(i);
        for (const QString &key : keys)
            QVERIFY2(item.contains(key), qPrintable(key));
        QCOMPARE(idText(item.value(u"invoice_id"_s)), invoice.invoiceId);
        QCOMPARE(item.value(u"serial_number"_s).toString(), invoice.serialNumber);
        QVERIFY(item.value(u"subject_id"_s).isDouble()); // typed as a number
        QCOMPARE(QString::number(item.value(u"subject_id"_s).toInteger()), invoice.subjectId);
        QCOMPARE(item.value(u"send_date"_s).toString(), WorldTime::dateTime(invoice.sendDate));
        QCOMPARE(item.value(u"currency_code"_s).toString(), invoice.currencyCode);
        QCOMPARE(item.value(u"pay_status"_s).toString(), invoice.payStatus);
        for (const QString &money :
             {u"unpaid_amount"_s, u"amount"_s, u"amount_excluding_tax"_s, u"total_tax_amount"_s})
            QVERIFY2(isMoney(item.value(money)), qPrintable(money));
        // amount = amount_excluding_tax + total_tax_amount, exactly.
        QCOMPARE(cents(item.value(u"amount"_s)),
                 cents(item.value(u"amount_excluding_tax"_s))
                         + cents(item.value(u"total_tax_amount"_s)));
        QCOMPARE(cents(item.value(u"amount"_s)), invoice.amount);
        QCOMPARE(cents(item.value(u"unpaid_amount"_s)), invoice.unpaidAmount);
        QCOMPARE(item.value(u"negative_invoice_ids"_s).toArray().size(),
                 invoice.negativeInvoices.size());
    }
    // Newest first.
    QVERIFY(list.first().toObject().value(u"send_date"_s).toString()
            >= list.last().toObject().value(u"send_date"_s).toString());
}

void TestEmulatorInvoices::invoiceGetRoughEdges()
{
    const HttpResult result = get(u"bc/invoice/get/"_s, invoiceQuery({{u"page_size"_s, u"50"_s}}));
    QCOMPARE(result.code(), 0);
    bool numericId = false;
    bool stringId = false;
    bool nullField = false;
    for (const QJsonValue &value : result.list()) {
        const QJsonObject item = value.toObject();
        numericId |= item.value(u"invoice_id"_s).isDouble();
        stringId |= item.value(u"invoice_id"_s).isString();
        // pop_resp_nullvalue is off here: absent values come as null, not left out.
        nullField |= item.value(u"tax_type2"_s).isNull() || item.value(u"tax_id1"_s).isNull();
        QVERIFY(item.contains(u"invoice_category"_s)); // a field no spec has
    }
    QVERIFY(numericId);
    QVERIFY(stringId);
    QVERIFY(nullField);
    // The same rows carry numbers on every call.
    const HttpResult again = get(u"bc/invoice/get/"_s, invoiceQuery({{u"page_size"_s, u"50"_s}}));
    QCOMPARE(again.list(), result.list());
}

void TestEmulatorInvoices::invoiceGetFilters_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("invoice_types CREDIT") << u"types"_s;
    QTest::newRow("pay_statuses UNPAID+PARTIAL_PAID") << u"pay"_s;
    QTest::newRow("invoice_id") << u"id"_s;
    QTest::newRow("invoice_title") << u"title"_s;
    QTest::newRow("start_time/end_time") << u"time"_s;
}

void TestEmulatorInvoices::invoiceGetFilters()
{
    QFETCH(QString, name);
    const Invoice &sample = bc().invoices.at(bc().invoices.size() / 2);
    Query query = {{u"bc_id"_s, m_bcId}, {u"page_size"_s, u"50"_s}};
    std::function<bool(const Invoice &)> keep;
    if (name == u"types"_s) {
        query.append({u"invoice_types"_s, u"[\"CREDIT\"]"_s});
        keep = [](const Invoice &i) { return i.invoiceType == u"CREDIT"_s; };
    } else {
        query.append({u"invoice_types"_s, u"[\"RECON\",\"CREDIT\",\"AUTO_PAY\"]"_s});
    }
    if (name == u"pay"_s) {
        query.append({u"pay_statuses"_s, u"[\"UNPAID\",\"PARTIAL_PAID\"]"_s});
        keep = [](const Invoice &i) {
            return i.payStatus == u"UNPAID"_s || i.payStatus == u"PARTIAL_PAID"_s;
        };
    } else if (name == u"id"_s) {
        query.append({u"invoice_id"_s, sample.invoiceId});
        keep = [&](const Invoice &i) { return i.invoiceId == sample.invoiceId; };
    } else if (name == u"title"_s) {
        const QString part = sample.invoiceTitle.mid(8).toLower(); // "Invoice 2026-05" → "2026-05"
        query.append({u"invoice_title"_s, part});
        keep = [part](const Invoice &i) {
            return i.invoiceTitle.contains(part, Qt::CaseInsensitive);
        };
    } else if (name == u"time"_s) {
        const qint64 from = sample.sendDate - 20 * WorldTime::secondsPerDay;
        query.append({u"start_time"_s, WorldTime::dateTime(from)});
        query.append({u"end_time"_s, WorldTime::date(sample.sendDate)});
        // By value: the lambda outlives this block.
        keep = [from, to = sample.sendDate](const Invoice &i) {
            return i.sendDate >= from && i.sendDate <= to;
        };
    }
    const QList<const Invoice *> expected = newestFirst(keep);
    QVERIFY(!expected.isEmpty());
    const HttpResult result = get(u"bc/invoice/get/"_s, query);
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), expected.size());
    const QJsonArray list = result.list();
    QCOMPARE(list.size(), std::min<qsizetype>(50, expected.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(idText(list.at(i).toObject().value(u"invoice_id"_s)), expected.at(i)->invoiceId);
}

void TestEmulatorInvoices::invoiceGetPaging_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("empty"); // filtered to nothing
    QTest::newRow("first page") << 1 << 10 << false;
    QTest::newRow("last partial page") << -1 << 7 << false;
    QTest::newRow("page past the end") << 1000 << 10 << false;
    QTest::newRow("empty list") << 1 << 10 << true;
}

void TestEmulatorInvoices::invoiceGetPaging()
{
    QFETCH(int, page);
    QFETCH(int, pageSize);
    QFETCH(bool, empty);
    const qsizetype total = empty ? 0 : bc().invoices.size();
    // The last page must really be partial.
    while (page < 0 && total % pageSize == 0)
        ++pageSize;
    const qint64 totalPage = (total + pageSize - 1) / pageSize;
    if (page < 0)
        page = static_cast<int>(totalPage);
    Query query = invoiceQuery(
            {{u"page"_s, QString::number(page)}, {u"page_size"_s, QString::number(pageSize)}});
    if (empty)
        query.append({u"invoice_id"_s, u"1"_s});
    const HttpResult result = get(u"bc/invoice/get/"_s, query);
    QCOMPARE(result.code(), 0);
    const QJsonObject info = result.pageInfo();
    QCOMPARE(info.value(u"page"_s).toInt(), page);
    QCOMPARE(info.value(u"page_size"_s).toInt(), pageSize);
    QCOMPARE(info.value(u"total_number"_s).toInteger(), total);
    QCOMPARE(info.value(u"total_page"_s).toInteger(), totalPage);
    const qsizetype expectedCount =
            std::clamp<qsizetype>(total - qsizetype(page - 1) * pageSize, 0, pageSize);
    QCOMPARE(result.list().size(), expectedCount);
    if (page == totalPage && !empty)
        QVERIFY(expectedCount < pageSize); // the data really ends in a partial page
}

void TestEmulatorInvoices::invoiceGetInvalid_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<QString>("parameter");
    const QString types = u"[\"RECON\"]"_s;
    const QString bcId = u"7093123456789012345"_s;
    QTest::newRow("no bc_id") << Query{{u"invoice_types"_s, types}} << u"bc_id"_s;
    QTest::newRow("bc_id not numeric")
            << Query{{u"bc_id"_s, u"abc"_s}, {u"invoice_types"_s, types}} << u"bc_id"_s;
    QTest::newRow("no invoice_types") << Query{{u"bc_id"_s, bcId}} << u"invoice_types"_s;
    QTest::newRow("invoice_types not JSON")
            << Query{{u"bc_id"_s, bcId}, {u"invoice_types"_s, u"RECON"_s}} << u"invoice_types"_s;
    QTest::newRow("invoice_types an object")
            << Query{{u"bc_id"_s, bcId}, {u"invoice_types"_s, u"{\"a\":1}"_s}}
            << u"invoice_types"_s;
    QTest::newRow("invoice_types empty")
            << Query{{u"bc_id"_s, bcId}, {u"invoice_types"_s, u"[]"_s}} << u"invoice_types"_s;
    QTest::newRow("invoice_types bad enum")
            << Query{{u"bc_id"_s, bcId}, {u"invoice_types"_s, u"[\"recon\"]"_s}}
            << u"invoice_types"_s;
    QTest::newRow("pay_statuses bad enum") << Query{{u"bc_id"_s, bcId},
                                                    {u"invoice_types"_s, types},
                                                    {u"pay_statuses"_s, u"[\"OVERDUE\"]"_s}}
                                           << u"pay_statuses"_s;
    QTest::newRow("invoice_id not numeric")
            << Query{{u"bc_id"_s, bcId}, {u"invoice_types"_s, types}, {u"invoice_id"_s, u"x1"_s}}
            << u"invoice_id"_s;
    QTest::newRow("start_time malformed") << Query{{u"bc_id"_s, bcId},
                                                   {u"invoice_types"_s, types},
                                                   {u"start_time"_s, u"2026/01/01"_s}}
                                          << u"start_time"_s;
    QTest::newRow("end before start") << Query{{u"bc_id"_s, bcId},
                                               {u"invoice_types"_s, types},
                                               {u"start_time"_s, u"2026-02-01"_s},
                                               {u"end_time"_s, u"2026-01-01 00:00:00"_s}}
                                      << u"end_time"_s;
    QTest::newRow("page_size 51") << Query{{u"bc_id"_s, bcId},
                                           {u"invoice_types"_s, types},
                                           {u"page_size"_s, u"51"_s}}
                                  << u"page_size"_s;
    QTest::newRow("page 0") << Query{{u"bc_id"_s, bcId},
                                     {u"invoice_types"_s, types},
                                     {u"page"_s, u"0"_s}}
                            << u"page"_s;
}

void TestEmulatorInvoices::invoiceGetInvalid()
{
    QFETCH(Query, query);
    QFETCH(QString, parameter);
    const HttpResult result = get(u"bc/invoice/get/"_s, query);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.code(), 40002);
    QVERIFY2(result.message().startsWith(parameter + u':'), qPrintable(result.message()));
    QVERIFY(result.data().isEmpty());
}

// ---- Permissions -----------------------------------------------------------------------------

void TestEmulatorInvoices::permissions_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("who"); // nofinance, unknown, other
    const QStringList endpoints = {u"bc/invoice/get/"_s,
                                   u"bc/invoice/unpaid/get/"_s,
                                   u"bc/invoice/download/"_s,
                                   u"bc/invoice/task/create/"_s,
                                   u"bc/invoice/task/get/"_s,
                                   u"bc/invoice/task/list/"_s,
                                   u"bc/invoice/billing_report/get/"_s};
    for (const QString &endpoint : endpoints) {
        for (const QString &who : {u"nofinance"_s, u"unknown"_s, u"other"_s}) {
            QTest::addRow("%s %s", qPrintable(endpoint), qPrintable(who)) << endpoint << who;
        }
    }
}

void TestEmulatorInvoices::permissions()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, who);
    QString bcId = who == u"unknown"_s     ? unknownBcId
                   : who == u"nofinance"_s ? m_noFinanceBcId
                                           : m_bcId;
    QByteArray token = validToken;
    if (who == u"other"_s) {
        // A user who is no member of this BC at all.
        QString stranger;
        for (const User &user : m_server->world().users()) {
            if (m_server->world().userRole(m_bcId, user.userId).isEmpty()) {
                stranger = user.userId;
                break;
            }
        }
        QVERIFY(!stranger.isEmpty());
        token = m_world->issueAccessToken(stranger).toLatin1();
    }
    HttpResult result;
    const QString someId = bc().invoices.first().invoiceId;
    if (endpoint == u"bc/invoice/task/create/"_s) {
        result = send(QByteArrayLiteral("POST"), endpoint, {},
                      QJsonDocument(QJsonObject{{u"bc_id"_s, bcId},
                                                {u"download_type"_s, u"INVOICE_LIST"_s}})
                              .toJson(),
                      QByteArrayLiteral("application/json"), token);
    } else {
        const Query query = {{u"bc_id"_s, bcId},
                             {u"invoice_types"_s, u"[\"RECON\"]"_s},
                             {u"invoice_type"_s, u"RECON"_s},
                             {u"invoice_id"_s, someId},
                             {u"task_id"_s, bc().invoiceTasks.first().taskId},
                             {u"start_date"_s, u"2026-10-01"_s},
                             {u"end_date"_s, u"2026-10-31"_s}};
        result = get(endpoint, query, token);
    }
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.code(), 40001);
    QVERIFY(result.contentType.startsWith(u"application/json"_s));
    QVERIFY2(result.message().endsWith(bcId), qPrintable(result.message()));
    if (who == u"unknown"_s)
        QCOMPARE(result.message(), u"No permission to operate Business Center: "_s + bcId);
}

// ---- /bc/invoice/unpaid/get/
// ---------------------------------------------------------------------

void TestEmulatorInvoices::unpaidGet()
{
    const HttpResult result = get(u"bc/invoice/unpaid/get/"_s,
                                  {{u"bc_id"_s, m_bcId}, {u"invoice_type"_s, u"RECON"_s}});
    QCOMPARE(result.code(), 0);
    const QJsonObject data = result.data().value(u"result"_s).toObject();
    QCOMPARE(data.value(u"currency_code"_s).toString(), bc().currency);
    QVERIFY(isMoney(data.value(u"amount"_s)));
    Cents expected = 0;
    for (const Invoice &invoice : bc().invoices) {
        if (invoice.invoiceType == u"RECON"_s && invoice.status != u"DELETED"_s)
            expected += invoice.unpaidAmount;
    }
    QCOMPARE(cents(data.value(u"amount"_s)), expected);
    // The same total as the unpaid rows of /bc/invoice/get/.
    Cents listedSum = 0;
    for (int page = 1; page <= 20; ++page) {
        const HttpResult listed = get(u"bc/invoice/get/"_s, {{u"bc_id"_s, m_bcId},
                                                             {u"invoice_types"_s, u"[\"RECON\"]"_s},
                                                             {u"page"_s, QString::number(page)},
                                                             {u"page_size"_s, u"50"_s}});
        QCOMPARE(listed.code(), 0);
        if (listed.list().isEmpty())
            break;
        for (const QJsonValue &item : listed.list()) {
            if (item.toObject().value(u"status"_s).toString() != u"DELETED"_s)
                listedSum += cents(item.toObject().value(u"unpaid_amount"_s));
        }
    }
    QCOMPARE(listedSum, expected);
}

void TestEmulatorInvoices::unpaidGetInvalid_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("no invoice_type")
            << Query{{u"bc_id"_s, u"7093123456789012345"_s}} << u"invoice_type"_s;
    QTest::newRow("CREDIT is not accepted")
            << Query{{u"bc_id"_s, u"7093123456789012345"_s}, {u"invoice_type"_s, u"CREDIT"_s}}
            << u"invoice_type"_s;
    QTest::newRow("no bc_id") << Query{{u"invoice_type"_s, u"RECON"_s}} << u"bc_id"_s;
}

void TestEmulatorInvoices::unpaidGetInvalid()
{
    QFETCH(Query, query);
    QFETCH(QString, parameter);
    const HttpResult result = get(u"bc/invoice/unpaid/get/"_s, query);
    QCOMPARE(result.code(), 40002);
    QVERIFY2(result.message().startsWith(parameter + u':'), qPrintable(result.message()));
}

// ---- /bc/invoice/download/ ---------------------------------------------------------------------

void TestEmulatorInvoices::downloadPdf()
{
    const Invoice *invoice = nullptr;
    for (const Invoice &candidate : bc().invoices) {
        if (candidate.status != u"DELETED"_s) {
            invoice = &candidate;
            break;
        }
    }
    QVERIFY(invoice);
    const HttpResult result = get(u"bc/invoice/download/"_s,
                                  {{u"bc_id"_s, m_bcId}, {u"invoice_id"_s, invoice->invoiceId}});
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.contentType, u"application/pdf"_s);
    QVERIFY2(isPdf(result.body), result.body.left(40).constData());
    QVERIFY(result.body.size() > 1000);
    QCOMPARE(result.contentDisposition,
             "attachment; filename=\"" + invoice->serialNumber.toUtf8() + ".pdf\"");

    // The text, when poppler's pdftotext is there to read it (not required).
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"invoice.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(result.body);
    file.close();
    QProcess process;
    process.start(pdftotext, {file.fileName(), u"-"_s});
    QVERIFY(process.waitForFinished(10000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(invoice->serialNumber), qPrintable(text));
    QVERIFY(text.contains(Money::format(invoice->amount)));
    QVERIFY(text.contains(Money::format(invoice->amountExcludingTax)));
    QVERIFY(text.contains(invoice->currencyCode));
}

void TestEmulatorInvoices::downloadHeadersAtHandler()
{
    // The server may not send extraHeaders yet: the handler's reply carries them.
    const Invoice &invoice = bc().invoices.first();
    EmulatorRequest request;
    request.method = QHttpServerRequest::Method::Get;
    request.endpoint = u"bc/invoice/download/"_s;
    request.query.addQueryItem(u"bc_id"_s, m_bcId);
    request.query.addQueryItem(u"invoice_id"_s, invoice.invoiceId);
    request.headers.insert(QByteArrayLiteral("access-token"), validToken);
    const EmulatorReply reply = handleBcInvoiceDownload(*m_world, request);
    if (invoice.status == u"DELETED"_s) {
        QCOMPARE(reply.code, 40007);
        return;
    }
    QVERIFY(reply.isRaw());
    QCOMPARE(reply.rawContentType, QByteArrayLiteral("application/pdf"));
    QVERIFY(isPdf(reply.rawBody));
    QCOMPARE(reply.extraHeaders.size(), 1);
    QCOMPARE(reply.extraHeaders.first().first, QByteArrayLiteral("Content-Disposition"));
    QCOMPARE(reply.extraHeaders.first().second,
             "attachment; filename=\"" + invoice.serialNumber.toUtf8() + ".pdf\"");
}

void TestEmulatorInvoices::downloadErrors_data()
{
    QTest::addColumn<QString>("invoiceId");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown invoice") << u"1234567890"_s << 40007;
    QTest::newRow("not numeric") << u"abc"_s << 40002;
    QTest::newRow("missing") << QString() << 40002;
    QTest::newRow("deleted invoice") << u"deleted"_s << 40007;
}

void TestEmulatorInvoices::downloadErrors()
{
    QFETCH(QString, invoiceId);
    QFETCH(int, code);
    Query query = {{u"bc_id"_s, m_bcId}};
    if (invoiceId == u"deleted"_s) {
        QString deleted;
        for (const GeneratedBusinessCenter &center : m_server->world().businessCenters()) {
            for (const Invoice &invoice : center.invoices) {
                if (deleted.isEmpty() && invoice.status == u"DELETED"_s
                    && center.financeRole == u"MANAGER"_s) {
                    deleted = invoice.invoiceId;
                    query = {{u"bc_id"_s, center.bcId}};
                }
            }
        }
        if (deleted.isEmpty())
            QSKIP("no deleted invoice in this world");
        invoiceId = deleted;
    }
    if (!invoiceId.isNull())
        query.append({u"invoice_id"_s, invoiceId});
    const HttpResult result = get(u"bc/invoice/download/"_s, query);
    QCOMPARE(result.httpStatus, 200);
    // Errors come as the JSON envelope, not as a file.
    QCOMPARE(result.contentType, u"application/json"_s);
    QCOMPARE(result.code(), code);
    QVERIFY(result.contentDisposition.isEmpty());
}

// ---- Tasks -------------------------------------------------------------------------------------

void TestEmulatorInvoices::taskCreateAndLifecycle_data()
{
    QTest::addColumn<QString>("downloadType");
    QTest::newRow("INVOICE_LIST") << u"INVOICE_LIST"_s;
    QTest::newRow("INVOICE_BATCH") << u"INVOICE_BATCH"_s;
    QTest::newRow("BILLING_REPORT") << u"BILLING_REPORT"_s;
}

void TestEmulatorInvoices::taskCreateAndLifecycle()
{
    QFETCH(QString, downloadType);
    const bool viaGet = downloadType == u"BILLING_REPORT"_s;
    const QString taskId =
            createTask({{u"bc_id"_s, m_bcId},
                        {u"download_type"_s, downloadType},
                        {u"filtering"_s, QJsonObject{{u"pay_statuses"_s, QJsonArray{u"PAID"_s}}}}});
    QVERIFY(!taskId.isEmpty());
    QVERIFY(m_server->world().findInvoiceTask(m_bcId, taskId));

    auto readBack = [&]() -> QJsonObject {
        if (viaGet) {
            const HttpResult result =
                    get(u"bc/invoice/task/get/"_s, {{u"bc_id"_s, m_bcId}, {u"task_id"_s, taskId}});
            return result.code() == 0 ? result.data() : QJsonObject();
        }
        return listedTask(taskId);
    };
    QJsonObject task = readBack();
    QCOMPARE(task.value(u"status"_s).toString(), u"CREATED"_s);
    QVERIFY(task.value(u"download_url"_s).isNull());
    if (!viaGet) {
        QCOMPARE(task.value(u"download_type"_s).toString(), downloadType);
        QCOMPARE(task.value(u"bc_id"_s).toString(), m_bcId);
        QCOMPARE(task.value(u"create_time"_s).toString(), WorldTime::dateTime(m_world->nowSecs()));
    }

    m_world->advanceClock(InvoiceTask::runningAfterSecs);
    task = readBack();
    QCOMPARE(task.value(u"status"_s).toString(), u"RUNNING"_s);
    QVERIFY(task.value(u"download_url"_s).isNull());
    if (!viaGet)
        QCOMPARE(task.value(u"update_time"_s).toString(), WorldTime::dateTime(m_world->nowSecs()));

    m_world->advanceClock(InvoiceTask::finishedAfterSecs - InvoiceTask::runningAfterSecs);
    task = readBack();
    QCOMPARE(task.value(u"status"_s).toString(), u"SUCCEED"_s);
    const QString url = task.value(u"download_url"_s).toString();
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s + QString::number(m_server->port())
                            + u"/open_api/v1.3/bc/invoice/task/file/?"_s),
             qPrintable(url));
    if (viaGet)
        QVERIFY(task.value(u"error_msg"_s).isNull());
    const HttpResult file = getUrl(url);
    QCOMPARE(file.httpStatus, 200);
    QCOMPARE(file.contentType, downloadType == u"INVOICE_BATCH"_s ? u"application/zip"_s
                                                                  : u"text/csv; charset=utf-8"_s);
}

void TestEmulatorInvoices::taskCreateInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("parameter");
    const QByteArray json = QByteArrayLiteral("application/json");
    QTest::newRow("not JSON") << QByteArrayLiteral("bc_id=1") << json << u"body"_s;
    QTest::newRow("an array") << QByteArrayLiteral("[]") << json << u"body"_s;
    QTest::newRow("form content type")
            << QByteArrayLiteral("{\"bc_id\":\"1\",\"download_type\":\"INVOICE_LIST\"}")
            << QByteArrayLiteral("application/x-www-form-urlencoded") << u"Content-Type"_s;
    QTest::newRow("no bc_id") << QByteArrayLiteral("{\"download_type\":\"INVOICE_LIST\"}") << json
                              << u"bc_id"_s;
    QTest::newRow("no download_type") << QByteArrayLiteral("{\"bc_id\":\"7093123456789012345\"}")
                                      << json << u"download_type"_s;
    QTest::newRow("bad download_type")
            << QByteArrayLiteral("{\"bc_id\":\"7093123456789012345\",\"download_type\":\"PDF\"}")
            << json << u"download_type"_s;
    QTest::newRow("filtering not an object")
            << QByteArrayLiteral("{\"bc_id\":\"7093123456789012345\",\"download_type\":"
                                 "\"INVOICE_LIST\",\"filtering\":\"x\"}")
            << json << u"filtering"_s;
    QTest::newRow("bad pay_statuses")
            << QByteArrayLiteral("{\"bc_id\":\"7093123456789012345\",\"download_type\":"
                                 "\"INVOICE_LIST\",\"filtering\":{\"pay_statuses\":[\"LATE\"]}}")
            << json << u"filtering.pay_statuses"_s;
    QTest::newRow("bad start_time")
            << QByteArrayLiteral("{\"bc_id\":\"7093123456789012345\",\"download_type\":"
                                 "\"INVOICE_LIST\",\"filtering\":{\"start_time\":\"yesterday\"}}")
            << json << u"filtering.start_time"_s;
}

void TestEmulatorInvoices::taskCreateInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, parameter);
    const qsizetype tasksBefore = bc().invoiceTasks.size();
    const HttpResult result =
            send(QByteArrayLiteral("POST"), u"bc/invoice/task/create/"_s, {}, body, contentType);
    QCOMPARE(result.code(), 40002);
    QVERIFY2(result.message().startsWith(parameter + u':'), qPrintable(result.message()));
    QCOMPARE(bc().invoiceTasks.size(), tasksBefore);
}

void TestEmulatorInvoices::taskCreateNotFound()
{
    HttpResult result =
            post(u"bc/invoice/task/create/"_s, {{u"bc_id"_s, m_bcId},
                                                {u"download_type"_s, u"INVOICE_BATCH"_s},
                                                {u"invoice_id"_s, u"123"_s}});
    QCOMPARE(result.code(), 40007);
    result = post(u"bc/invoice/task/create/"_s,
                  {{u"bc_id"_s, m_bcId},
                   {u"download_type"_s, u"BILLING_REPORT"_s},
                   {u"filtering"_s, QJsonObject{{u"billing_group_id"_s, u"42"_s}}}});
    QCOMPARE(result.code(), 40007);
}

void TestEmulatorInvoices::taskGetErrors_data()
{
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown task") << u"99"_s << 40007;
    QTest::newRow("missing task_id") << QString() << 40002;
    QTest::newRow("an INVOICE_LIST task") << u"list"_s << 40002;
}

void TestEmulatorInvoices::taskGetErrors()
{
    QFETCH(QString, taskId);
    QFETCH(int, code);
    if (taskId == u"list"_s) {
        for (const InvoiceTask &task : bc().invoiceTasks) {
            if (task.downloadType == u"INVOICE_LIST"_s)
                taskId = task.taskId;
        }
        QVERIFY(taskId != u"list"_s);
    }
    Query query = {{u"bc_id"_s, m_bcId}};
    if (!taskId.isNull())
        query.append({u"task_id"_s, taskId});
    const HttpResult result = get(u"bc/invoice/task/get/"_s, query);
    QCOMPARE(result.code(), code);
    if (code == 40002)
        QVERIFY(result.message().startsWith(u"task_id:"_s));
}

void TestEmulatorInvoices::taskListPaging()
{
    qsizetype total = 0;
    for (const InvoiceTask &task : bc().invoiceTasks)
        total += task.downloadType == u"BILLING_REPORT"_s ? 0 : 1;
    QVERIFY(total >= 2);
    // Last partial page: page size total - 1 leaves one row on page 2.
    const QString pageSize = QString::number(total - 1);
    HttpResult result =
            get(u"bc/invoice/task/list/"_s,
                {{u"bc_id"_s, m_bcId}, {u"page"_s, u"2"_s}, {u"page_size"_s, pageSize}});
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.list().size(), 1);
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), total);
    QCOMPARE(result.pageInfo().value(u"total_page"_s).toInt(), 2);
    // Only INVOICE_LIST and INVOICE_BATCH tasks; newest first.
    result = get(u"bc/invoice/task/list/"_s, {{u"bc_id"_s, m_bcId}, {u"page_size"_s, u"50"_s}});
    QCOMPARE(result.list().size(), total);
    QString previous = u"9999"_s;
    bool numericId = false;
    for (const QJsonValue &value : result.list()) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(u"download_type"_s).toString() != u"BILLING_REPORT"_s);
        QVERIFY(item.value(u"create_time"_s).toString() <= previous);
        previous = item.value(u"create_time"_s).toString();
        numericId |= item.value(u"task_id"_s).isDouble();
        QVERIFY(item.contains(u"download_url"_s));
    }
    bool expectNumeric = false;
    for (qsizetype i = 0; i < bc().invoiceTasks.size(); ++i) {
        expectNumeric |= i % 5 == 2 && bc().invoiceTasks.at(i).downloadType != u"BILLING_REPORT"_s;
    }
    QCOMPARE(numericId, expectNumeric);
    // Page past the end.
    result = get(u"bc/invoice/task/list/"_s, {{u"bc_id"_s, m_bcId}, {u"page"_s, u"9"_s}});
    QCOMPARE(result.code(), 0);
    QVERIFY(result.list().isEmpty());
    QCOMPARE(result.pageInfo().value(u"page"_s).toInt(), 9);
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), total);
    // Empty list: a finance BC without export tasks of these types.
    for (const GeneratedBusinessCenter &center : m_server->world().businessCenters()) {
        if (center.financeRole.isEmpty())
            continue;
        const bool none = std::none_of(
                center.invoiceTasks.cbegin(), center.invoiceTasks.cend(),
                [](const InvoiceTask &t) { return t.downloadType != u"BILLING_REPORT"_s; });
        if (!none)
            continue;
        result = get(u"bc/invoice/task/list/"_s, {{u"bc_id"_s, center.bcId}});
        QCOMPARE(result.code(), 0);
        QVERIFY(result.list().isEmpty());
        QCOMPARE(result.pageInfo().value(u"total_page"_s).toInt(), 0);
        return;
    }
    qInfo("every finance BC has export tasks; the empty case is covered by /bc/invoice/get/");
}

void TestEmulatorInvoices::taskListInvalid()
{
    HttpResult result =
            get(u"bc/invoice/task/list/"_s, {{u"bc_id"_s, m_bcId}, {u"page_size"_s, u"51"_s}});
    QCOMPARE(result.code(), 40002);
    QVERIFY(result.message().startsWith(u"page_size:"_s));
    result = get(u"bc/invoice/task/list/"_s, {});
    QCOMPARE(result.code(), 40002);
    QVERIFY(result.message().startsWith(u"bc_id:"_s));
}

void TestEmulatorInvoices::invoiceListFile()
{
    const QString taskId =
            createTask({{u"bc_id"_s, m_bcId},
                        {u"download_type"_s, u"INVOICE_LIST"_s},
                        {u"filtering"_s,
                         QJsonObject{{u"pay_statuses"_s, QJsonArray{u"PAID"_s, u"NO_NEED"_s}}}}});
    QVERIFY(!taskId.isEmpty());
    m_world->advanceClock(InvoiceTask::finishedAfterSecs);
    const QJsonObject task = listedTask(taskId);
    QCOMPARE(task.value(u"status"_s).toString(), u"SUCCEED"_s);
    const HttpResult file = getUrl(task.value(u"download_url"_s).toString());
    QCOMPARE(file.contentType, u"text/csv; charset=utf-8"_s);
    QVERIFY(file.body.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = csvLines(file.body);
    const QList<const Invoice *> expected = newestFirst([](const Invoice &i) {
        return i.payStatus == u"PAID"_s || i.payStatus == u"NO_NEED"_s;
    });
    QCOMPARE(lines.size(), expected.size() + 1);
    QVERIFY(lines.first().startsWith(u"invoice_id,serial_number,"_s));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY(lines.at(i + 1).startsWith(expected.at(i)->invoiceId + u','
                                           + expected.at(i)->serialNumber));
}

void TestEmulatorInvoices::invoiceBatchZip()
{
    // A few invoices: one month's worth by title.
    const Invoice &sample = bc().invoices.last();
    const QString title = sample.invoiceTitle;
    const QString taskId = createTask({{u"bc_id"_s, m_bcId},
                                       {u"download_type"_s, u"INVOICE_BATCH"_s},
                                       {u"filtering"_s, QJsonObject{{u"invoice_title"_s, title}}}});
    QVERIFY(!taskId.isEmpty());
    m_world->advanceClock(InvoiceTask::finishedAfterSecs);
    const QJsonObject task = listedTask(taskId);
    QCOMPARE(task.value(u"status"_s).toString(), u"SUCCEED"_s);
    const HttpResult file = getUrl(task.value(u"download_url"_s).toString());
    QCOMPARE(file.httpStatus, 200);
    QCOMPARE(file.contentType, u"application/zip"_s);
    QCOMPARE(file.contentDisposition, "attachment; filename=\"" + taskId.toUtf8() + ".zip\"");
    const auto entries = readZip(file.body);
    QVERIFY(entries);
    const QList<const Invoice *> expected = newestFirst([&](const Invoice &i) {
        return i.invoiceTitle.contains(title, Qt::CaseInsensitive) && i.status != u"DELETED"_s;
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(entries->size(), expected.size());
    for (qsizetype i = 0; i < entries->size(); ++i) {
        QCOMPARE(entries->at(i).first, expected.at(i)->serialNumber + u".pdf"_s);
        QVERIFY(isPdf(entries->at(i).second));
    }
}

void TestEmulatorInvoices::billingReportFile()
{
    const QString taskId =
            createTask({{u"bc_id"_s, m_bcId},
                        {u"download_type"_s, u"BILLING_REPORT"_s},
                        {u"filtering"_s, QJsonObject{{u"start_time"_s, u"2026-10-01"_s},
                                                     {u"end_time"_s, u"2026-10-31 23:59:59"_s}}}});
    QVERIFY(!taskId.isEmpty());
    m_world->advanceClock(InvoiceTask::finishedAfterSecs);
    const HttpResult task =
            get(u"bc/invoice/task/get/"_s, {{u"bc_id"_s, m_bcId}, {u"task_id"_s, taskId}});
    QCOMPARE(task.data().value(u"status"_s).toString(), u"SUCCEED"_s);
    const HttpResult file = getUrl(task.data().value(u"download_url"_s).toString());
    QCOMPARE(file.contentType, u"text/csv; charset=utf-8"_s);
    const QStringList lines = csvLines(file.body);
    QCOMPARE(lines.size(), bc().adAccounts.size() + 1);
    QVERIFY(lines.first().startsWith(u"start_date,end_date,billing_group_id,advertiser_id"_s));
    // The same numbers as /bc/invoice/billing_report/get/ for that month.
    const HttpResult report =
            get(u"bc/invoice/billing_report/get/"_s, {{u"bc_id"_s, m_bcId},
                                                      {u"start_date"_s, u"2026-10-01"_s},
                                                      {u"end_date"_s, u"2026-10-31"_s},
                                                      {u"page_size"_s, u"1"_s}});
    QCOMPARE(report.code(), 0);
    const QJsonObject first = report.list().first().toObject();
    const QStringList cells = lines.at(1).split(u',');
    QCOMPARE(cells.at(3), first.value(u"advertiser_id"_s).toString());
    QCOMPARE(cells.last(), Money::format(cents(first.value(u"total_amount"_s))));
}

void TestEmulatorInvoices::taskThatSelectsNothingFails()
{
    const QString taskId =
            createTask({{u"bc_id"_s, m_bcId},
                        {u"download_type"_s, u"INVOICE_LIST"_s},
                        {u"filtering"_s, QJsonObject{{u"serial_number"_s, u"NO-SUCH-SERIAL"_s}}}});
    QVERIFY(!taskId.isEmpty());
    m_world->advanceClock(InvoiceTask::finishedAfterSecs);
    const QJsonObject task = listedTask(taskId);
    QCOMPARE(task.value(u"status"_s).toString(), u"FAILED"_s);
    QVERIFY(task.value(u"download_url"_s).isNull());
}

void TestEmulatorInvoices::taskFileErrors()
{
    const QString taskId =
            createTask({{u"bc_id"_s, m_bcId}, {u"download_type"_s, u"INVOICE_LIST"_s}});
    QVERIFY(!taskId.isEmpty());
    m_world->advanceClock(InvoiceTask::finishedAfterSecs);
    const QString url = listedTask(taskId).value(u"download_url"_s).toString();
    QVERIFY(!url.isEmpty());
    QUrl tampered(url);
    QUrlQuery query(tampered);
    query.removeQueryItem(u"sign"_s);
    query.addQueryItem(u"sign"_s, u"0123456789abcdef0123456789abcdef"_s);
    tampered.setQuery(query);
    HttpResult result = getUrl(tampered.toString());
    QCOMPARE(result.code(), 40001);

    // Not ready yet: 40201.
    const QString fresh =
            createTask({{u"bc_id"_s, m_bcId}, {u"download_type"_s, u"INVOICE_LIST"_s}});
    query.removeQueryItem(u"task_id"_s);
    query.addQueryItem(u"task_id"_s, fresh);
    tampered.setQuery(query);
    m_world->advanceClock(InvoiceTask::finishedAfterSecs);
    const QString freshUrl = listedTask(fresh).value(u"download_url"_s).toString();
    m_world->advanceClock(-InvoiceTask::finishedAfterSecs); // back to RUNNING/CREATED
    result = getUrl(freshUrl);
    QCOMPARE(result.code(), 40201);
    m_world->advanceClock(InvoiceTask::finishedAfterSecs);
    QCOMPARE(getUrl(freshUrl).httpStatus, 200);
}

// ---- /bc/invoice/billing_report/get/
// -------------------------------------------------------------

void TestEmulatorInvoices::billingReportGet()
{
    const HttpResult result =
            get(u"bc/invoice/billing_report/get/"_s, {{u"bc_id"_s, m_bcId},
                                                      {u"start_date"_s, u"2026-10-01"_s},
                                                      {u"end_date"_s, u"2026-10-31"_s},
                                                      {u"page_size"_s, u"50"_s}});
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.data().value(u"start_date"_s).toString(), u"2026-10-01"_s);
    const QJsonArray list = result.list();
    QCOMPARE(list.size(), std::min<qsizetype>(50, bc().adAccounts.size()));
    QMap<QString, Cents> sums;
    bool spent = false;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        for (const QString &key :
             {u"cash_amount"_s, u"grant_amount"_s, u"tax_amount"_s, u"total_amount"_s})
            QVERIFY(isMoney(item.value(key)));
        QCOMPARE(cents(item.value(u"total_amount"_s)),
                 cents(item.value(u"cash_amount"_s)) + cents(item.value(u"grant_amount"_s))
                         + cents(item.value(u"tax_amount"_s)));
        sums[item.value(u"currency"_s).toString()] += cents(item.value(u"total_amount"_s));
        spent |= cents(item.value(u"total_amount"_s)) > 0;
        QVERIFY(item.contains(u"billing_group_id"_s));
    }
    QVERIFY(spent);
    if (bc().adAccounts.size() <= 50) {
        for (const QJsonValue &value : result.data().value(u"summary"_s).toArray()) {
            const QJsonObject total = value.toObject();
            QCOMPARE(cents(total.value(u"total_amount"_s)),
                     sums.value(total.value(u"currency"_s).toString()));
        }
    }
    // One billing group only.
    const BillingGroup &group = bc().billingGroups.first();
    const HttpResult filtered = get(u"bc/invoice/billing_report/get/"_s,
                                    {{u"bc_id"_s, m_bcId},
                                     {u"start_date"_s, u"2026-10-01"_s},
                                     {u"end_date"_s, u"2026-10-31"_s},
                                     {u"page_size"_s, u"50"_s},
                                     {u"billing_group_id"_s, group.billingGroupId}});
    QCOMPARE(filtered.code(), 0);
    for (const QJsonValue &value : filtered.list())
        QCOMPARE(value.toObject().value(u"billing_group_id"_s).toString(), group.billingGroupId);
}

void TestEmulatorInvoices::billingReportPaging()
{
    const qsizetype total = bc().adAccounts.size();
    QVERIFY(total >= 3);
    const Query base = {{u"bc_id"_s, m_bcId},
                        {u"start_date"_s, u"2026-10-01"_s},
                        {u"end_date"_s, u"2026-10-02"_s}};
    Query query = base;
    // Last partial page.
    qsizetype pageSize = std::min<qsizetype>(50, total - 1);
    while (total % pageSize == 0)
        --pageSize;
    const qsizetype lastPage = (total + pageSize - 1) / pageSize;
    query.append(
            {{u"page_size"_s, QString::number(pageSize)}, {u"page"_s, QString::number(lastPage)}});
    HttpResult result = get(u"bc/invoice/billing_report/get/"_s, query);
    QCOMPARE(result.code(), 0);
    QCOMPARE(result.list().size(), total % pageSize);
    QCOMPARE(result.pageInfo().value(u"total_page"_s).toInteger(), lastPage);
    query = base;
    query.append({u"page"_s, u"1000"_s});
    result = get(u"bc/invoice/billing_report/get/"_s, query);
    QCOMPARE(result.code(), 0);
    QVERIFY(result.list().isEmpty()); // past the end
    QCOMPARE(result.pageInfo().value(u"total_number"_s).toInteger(), total);
    // Empty: a billing group with no ad accounts.
    const BillingGroup *emptyGroup = nullptr;
    for (const BillingGroup &group : bc().billingGroups) {
        bool any = false;
        for (const AdAccount &account : bc().adAccounts)
            any |= m_server->world().billingGroupOf(m_bcId, account.advertiserId)
                   == group.billingGroupId;
        if (!any)
            emptyGroup = &group;
    }
    if (!emptyGroup)
        return;
    query = base;
    query.append({u"billing_group_id"_s, emptyGroup->billingGroupId});
    result = get(u"bc/invoice/billing_report/get/"_s, query);
    QCOMPARE(result.code(), 0);
    QVERIFY(result.list().isEmpty());
    QCOMPARE(result.pageInfo().value(u"total_page"_s).toInt(), 0);
}

void TestEmulatorInvoices::billingReportInvalid_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<QString>("parameter");
    const QString bcId = u"7093123456789012345"_s;
    QTest::newRow("no start_date")
            << Query{{u"bc_id"_s, bcId}, {u"end_date"_s, u"2026-10-01"_s}} << u"start_date"_s;
    QTest::newRow("date with time") << Query{{u"bc_id"_s, bcId},
                                             {u"start_date"_s, u"2026-10-01 00:00:00"_s},
                                             {u"end_date"_s, u"2026-10-02"_s}}
                                    << u"start_date"_s;
    QTest::newRow("end before start") << Query{{u"bc_id"_s, bcId},
                                               {u"start_date"_s, u"2026-10-05"_s},
                                               {u"end_date"_s, u"2026-10-01"_s}}
                                      << u"end_date"_s;
    QTest::newRow("91 days") << Query{{u"bc_id"_s, bcId},
                                      {u"start_date"_s, u"2026-01-01"_s},
                                      {u"end_date"_s, u"2026-04-01"_s}}
                             << u"end_date"_s;
    QTest::newRow("page_size 51") << Query{{u"bc_id"_s, bcId},
                                           {u"start_date"_s, u"2026-10-01"_s},
                                           {u"end_date"_s, u"2026-10-01"_s},
                                           {u"page_size"_s, u"51"_s}}
                                  << u"page_size"_s;
}

void TestEmulatorInvoices::billingReportInvalid()
{
    QFETCH(Query, query);
    QFETCH(QString, parameter);
    const HttpResult result = get(u"bc/invoice/billing_report/get/"_s, query);
    QCOMPARE(result.code(), 40002);
    QVERIFY2(result.message().startsWith(parameter + u':'), qPrintable(result.message()));
}

QTEST_MAIN(TestEmulatorInvoices)
#include "tst_emulatorinvoices.moc"
