// bcctl's list commands as a script sees them: the built executable run as a process against an
// in-process emulator (--base-url), its stdout (JSON, CSV, table), exit codes and stderr lines.
// The expected rows are read from the emulator over plain HTTP, independently of the client.
#include "emulator/emulatorserver.h"
#include "tests/support/emulatorfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::emulator::FaultKind;
using bc::emulator::GeneratedBusinessCenter;

namespace {

const QString token = u"bcctl-lists-test-token"_s;
const QString tokenVariable = u"BCCTL_LISTS_TEST_TOKEN"_s;

// The money fields each list has (the API's names); everything else is compared as sent.
const QStringList invoiceAmounts{u"amount"_s, u"amount_excluding_tax"_s, u"total_tax_amount"_s,
                                 u"unpaid_amount"_s};
const QStringList balanceAmounts{u"account_balance"_s, u"valid_account_balance"_s,
                                 u"frozen_balance"_s,  u"tax"_s,
                                 u"cash_balance"_s,    u"valid_cash_balance"_s,
                                 u"grant_balance"_s,   u"valid_grant_balance"_s};

// What bcctl must print for a row the emulator sent: ids (fields ending in _id/_ids) that came
// as numbers become their digits, money sent as text becomes a number; all else as it came.
QJsonValue expectedValue(const QString &key, const QJsonValue &value, const QStringList &amounts)
{
    const bool id = key.endsWith(u"_id"_s) || key.endsWith(u"_ids"_s);
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), expectedValue(it.key(), it.value(), {}));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(element.isObject() ? expectedValue({}, element, {})
                                          : expectedValue(id ? key : QString(), element, {}));
        return out;
    }
    if (amounts.contains(key) && value.isString())
        return value.toString().toDouble();
    if (id && value.isDouble())
        return QString::number(value.toInteger());
    return value;
}

QJsonObject expectedRow(const QJsonObject &raw, const QStringList &amounts, bool flattenBcInfo)
{
    QJsonObject source = raw;
    if (flattenBcInfo) {
        source = raw.value(u"bc_info"_s).toObject();
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            if (it.key() != u"bc_info"_s)
                source.insert(it.key(), it.value());
        }
        const QJsonValue role = raw.value(u"ext_user_role"_s).toObject().value(u"finance_role"_s);
        if (!role.isUndefined())
            source.insert(u"finance_role"_s, role);
    }
    QJsonObject out;
    for (auto it = source.begin(); it != source.end(); ++it)
        out.insert(it.key(), expectedValue(it.key(), it.value(), amounts));
    return out;
}

// Rows in a stable order, to compare two lists as multisets.
QList<QByteArray> canonical(const QList<QJsonObject> &rows)
{
    QList<QByteArray> out;
    for (const QJsonObject &row : rows)
        out.append(QJsonDocument(row).toJson(QJsonDocument::Compact));
    std::sort(out.begin(), out.end());
    return out;
}

// RFC 4180: records end in CRLF; quoted fields may hold commas, CRLF/LF and doubled quotes.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'"' || c == u'\n' || c == u'\r') {
            *ok = false; // a bare quote or line break outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !record.isEmpty())
        *ok = false; // the last record must end in CRLF
    return records;
}

} // namespace

class TestBcctlLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyCommandPrintsTheEmulatorsRows_data();
    void everyCommandPrintsTheEmulatorsRows();
    void idsStayDigitExact();
    void amountsAreExactNumbers();
    void moneySentAsTextPrintsAsExactNumbers();
    void pagingReadsEveryRowOnce();
    void csvQuotesCommasQuotesAndNewlines();
    void tableIsAlignedAndTruncates();
    void filters_data();
    void filters();
    void filteredListingDeletesNothing();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void rejectedTokenIsOneLine();
    void missingFinanceRoleIsOneLine();
    void transientFaultIsRetried();
    void persistentFaultFails();
    void rateLimitedEmulatorStillListsEverything();
    void qpsPacesTheRequests();
    void offlineAfterTheEmulatorStopped();
    void offlineNeverFetchedFails();
    void helpForEveryCommand_data();
    void helpForEveryCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;

        [[nodiscard]] QStringList errLines() const
        {
            return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
        }
    };

    void startServer(const EmulatorConfig &config);
    // bcctl against the server with the test token (or `accessToken`), serving the emulator
    // while it runs.
    Run run(const QStringList &arguments, const QString &accessToken = token);
    // Every row of a list endpoint, page by page, over plain HTTP.
    QList<QJsonObject> emulatorRows(const QString &endpoint, const QUrlQuery &query,
                                    const QString &listKey = u"list"_s);
    QJsonObject emulatorData(const QString &endpoint, const QUrlQuery &query);
    [[nodiscard]] static QList<QJsonObject> jsonRows(const QByteArray &out, bool *ok);
    // A BC where the signed-in user is ADMIN and finance MANAGER.
    [[nodiscard]] const GeneratedBusinessCenter &financeAdminBc() const;
    void inviteMembers(const QString &bcId, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorServer> m_server;
    QString m_baseUrl;
};

