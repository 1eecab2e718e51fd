// bcctl's finance commands as a script sees them, run as a process against an in-process
// emulator: `invoices reconcile` (its CSV checked figure by figure against the emulator's own
// invoices and transactions, and again --offline from the mirror alone), `invoices report` (the
// billing report file byte-identical to what the emulator serves for that task), `invoices
// export` (every invoice field), and usage errors (exit 2, no request, no file).
#include "emulator/emulatorserver.h"
#include "emulator/handlers/invoicefiles.h"
#include "emulator/world/generatedbusinesscenter.h"
#include "emulator/world/invoicetask.h"
#include "emulator/world/money.h"
#include "emulator/world/worldtime.h"
#include "tests/support/emulatorfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using bc::emulator::EmulatorServer;
using bc::emulator::GeneratedBusinessCenter;

namespace {

const QString token = u"bcctl-finance-fake-token-31f0"_s;
const QString tokenVariable = u"BCCTL_FINANCE_TEST_TOKEN"_s;
const QString kBc = u"7093123456789012345"_s; // ADMIN and finance MANAGER there
constexpr qint64 day = 24 * 3600;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows.append(row << field);
    return rows;
}

struct Expected
{
    qint64 paid = 0;
    qint64 unpaid = 0;
    int bcTransactions = 0;
    QString flag;
};

} // namespace

class TestBcctlFinance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reconcileMatchesTheEmulator();
    void reconcileOfflineNeedsAMirror();
    void reportIsTheEmulatorsFile();
    void reportOfUnknownBillingGroupFails();
    void exportHasEveryField();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void helpNamesTheCommands();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments);
    [[nodiscard]] const GeneratedBusinessCenter &center() const;
    // What the reconciliation must say of each invoice, from the emulator's world: the rules of
    // store::Reconciliation applied to the BC transactions a sync reads (the last 90 UTC days).
    [[nodiscard]] QHash<QString, Expected> expected() const;
    [[nodiscard]] QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestBcctlFinance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBcctlFinance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<EmulatorServer>(bc::testing::unlimitedEmulatorConfig(token));
    QVERIFY2(m_server->listenOnLoopback() != 0, qPrintable(m_server->errorString()));
    QVERIFY(m_server->world().findBusinessCenter(kBc));
    QVERIFY(center().invoices.size() >= 5);
}

void TestBcctlFinance::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

TestBcctlFinance::Run TestBcctlFinance::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->path() + u"/xdg"_s);
    environment.insert(tokenVariable, token);
    environment.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(BCCTL_EXE),
                  QStringList{u"--data-dir"_s, m_dir->path() + u"/data"_s, u"--base-url"_s,
                              m_server->baseUrl().toString(), u"--access-token-env"_s,
                              tokenVariable}
                          + arguments);
    // The emulator answers from this thread's event loop while bcctl runs.
    while (finished.isEmpty() && process.state() != QProcess::NotRunning && clock.elapsed() < 90000)
        finished.wait(1000);
    Run result;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

const GeneratedBusinessCenter &TestBcctlFinance::center() const
{
    return *m_server->world().findBusinessCenter(kBc);
}

QHash<QString, Expected> TestBcctlFinance::expected() const
{
    const qint64 now = m_server->world().nowSecs();
    const qint64 from = bc::emulator::WorldTime::startOfDay(now) - 89 * day;
    QHash<QString, Expected> figures;
    for (const auto &transaction : center().transactions) {
        if (transaction.invoiceId.isEmpty() || transaction.time < from || transaction.time > now)
            continue;
        Expected &expected = figures[transaction.invoiceId];
        expected.paid += std::abs(transaction.amount);
        ++expected.bcTransactions;
    }
    for (const auto &invoice : center().invoices) {
        Expected &expected = figures[invoice.invoiceId];
        const bool payable = invoice.status != u"DELETED"_s && invoice.payStatus != u"NO_NEED"_s
                             && invoice.amount > 0;
        expected.unpaid = payable ? invoice.amount - expected.paid : -expected.paid;
        // No account transaction of the emulator names an invoice: never CHARGED_DIFFERS.
        if (payable && expected.bcTransactions == 0 && invoice.payStatus != u"UNPAID"_s)
            expected.flag = u"NO_TRANSACTIONS"_s;
        else if (expected.unpaid > 0)
            expected.flag = u"UNPAID"_s;
        else if (expected.unpaid < 0)
            expected.flag = u"OVERPAID"_s;
        else
            expected.flag = u"OK"_s;
    }
    return figures;
}