void TestBcctlLists::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startServer(bc::testing::unlimitedEmulatorConfig(token));
}

void TestBcctlLists::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void TestBcctlLists::startServer(const EmulatorConfig &config)
{
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY2(m_server->listenOnLoopback() != 0, qPrintable(m_server->errorString()));
    m_baseUrl = m_server->baseUrl().toString();
}

TestBcctlLists::Run TestBcctlLists::run(const QStringList &arguments, const QString &accessToken)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->path() + u"/xdg"_s);
    environment.insert(tokenVariable, accessToken);
    environment.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(environment);
    Run result;
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(BCCTL_EXE),
                  QStringList{u"--data-dir"_s, m_dir->path() + u"/data"_s, u"--base-url"_s,
                              m_baseUrl, u"--access-token-env"_s, tokenVariable}
                          + arguments);
    // The emulator answers from this thread's event loop while bcctl runs.
    while (finished.isEmpty() && process.state() != QProcess::NotRunning && clock.elapsed() < 90000)
        finished.wait(1000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.elapsedMs = clock.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestBcctlLists::emulatorData(const QString &endpoint, const QUrlQuery &query)
{
    QNetworkAccessManager network;
    QUrl url(m_baseUrl + u"v1.3/"_s + endpoint);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Access-Token", token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    if (envelope.value(u"code"_s).toInt(-1) != 0)
        qWarning() << "emulator answered" << envelope;
    return envelope.value(u"data"_s).toObject();
}

QList<QJsonObject> TestBcctlLists::emulatorRows(const QString &endpoint, const QUrlQuery &query,
                                                const QString &listKey)
{
    QList<QJsonObject> rows;
    for (int page = 1;; ++page) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(u"page"_s, QString::number(page));
        pageQuery.addQueryItem(u"page_size"_s, u"10"_s);
        const QJsonObject data = emulatorData(endpoint, pageQuery);
        for (const QJsonValue &row : data.value(listKey).toArray())
            rows.append(row.toObject());
        const int totalPages = data.value(u"page_info"_s).toObject().value(u"total_page"_s).toInt();
        if (page >= totalPages)
            return rows;
    }
}

QList<QJsonObject> TestBcctlLists::jsonRows(const QByteArray &out, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    QList<QJsonObject> rows;
    for (const QJsonValue &value : document.array()) {
        *ok = *ok && value.isObject();
        rows.append(value.toObject());
    }
    return rows;
}

const GeneratedBusinessCenter &TestBcctlLists::financeAdminBc() const
{
    for (const GeneratedBusinessCenter &bc : m_server->world().businessCenters()) {
        if (bc.userRole == u"ADMIN"_s && bc.financeRole == u"MANAGER"_s && bc.status == u"ENABLE"_s
            && !bc.invoices.isEmpty())
            return bc;
    }
    qFatal("the demo world has no BC where the user is admin and finance manager");
}

void TestBcctlLists::inviteMembers(const QString &bcId, int count)
{
    bc::emulator::MemberInvite invite;
    for (int i = 0; i < count; ++i)
        invite.emails.append(u"invitee%1@paging.example"_s.arg(i, 3, 10, QChar(u'0')));
    const auto result = m_server->mutableWorld().inviteMembers(token, bcId, invite);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
}

void TestBcctlLists::everyCommandPrintsTheEmulatorsRows_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QStringList>("query"); // name=value pairs besides bc_id
    QTest::addColumn<QStringList>("amounts");
    QTest::addColumn<bool>("single");
    QTest::addColumn<bool>("flatten");
    QTest::newRow("bc list") << QStringList{u"bc"_s, u"list"_s} << u"bc/get/"_s << QStringList()
                             << QStringList() << false << true;
    QTest::newRow("advertisers list")
            << QStringList{u"advertisers"_s, u"list"_s} << u"bc/asset/get/"_s
            << QStringList{u"asset_type=ADVERTISER"_s} << QStringList() << false << false;
    QTest::newRow("members list") << QStringList{u"members"_s, u"list"_s} << u"bc/member/get/"_s
                                  << QStringList() << QStringList() << false << false;
    QTest::newRow("partners list") << QStringList{u"partners"_s, u"list"_s} << u"bc/partner/get/"_s
                                   << QStringList() << QStringList() << false << false;
    QTest::newRow("billing-groups list")
            << QStringList{u"billing-groups"_s, u"list"_s} << u"bc/billing_group/get/"_s
            << QStringList() << QStringList() << false << false;
    QTest::newRow("invoices list")
            << QStringList{u"invoices"_s, u"list"_s} << u"bc/invoice/get/"_s
            << QStringList{u"invoice_types=[\"RECON\",\"CREDIT\",\"AUTO_PAY\"]"_s} << invoiceAmounts
            << false << false;
    QTest::newRow("balance get") << QStringList{u"balance"_s, u"get"_s} << u"bc/balance/get/"_s
                                 << QStringList() << balanceAmounts << true << false;
    QTest::newRow("transactions list")
            << QStringList{u"transactions"_s, u"list"_s} << u"bc/transaction/get/"_s
            << QStringList() << QStringList{u"amount"_s} << false << false;
}