void TestBcctlFinance::reconcileMatchesTheEmulator()
{
    const QString file = path(u"reconciliation.csv"_s);
    const Run online = run({u"invoices"_s, u"reconcile"_s, u"--bc"_s, kBc, u"--out"_s, file});
    QVERIFY2(online.exitCode == 0, online.err.constData());
    const QByteArray bytes = readAll(file);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), center().invoices.size() + 1);
    const QStringList header = rows.first();
    QCOMPARE(header, (QStringList{u"invoice_id"_s, u"serial_number"_s, u"invoice_type"_s,
                                  u"status"_s, u"pay_status"_s, u"currency"_s, u"send_date"_s,
                                  u"billing_group_id"_s, u"invoiced_amount"_s, u"charged_amount"_s,
                                  u"paid_amount"_s, u"unpaid_amount"_s, u"api_unpaid_amount"_s,
                                  u"account_transactions"_s, u"bc_transactions"_s, u"flag"_s}));
    const auto column = [&](const QString &name) { return header.indexOf(name); };

    const QHash<QString, Expected> figures = expected();
    QHash<QString, int> flags;
    int disagreements = 0;
    int paidSomething = 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QCOMPARE(row.size(), header.size());
        const QString id = row.at(column(u"invoice_id"_s));
        const bc::emulator::Invoice *invoice = m_server->world().findInvoice(kBc, id);
        QVERIFY2(invoice, qPrintable(id));
        const Expected &want = figures.value(id);
        QCOMPARE(row.at(column(u"serial_number"_s)), invoice->serialNumber);
        QCOMPARE(row.at(column(u"invoice_type"_s)), invoice->invoiceType);
        QCOMPARE(row.at(column(u"currency"_s)), invoice->currencyCode);
        QCOMPARE(row.at(column(u"billing_group_id"_s)), invoice->billingGroupId);
        QCOMPARE(row.at(column(u"invoiced_amount"_s)),
                 bc::emulator::Money::format(invoice->amount));
        QCOMPARE(row.at(column(u"api_unpaid_amount"_s)),
                 bc::emulator::Money::format(invoice->unpaidAmount));
        QCOMPARE(row.at(column(u"charged_amount"_s)), QString());
        QCOMPARE(row.at(column(u"account_transactions"_s)), u"0"_s);
        QCOMPARE(row.at(column(u"paid_amount"_s)), bc::emulator::Money::format(want.paid));
        QCOMPARE(row.at(column(u"unpaid_amount"_s)), bc::emulator::Money::format(want.unpaid));
        QCOMPARE(row.at(column(u"bc_transactions"_s)), QString::number(want.bcTransactions));
        QCOMPARE(row.at(column(u"flag"_s)), want.flag);
        ++flags[want.flag];
        disagreements += want.flag != u"OK"_s;
        paidSomething += want.paid > 0;
    }
    // The world has both kinds, or the comparison above proves little.
    QVERIFY(paidSomething > 0);
    QVERIFY(flags.size() >= 2);

    // One summary line on stdout with the counts.
    const QString summary = QString::fromUtf8(online.out).trimmed();
    QVERIFY2(!summary.contains(u'\n'), qPrintable(summary));
    QVERIFY2(summary.startsWith(u"invoices: %1, disagreements: %2"_s.arg(center().invoices.size())
                                        .arg(disagreements)),
             qPrintable(summary));
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        if (it.key() != u"OK"_s)
            QVERIFY2(summary.contains(it.key() + u' ' + QString::number(it.value())),
                     qPrintable(summary));
    }

    // --offline: the same file from the mirror alone, no request.
    const int requests = m_server->stats().totalRequests;
    const QString offlineFile = path(u"offline.csv"_s);
    const Run offline = run({u"--offline"_s, u"invoices"_s, u"reconcile"_s, u"--bc-id"_s, kBc,
                             u"--out"_s, offlineFile});
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QCOMPARE(m_server->stats().totalRequests, requests);
    QCOMPARE(readAll(offlineFile), bytes);
    QByteArray onlineSummary = online.out;
    QCOMPARE(offline.out, onlineSummary.replace(file.toUtf8(), offlineFile.toUtf8()));
}

void TestBcctlFinance::reconcileOfflineNeedsAMirror()
{
    const QString file = path(u"none.csv"_s);
    const Run offline =
            run({u"--offline"_s, u"invoices"_s, u"reconcile"_s, u"--bc"_s, kBc, u"--out"_s, file});
    QCOMPARE(offline.exitCode, 1);
    QVERIFY(offline.err.startsWith("error: "));
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(m_server->stats().totalRequests, 0);
}

void TestBcctlFinance::reportIsTheEmulatorsFile()
{
    const QString file = path(u"report.csv"_s);
    const QDate today = m_server->world().now().date();
    const Run report = run({u"invoices"_s, u"report"_s, u"--bc"_s, kBc, u"--start-date"_s,
                            today.addDays(-60).toString(Qt::ISODate), u"--end-date"_s,
                            today.toString(Qt::ISODate), u"--out"_s, file});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const QRegularExpressionMatch match =
            QRegularExpression(u"task (\\d+)\\)"_s).match(QString::fromUtf8(report.out));
    QVERIFY2(match.hasMatch(), report.out.constData());
    const bc::emulator::InvoiceTask *task =
            m_server->world().findInvoiceTask(kBc, match.captured(1));
    QVERIFY(task);
    QCOMPARE(task->downloadType, u"BILLING_REPORT"_s);
    QCOMPARE(task->filtering.value(u"start_time"_s).toString(),
             today.addDays(-60).toString(Qt::ISODate) + u" 00:00:00"_s);
    const QByteArray expected =
            bc::emulator::InvoiceFiles::billingReportCsv(m_server->world(), center(), *task);
    QVERIFY(expected.size() > 100);
    QCOMPARE(readAll(file), expected);
    QVERIFY(report.out.contains(QByteArray(QByteArray::number(expected.size()) + " bytes")));
    // Progress on stderr: the task's statuses as they changed.
    QVERIFY2(report.err.contains("SUCCEED"), report.err.constData());
    QVERIFY(!report.err.contains(token.toUtf8()));
}

void TestBcctlFinance::reportOfUnknownBillingGroupFails()
{
    const QString file = path(u"report.csv"_s);
    const Run report = run({u"invoices"_s, u"report"_s, u"--bc"_s, kBc, u"--start-date"_s,
                            u"2026-01-01"_s, u"--end-date"_s, u"2026-01-31"_s, u"--billing-group"_s,
                            u"123"_s, u"--out"_s, file});
    QCOMPARE(report.exitCode, 1);
    // The last line is the error line (log lines may come before it).
    const QString line = QString::fromUtf8(report.err).split(u'\n', Qt::SkipEmptyParts).constLast();
    QVERIFY2(line.startsWith(u"error: "_s) && line.contains(u"request_id"_s), qPrintable(line));
    QVERIFY(!QFileInfo::exists(file));
}