void TestBcctlLists::everyCommandPrintsTheEmulatorsRows()
{
    QFETCH(QStringList, command);
    QFETCH(QString, endpoint);
    QFETCH(QStringList, query);
    QFETCH(QStringList, amounts);
    QFETCH(bool, single);
    QFETCH(bool, flatten);
    const QString bcId = financeAdminBc().bcId;
    QUrlQuery urlQuery;
    QStringList arguments{u"--format"_s, u"json"_s};
    arguments += command;
    if (!flatten) {
        urlQuery.addQueryItem(u"bc_id"_s, bcId);
        arguments += {u"--bc"_s, bcId};
    }
    for (const QString &pair : std::as_const(query))
        urlQuery.addQueryItem(pair.section(u'=', 0, 0), pair.section(u'=', 1));

    const QList<QJsonObject> raw = single ? QList<QJsonObject>{emulatorData(endpoint, urlQuery)}
                                          : emulatorRows(endpoint, urlQuery);
    QVERIFY(!raw.isEmpty());
    QList<QJsonObject> expected;
    for (const QJsonObject &row : raw)
        expected.append(expectedRow(row, amounts, flatten));

    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    bool ok = false;
    const QList<QJsonObject> printed = jsonRows(result.out, &ok);
    QVERIFY2(ok, result.out.left(400).constData());
    QCOMPARE(printed.size(), expected.size());
    QCOMPARE(canonical(printed), canonical(expected));
}

void TestBcctlLists::idsStayDigitExact()
{
    // Some BCs send bc_id as a JSON number, and invoices send subject_id as one: 19 digits,
    // beyond a double's precision.
    const QString bcId = financeAdminBc().bcId;
    QString numberBcId;
    for (const GeneratedBusinessCenter &bc : m_server->world().businessCenters()) {
        if (bc.bcIdAsJsonNumber)
            numberBcId = bc.bcId;
    }
    QVERIFY(!numberBcId.isEmpty());
    QCOMPARE(numberBcId.size(), 19);

    const Run bcList = run({u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    QCOMPARE(bcList.exitCode, 0);
    bool ok = false;
    QStringList ids;
    for (const QJsonObject &row : jsonRows(bcList.out, &ok)) {
        QVERIFY(row.value(u"bc_id"_s).isString());
        ids.append(row.value(u"bc_id"_s).toString());
    }
    QVERIFY(ok);
    QVERIFY2(ids.contains(numberBcId), qPrintable(ids.join(u' ')));
    // Digit-exact in the text itself, not only after parsing.
    QVERIFY(bcList.out.contains(QByteArray("\"bc_id\": \"" + numberBcId.toLatin1() + '"')));

    const Run invoices = run({u"--format"_s, u"json"_s, u"invoices"_s, u"list"_s, u"--bc"_s, bcId});
    QCOMPARE(invoices.exitCode, 0);
    const QList<QJsonObject> rows = jsonRows(invoices.out, &ok);
    QVERIFY(ok);
    for (const bc::emulator::Invoice &invoice : financeAdminBc().invoices) {
        const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const QJsonObject &row) {
            return row.value(u"invoice_id"_s).toString() == invoice.invoiceId;
        });
        QVERIFY2(it != rows.cend(), qPrintable(invoice.invoiceId));
        QCOMPARE(it->value(u"subject_id"_s).toString(), invoice.subjectId);
        QCOMPARE(it->value(u"billing_group_id"_s).toString(), invoice.billingGroupId);
    }
}