void TestBcctlFinance::exportHasEveryField()
{
    const QString file = path(u"invoices.csv"_s);
    const Run exported = run({u"invoices"_s, u"export"_s, u"--bc"_s, kBc, u"--out"_s, file});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(file)));
    QCOMPARE(rows.size(), center().invoices.size() + 1);
    const QStringList header = rows.first();
    for (const QString &name :
         {u"invoice_id"_s, u"subject_id"_s, u"amount_excluding_tax"_s, u"total_tax_amount"_s,
          u"tax_id1"_s, u"entity_serials"_s, u"address"_s, u"emails"_s, u"overdue_status"_s})
        QVERIFY2(header.contains(name), qPrintable(name));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QCOMPARE(row.size(), header.size());
        const bc::emulator::Invoice *invoice =
                m_server->world().findInvoice(kBc, row.at(header.indexOf(u"invoice_id"_s)));
        QVERIFY(invoice);
        QCOMPARE(row.at(header.indexOf(u"subject_id"_s)), invoice->subjectId);
        QCOMPARE(row.at(header.indexOf(u"amount_excluding_tax"_s)),
                 bc::emulator::Money::format(invoice->amountExcludingTax));
        QCOMPARE(row.at(header.indexOf(u"total_tax_amount"_s)),
                 bc::emulator::Money::format(invoice->totalTaxAmount));
        QCOMPARE(row.at(header.indexOf(u"address"_s)), invoice->address);
        QCOMPARE(row.at(header.indexOf(u"emails"_s)), invoice->emails.join(u"; "_s));
        QCOMPARE(row.at(header.indexOf(u"entity_serials"_s)), invoice->entitySerials.join(u"; "_s));
    }
}

void TestBcctlFinance::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList reconcile{u"invoices"_s, u"reconcile"_s};
    const QStringList report{u"invoices"_s, u"report"_s, u"--bc"_s, kBc, u"--out"_s, u"OUT"_s};
    QTest::newRow("reconcile without --bc") << reconcile + QStringList{u"--out"_s, u"OUT"_s};
    QTest::newRow("reconcile without --out") << reconcile + QStringList{u"--bc"_s, kBc};
    QTest::newRow("reconcile with a name for --bc")
            << reconcile + QStringList{u"--bc"_s, u"acme"_s, u"--out"_s, u"OUT"_s};
    QTest::newRow("report without dates") << report;
    QTest::newRow("report without --end-date")
            << report + QStringList{u"--start-date"_s, u"2026-10-01"_s};
    QTest::newRow("report with a bad date")
            << report
                       + QStringList{u"--start-date"_s, u"2026-13-01"_s, u"--end-date"_s,
                                     u"2026-10-31"_s};
    QTest::newRow("report ending before it starts")
            << report
                       + QStringList{u"--start-date"_s, u"2026-10-31"_s, u"--end-date"_s,
                                     u"2026-10-01"_s};
    QTest::newRow("report --offline") << QStringList{u"--offline"_s} + report
                                                 + QStringList{u"--start-date"_s, u"2026-10-01"_s,
                                                               u"--end-date"_s, u"2026-10-31"_s};
    QTest::newRow("report --timeout 0")
            << report + QStringList{u"--start-date"_s, u"2026-10-01"_s, u"--end-date"_s,
                                    u"2026-10-31"_s,   u"--timeout"_s,  u"0"_s};
    QTest::newRow("export without --out")
            << QStringList{u"invoices"_s, u"export"_s, u"--bc"_s, kBc};
}

void TestBcctlFinance::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(u"OUT"_s, path(u"out.csv"_s));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    const QStringList lines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"error: "_s), qPrintable(lines.first()));
    QVERIFY(!QFileInfo::exists(path(u"out.csv"_s)));
    QCOMPARE(m_server->stats().totalRequests, 0);
}

void TestBcctlFinance::helpNamesTheCommands()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    const QByteArray text = help.out + help.err;
    for (const char *name : {"invoices reconcile", "invoices report", "invoices export"})
        QVERIFY2(text.contains(name), text.constData());
}

QTEST_GUILESS_MAIN(TestBcctlFinance)
#include "tst_bcctlfinance.moc"