void TestBcctlLists::amountsAreExactNumbers()
{
    const GeneratedBusinessCenter &bc = financeAdminBc();
    const Run result =
            run({u"--format"_s, u"json"_s, u"invoices"_s, u"list"_s, u"--bc"_s, bc.bcId});
    QCOMPARE(result.exitCode, 0);
    // Every money field is a plain number with at most two decimals (12.3, never 12.2999...).
    static const QRegularExpression amountText(
            u"\"(amount|amount_excluding_tax|total_tax_amount|unpaid_amount)\": ([^,\\n]*)"_s);
    static const QRegularExpression exact(u"^-?\\d+(\\.\\d{1,2})?$"_s);
    int seen = 0;
    for (auto it = amountText.globalMatch(QString::fromUtf8(result.out)); it.hasNext();) {
        const QString value = it.next().captured(2);
        QVERIFY2(exact.match(value).hasMatch(), qPrintable(value));
        ++seen;
    }
    QCOMPARE(seen, 4 * bc.invoices.size());
    // And each equals the world's cents.
    bool ok = false;
    const QList<QJsonObject> rows = jsonRows(result.out, &ok);
    QVERIFY(ok);
    for (const bc::emulator::Invoice &invoice : bc.invoices) {
        const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const QJsonObject &row) {
            return row.value(u"invoice_id"_s).toString() == invoice.invoiceId;
        });
        QVERIFY(it != rows.cend());
        QVERIFY(it->value(u"amount"_s).isDouble());
        QCOMPARE(qRound64(it->value(u"amount"_s).toDouble() * 100), invoice.amount);
        QCOMPARE(qRound64(it->value(u"unpaid_amount"_s).toDouble() * 100), invoice.unpaidAmount);
    }
}

void TestBcctlLists::moneySentAsTextPrintsAsExactNumbers()
{
    // A balance as some API variants send it: money as text, the id as a 19-digit number.
    const QString bcId = financeAdminBc().bcId;
    bc::emulator::Endpoint endpoint;
    endpoint.handler = [bcId](bc::emulator::World &, const bc::emulator::EmulatorRequest &) {
        return bc::emulator::EmulatorReply::success(
                QJsonObject{{u"bc_id"_s, QJsonValue(bcId.toLongLong())},
                            {u"currency"_s, u"EUR"_s},
                            {u"account_balance"_s, u"12.30"_s},
                            {u"valid_account_balance"_s, u"1234567890.10"_s},
                            {u"frozen_balance"_s, 0.1},
                            {u"tax"_s, u"0.00"_s},
                            {u"cash_balance"_s, u"-0.05"_s},
                            {u"note"_s, u"12.30"_s}});
    };
    m_server->addEndpoint(u"bc/balance/get/"_s, endpoint);

    const QStringList command{u"balance"_s, u"get"_s, u"--bc"_s, bcId};
    const Run json = run(QStringList{u"--format"_s, u"json"_s} + command);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    for (const QByteArray &expected :
         {"\"account_balance\": 12.3,"_ba, "\"valid_account_balance\": 1234567890.1\n"_ba,
          "\"frozen_balance\": 0.1,"_ba, "\"tax\": 0,"_ba, "\"cash_balance\": -0.05,"_ba,
          "\"note\": \"12.30\""_ba, // not money: text stays text
          QByteArray("\"bc_id\": \"" + bcId.toLatin1() + "\",")})
        QVERIFY2(json.out.contains(expected), json.out.constData());

    const Run csv = run(QStringList{u"--format"_s, u"csv"_s} + command);
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(1).left(lines.at(1).indexOf(",12.30,")), bcId.toLatin1() + ",EUR");

    // The mirror keeps what was sent; offline prints the same.
    m_server.reset();
    const Run offline = run(QStringList{u"--offline"_s, u"--format"_s, u"json"_s} + command);
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(offline.out, json.out);
}

void TestBcctlLists::pagingReadsEveryRowOnce()
{
    const QString bcId = financeAdminBc().bcId;
    inviteMembers(bcId, 50); // /bc/member/get/ hands out 20 per page
    const qsizetype members = m_server->world().findBusinessCenter(bcId)->members.size();
    QVERIFY(members > 40);
    const int before = m_server->stats().requestsByPath.value(u"/open_api/v1.3/bc/member/get/"_s);

    const Run result = run({u"--format"_s, u"json"_s, u"members"_s, u"list"_s, u"--bc"_s, bcId});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    bool ok = false;
    const QList<QJsonObject> rows = jsonRows(result.out, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), members);
    QSet<QString> emails;
    for (const QJsonObject &row : rows)
        emails.insert(row.value(u"user_email"_s).toString());
    QCOMPARE(emails.size(), members); // each once
    for (int i = 0; i < 50; ++i)
        QVERIFY(emails.contains(u"invitee%1@paging.example"_s.arg(i, 3, 10, QChar(u'0'))));
    const int requests =
            m_server->stats().requestsByPath.value(u"/open_api/v1.3/bc/member/get/"_s) - before;
    QVERIFY2(requests >= 3, qPrintable(QString::number(requests)));
}

void TestBcctlLists::csvQuotesCommasQuotesAndNewlines()
{
    const GeneratedBusinessCenter &bc = financeAdminBc();
    QString userId;
    for (const bc::emulator::Member &member : bc.members) {
        if (!member.userId.isEmpty() && member.userId != m_server->world().signedInUser().userId)
            userId = member.userId;
    }
    QVERIFY(!userId.isEmpty());
    const QString awkward = u"Doe, \"Jane\"\nSmith"_s;
    bc::emulator::MemberUpdate update;
    update.userId = userId;
    update.userName = awkward;
    const auto error = m_server->mutableWorld().updateMember(token, bc.bcId, update);
    QVERIFY2(error.ok(), qPrintable(error.message));

    const Run result = run({u"--format"_s, u"csv"_s, u"members"_s, u"list"_s, u"--bc"_s, bc.bcId});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("\"Doe, \"\"Jane\"\"\nSmith\""));
    bool ok = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(result.out), &ok);
    QVERIFY2(ok, result.out.constData());
    QCOMPARE(records.size(), bc.members.size() + 1);
    const QStringList header = records.first();
    QCOMPARE(header.first(), u"user_id"_s);
    const qsizetype nameColumn = header.indexOf(u"user_name"_s);
    QVERIFY(nameColumn > 0);
    bool found = false;
    for (const QStringList &record : records) {
        QCOMPARE(record.size(), header.size());
        if (record.first() == userId) {
            QCOMPARE(record.at(nameColumn), awkward);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestBcctlLists::tableIsAlignedAndTruncates()
{
    const GeneratedBusinessCenter &bc = financeAdminBc();
    const QString longName = u"A billing group whose name goes on and on, far past any column"_s;
    bc::emulator::BillingGroupUpdate update;
    update.bcId = bc.bcId;
    update.billingGroupId = bc.billingGroups.first().billingGroupId;
    update.name = longName;
    const auto error = m_server->mutableWorld().updateBillingGroup(token, update);
    QVERIFY2(error.ok(), qPrintable(error.message));

    const Run result = run({u"billing-groups"_s, u"list"_s, u"--bc"_s, bc.bcId});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), bc.billingGroups.size() + 1);
    QVERIFY(lines.first().startsWith(u"billing_group_id"_s));
    QVERIFY(!result.out.contains(longName.toUtf8()));
    QVERIFY(result.out.contains(longName.left(20).toUtf8()));
    QVERIFY(result.out.contains("…"));
    // Aligned: the second column starts at the same place on every line.
    const qsizetype nameAt = lines.first().indexOf(u"billing_group_name"_s);
    for (const QString &line : lines)
        QCOMPARE(line.at(nameAt - 1), u' ');
}

void TestBcctlLists::filters_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("field");       // the row field the filter reads
    QTest::addColumn<QStringList>("allowed"); // values it may have; empty: a date range
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QStringList invoices{u"invoices"_s, u"list"_s};
    QTest::newRow("pay status") << invoices + QStringList{u"--pay-status"_s, u"PAID"_s}
                                << u"pay_status"_s << QStringList{u"PAID"_s} << QString()
                                << QString();
    QTest::newRow("two pay statuses")
            << invoices + QStringList{u"--pay-status"_s, u"UNPAID,PARTIAL_PAID"_s}
            << u"pay_status"_s << QStringList{u"UNPAID"_s, u"PARTIAL_PAID"_s} << QString()
            << QString();
    QTest::newRow("type") << invoices + QStringList{u"--type"_s, u"RECON"_s} << u"invoice_type"_s
                          << QStringList{u"RECON"_s} << QString() << QString();
    QTest::newRow("invoice dates")
            << invoices << u"send_date"_s << QStringList() << u"2026-01-01"_s << u"2026-06-30"_s;
    QTest::newRow("transaction dates") << QStringList{u"transactions"_s, u"list"_s} << u"date"_s
                                       << QStringList() << u"2026-09-01"_s << u"2026-10-15"_s;
}

void TestBcctlLists::filters()
{
    QFETCH(QStringList, command);
    QFETCH(QString, field);
    QFETCH(QStringList, allowed);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString bcId = financeAdminBc().bcId;
    const QStringList base = QStringList{u"--format"_s, u"json"_s} + command.mid(0, 2)
                             + QStringList{u"--bc"_s, bcId};
    const Run all = run(base);
    QVERIFY2(all.exitCode == 0, all.err.constData());
    bool ok = false;
    const QList<QJsonObject> allRows = jsonRows(all.out, &ok);
    QVERIFY(ok);

    QStringList arguments = base + command.mid(2);
    if (!from.isEmpty())
        arguments += {u"--from"_s, from, u"--to"_s, to};
    const Run filtered = run(arguments);
    QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
    const QList<QJsonObject> rows = jsonRows(filtered.out, &ok);
    QVERIFY(ok);

    auto passes = [&](const QJsonObject &row) {
        const QString value = row.value(field).toString();
        if (!allowed.isEmpty())
            return allowed.contains(value);
        const QString day = value.left(10);
        return day >= from && day <= to;
    };
    QList<QJsonObject> expected;
    std::copy_if(allRows.cbegin(), allRows.cend(), std::back_inserter(expected), passes);
    QVERIFY2(!expected.isEmpty(), "the filter keeps nothing of the demo data: pick another");
    QVERIFY2(expected.size() < allRows.size(), "the filter keeps everything: pick another");
    QCOMPARE(canonical(rows), canonical(expected));

    // Offline, the same filter on the mirror's rows.
    const Run offline = run(QStringList{u"--offline"_s} + arguments);
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QCOMPARE(offline.out, filtered.out);
}

void TestBcctlLists::filteredListingDeletesNothing()
{
    const QString bcId = financeAdminBc().bcId;
    const QStringList list{u"--format"_s, u"json"_s, u"invoices"_s, u"list"_s, u"--bc"_s, bcId};
    const Run all = run(list);
    QCOMPARE(all.exitCode, 0);
    const Run paid = run(list + QStringList{u"--pay-status"_s, u"PAID"_s});
    QCOMPARE(paid.exitCode, 0);
    QVERIFY(paid.out.size() < all.out.size());
    const Run offline = run(QStringList{u"--offline"_s} + list);
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(offline.out, all.out);
}

void TestBcctlLists::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList invoices{u"invoices"_s, u"list"_s, u"--bc"_s, u"7000000000000000001"_s};
    QTest::newRow("missing --bc") << QStringList{u"members"_s, u"list"_s} << u"--bc"_s;
    QTest::newRow("--bc not an id")
            << QStringList{u"partners"_s, u"list"_s, u"--bc"_s, u"acme"_s} << u"--bc"_s;
    QTest::newRow("bad pay status") << invoices + QStringList{u"--pay-status"_s, u"LATE"_s}
                                    << u"--pay-status must be one of"_s;
    QTest::newRow("bad type") << invoices + QStringList{u"--type"_s, u"recon"_s}
                              << u"--type must be one of"_s;
    QTest::newRow("bad date") << invoices + QStringList{u"--from"_s, u"2026-02-30"_s}
                              << u"YYYY-MM-DD"_s;
    QTest::newRow("date shape") << invoices + QStringList{u"--to"_s, u"1/2/2026"_s}
                                << u"YYYY-MM-DD"_s;
    QTest::newRow("to before from")
            << QStringList{u"transactions"_s, u"list"_s,       u"--bc"_s, u"1"_s,
                           u"--from"_s,       u"2026-03-01"_s, u"--to"_s, u"2026-02-01"_s}
            << u"before --from"_s;
    QTest::newRow("option of another command")
            << QStringList{u"members"_s, u"list"_s, u"--bc"_s, u"1"_s, u"--pay-status"_s, u"PAID"_s}
            << u"pay-status"_s;
    QTest::newRow("bad qps") << QStringList{u"--qps"_s, u"0"_s, u"bc"_s, u"list"_s} << u"--qps"_s;
    QTest::newRow("qps not a number")
            << QStringList{u"--qps"_s, u"fast"_s, u"bc"_s, u"list"_s} << u"--qps"_s;
    QTest::newRow("extra word") << QStringList{u"bc"_s, u"list"_s, u"now"_s} << u"now"_s;
    QTest::newRow("unknown verb") << QStringList{u"invoices"_s, u"burn"_s} << u"Unknown command"_s;
}

void TestBcctlLists::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const int before = m_server->stats().totalRequests;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errLines().first().startsWith(u"error: "_s), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(m_server->stats().totalRequests, before); // nothing was asked
}

void TestBcctlLists::rejectedTokenIsOneLine()
{
    const Run result = run({u"--format"_s, u"json"_s, u"bc"_s, u"list"_s},
                           u"not-a-token-the-emulator-knows"_s);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.errLines();
    QCOMPARE(lines.size(), 1);
    static const QRegularExpression shape(u"^error: 40105 .+ \\(request_id \\S+\\)$"_s);
    QVERIFY2(shape.match(lines.first()).hasMatch(), qPrintable(lines.first()));
}

void TestBcctlLists::missingFinanceRoleIsOneLine()
{
    QString bcId;
    for (const GeneratedBusinessCenter &bc : m_server->world().businessCenters()) {
        if (bc.financeRole.isEmpty())
            bcId = bc.bcId;
    }
    QVERIFY(!bcId.isEmpty());
    const Run result = run({u"invoices"_s, u"list"_s, u"--bc"_s, bcId});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.errLines();
    QCOMPARE(lines.size(), 1);
    static const QRegularExpression shape(u"^error: 40001 .+ \\(request_id \\S+\\)$"_s);
    QVERIFY2(shape.match(lines.first()).hasMatch(), qPrintable(lines.first()));
}

void TestBcctlLists::transientFaultIsRetried()
{
    const QString bcId = financeAdminBc().bcId;
    const qsizetype partners = financeAdminBc().partners.size();
    m_server->injectFault(u"bc/partner/get/"_s, FaultKind::Http502Html, 1);
    const Run result = run({u"--format"_s, u"json"_s, u"partners"_s, u"list"_s, u"--bc"_s, bcId});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    bool ok = false;
    QCOMPARE(jsonRows(result.out, &ok).size(), partners);
    QVERIFY(ok);
    QCOMPARE(m_server->stats().faultsByPath.value(u"/open_api/v1.3/bc/partner/get/"_s), 1);
}

void TestBcctlLists::persistentFaultFails()
{
    const QString bcId = financeAdminBc().bcId;
    m_server->injectFault(u"bc/billing_group/get/"_s, FaultKind::SystemError50000, -1);
    const Run result =
            run({u"--format"_s, u"json"_s, u"billing-groups"_s, u"list"_s, u"--bc"_s, bcId});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QStringList errors = result.errLines().filter(QRegularExpression(u"^error: "_s));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(result.errLines().last(), errors.first());
    static const QRegularExpression shape(u"^error: 50000 .+ \\(request_id \\S+\\)$"_s);
    QVERIFY2(shape.match(errors.first()).hasMatch(), qPrintable(errors.first()));
    // Read again before giving up.
    QVERIFY(m_server->stats().faultsByPath.value(u"/open_api/v1.3/bc/billing_group/get/"_s) > 1);
}

void TestBcctlLists::rateLimitedEmulatorStillListsEverything()
{
    EmulatorConfig config = bc::testing::unlimitedEmulatorConfig(token);
    config.qps = 1;
    m_server.reset();
    startServer(config);
    const QString bcId = financeAdminBc().bcId;
    inviteMembers(bcId, 50); // three pages
    const qsizetype members = m_server->world().findBusinessCenter(bcId)->members.size();

    // The client's own budget (20/s) is above the emulator's (1/s): TikTok's 40100 slows it.
    const Run result = run({u"--qps"_s, u"20"_s, u"--format"_s, u"json"_s, u"members"_s, u"list"_s,
                            u"--bc"_s, bcId});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    bool ok = false;
    QCOMPARE(jsonRows(result.out, &ok).size(), members);
    QVERIFY(ok);
    QVERIFY(m_server->stats().rateLimitedRequests > 0);
}

void TestBcctlLists::qpsPacesTheRequests()
{
    const QString bcId = financeAdminBc().bcId;
    inviteMembers(bcId, 50);
    const qsizetype members = m_server->world().findBusinessCenter(bcId)->members.size();
    const int pages = int((members + 19) / 20); // /bc/member/get/ hands out 20 per page
    QVERIFY(pages >= 3);
    const int before = m_server->stats().totalRequests;
    const Run result = run({u"--qps"_s, u"1"_s, u"members"_s, u"list"_s, u"--bc"_s, bcId});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_server->stats().totalRequests - before, pages);
    // N requests at one per second take N - 1 seconds at least.
    QVERIFY2(result.elapsedMs >= (pages - 1) * 1000 - 100,
             qPrintable(QString::number(result.elapsedMs)));
}

void TestBcctlLists::offlineAfterTheEmulatorStopped()
{
    const QString bcId = financeAdminBc().bcId;
    const QList<QStringList> commands{
            {u"bc"_s, u"list"_s},
            {u"advertisers"_s, u"list"_s, u"--bc"_s, bcId},
            {u"members"_s, u"list"_s, u"--bc"_s, bcId},
            {u"partners"_s, u"list"_s, u"--bc"_s, bcId},
            {u"billing-groups"_s, u"list"_s, u"--bc"_s, bcId},
            {u"invoices"_s, u"list"_s, u"--bc"_s, bcId},
            {u"balance"_s, u"get"_s, u"--bc"_s, bcId},
            {u"transactions"_s, u"list"_s, u"--bc"_s, bcId},
    };
    QList<QByteArray> online;
    for (const QStringList &command : commands) {
        const Run result = run(QStringList{u"--format"_s, u"json"_s} + command);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        online.append(result.out);
    }
    const Run csvOnline = run(QStringList{u"--format"_s, u"csv"_s} + commands.at(5));
    QCOMPARE(csvOnline.exitCode, 0);

    m_server.reset(); // nothing listens any more
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const Run result =
                run(QStringList{u"--offline"_s, u"--format"_s, u"json"_s} + commands.at(i));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out, online.at(i));
        QVERIFY2(result.err.contains("offline"), result.err.constData());
    }
    const Run csvOffline =
            run(QStringList{u"--offline"_s, u"--format"_s, u"csv"_s} + commands.at(5));
    QCOMPARE(csvOffline.exitCode, 0);
    QCOMPARE(csvOffline.out, csvOnline.out);

    // Online with the emulator gone: one error line, no output.
    const Run down = run(QStringList{u"--format"_s, u"json"_s} + commands.at(3));
    QVERIFY(down.exitCode != 0);
    QVERIFY(down.out.isEmpty());
    QVERIFY2(down.errLines().last().startsWith(u"error: "_s), down.err.constData());
}

void TestBcctlLists::offlineNeverFetchedFails()
{
    const QString bcId = financeAdminBc().bcId;
    QCOMPARE(run({u"partners"_s, u"list"_s, u"--bc"_s, bcId}).exitCode, 0);
    // The mirror exists, but the members of that BC were never listed.
    const Run result = run({u"--offline"_s, u"members"_s, u"list"_s, u"--bc"_s, bcId});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.err.startsWith("error: ") && result.err.contains("never fetched"),
             result.err.constData());
    // A filtered listing is not a complete one either.
    QCOMPARE(run({u"invoices"_s, u"list"_s, u"--bc"_s, bcId, u"--type"_s, u"RECON"_s}).exitCode, 0);
    const Run invoices = run({u"--offline"_s, u"invoices"_s, u"list"_s, u"--bc"_s, bcId});
    QCOMPARE(invoices.exitCode, 1);
    QVERIFY(invoices.err.contains("never fetched"));
}

void TestBcctlLists::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("own");     // options that must be listed
    QTest::addColumn<QStringList>("foreign"); // options that must not
    const QStringList filters{u"--pay-status"_s, u"--type"_s, u"--from"_s};
    QTest::newRow("bc list") << QStringList{u"bc"_s, u"list"_s} << QStringList()
                             << QStringList{u"--bc"_s} + filters;
    for (const QString &resource :
         {u"advertisers"_s, u"members"_s, u"partners"_s, u"billing-groups"_s}) {
        QTest::newRow(qPrintable(resource + u" list"_s))
                << QStringList{resource, u"list"_s} << QStringList{u"--bc"_s} << filters;
    }
    QTest::newRow("invoices list")
            << QStringList{u"invoices"_s, u"list"_s}
            << QStringList{u"--bc"_s} + filters + QStringList{u"--to"_s} << QStringList();
    QTest::newRow("balance get") << QStringList{u"balance"_s, u"get"_s} << QStringList{u"--bc"_s}
                                 << filters;
    QTest::newRow("transactions list") << QStringList{u"transactions"_s, u"list"_s}
                                       << QStringList{u"--bc"_s, u"--from"_s, u"--to"_s}
                                       << QStringList{u"--pay-status"_s, u"--type"_s};
    QTest::newRow("sync") << QStringList{u"sync"_s} << QStringList{u"--bc"_s} << filters;
}

void TestBcctlLists::helpForEveryCommand()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, own);
    QFETCH(QStringList, foreign);
    const Run result = run(command + QStringList{u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    const QString help = QString::fromUtf8(result.out);
    QVERIFY2(help.contains(u"bcctl [global options] "_s + command.join(u' ')), qPrintable(help));
    for (const QString &option : own + QStringList{u"--format"_s, u"--offline"_s, u"--qps"_s})
        QVERIFY2(help.contains(u"  "_s + option + u' '), qPrintable(option + u'\n' + help));
    for (const QString &option : foreign)
        QVERIFY2(!help.contains(option + u' '), qPrintable(option + u'\n' + help));

    // The general help names every command.
    const Run general = run({u"--help"_s});
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains(command.join(u' ').toUtf8()));
}

QTEST_GUILESS_MAIN(TestBcctlLists)
#include "tst_bcctllists.moc"
