// bcctl's invoice downloads and request log as a script sees them: the built executable run as a
// process against an in-process emulator (--base-url). `invoices download --invoice` gives a file
// byte-identical to the emulator's PDF; --all downloads every invoice of a BC under the default
// naming template; a second run asks for nothing; a failing invoice fails the run (exit 1) only
// after the others, named with its code and request_id, with no partial file; --offline is a
// usage error; a run killed midway resumes without asking again for the files in place.
// `activity list` shows the requests of earlier runs, newest first, never the token.
// QTEST_MAIN: the emulator renders PDFs with QPdfWriter, which needs a QGuiApplication.
#include "core/downloads/invoicefilenamer.h"
#include "emulator/emulatorserver.h"
#include "emulator/endpoint.h"
#include "emulator/handlers/invoicefiles.h"
#include "emulator/handlers/invoicehandlers.h"
#include "emulator/world/generatedbusinesscenter.h"
#include "tests/support/emulatorfixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::downloads::InvoiceFileNamer;
using bc::emulator::EmulatorReply;
using bc::emulator::EmulatorRequest;
using bc::emulator::EmulatorServer;
using bc::emulator::GeneratedBusinessCenter;
using bc::emulator::World;

namespace {

const QString token = u"bcctl-downloads-fake-token-9c2e41"_s;
const QString tokenVariable = u"BCCTL_DOWNLOADS_TEST_TOKEN"_s;
const QString kBc = u"7093123456789012345"_s; // ADMIN and finance MANAGER there
const QString kDownloadPath = u"bc/invoice/download/"_s;
const QString kDownloadUrlPath = u"/open_api/v1.3/bc/invoice/download/"_s; // the emulator's stats

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file below `root` (hidden ones and the staging folder too), relative, sorted.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QJsonArray jsonArray(const QByteArray &out, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

} // namespace

class TestBcctlDownloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void singleInvoiceIsByteIdentical();
    void unknownInvoiceIsNamedByItsId();
    void allDownloadsEveryInvoiceUnderTheDefaultTemplate();
    void secondRunAsksForNothing();
    void failedInvoiceFailsTheRunAfterTheOthers();
    void killedRunResumes();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void activityListShowsEarlierRunsWithoutTheToken();
    void activityListFilters();
    void activityListOfAFreshProfileIsEmpty();
    void help_data();
    void help();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        [[nodiscard]] QStringList errLines() const
        {
            return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
        }
    };

    // bcctl against the server with the test token, serving the emulator while it runs.
    Run run(const QStringList &arguments);
    void startBcctl(QProcess &process, const QStringList &arguments);
    [[nodiscard]] const GeneratedBusinessCenter &center() const;
    // The invoices --all downloads: every one not deleted, oldest first.
    [[nodiscard]] QList<const bc::emulator::Invoice *> downloadable() const;
    // Where the default template puts an invoice, relative to --out.
    [[nodiscard]] QString defaultPath(const bc::emulator::Invoice &invoice) const;
    [[nodiscard]] QString out() const { return m_dir->path() + u"/out"_s; }
    [[nodiscard]] int downloadRequests() const
    {
        return m_server->stats().requestsByPath.value(kDownloadUrlPath);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorServer> m_server;
    QString m_baseUrl;
};

void TestBcctlDownloads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<EmulatorServer>(bc::testing::unlimitedEmulatorConfig(token));
    QVERIFY2(m_server->listenOnLoopback() != 0, qPrintable(m_server->errorString()));
    m_baseUrl = m_server->baseUrl().toString();
    QVERIFY(m_server->world().findBusinessCenter(kBc));
    QVERIFY(downloadable().size() >= 5);
}

void TestBcctlDownloads::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void TestBcctlDownloads::startBcctl(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->path() + u"/xdg"_s);
    environment.insert(tokenVariable, token);
    environment.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BCCTL_EXE),
                  QStringList{u"--data-dir"_s, m_dir->path() + u"/data"_s, u"--base-url"_s,
                              m_baseUrl, u"--access-token-env"_s, tokenVariable}
                          + arguments);
}

TestBcctlDownloads::Run TestBcctlDownloads::run(const QStringList &arguments)
{
    QProcess process;
    Run result;
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    startBcctl(process, arguments);
    // The emulator answers from this thread's event loop while bcctl runs.
    while (finished.isEmpty() && process.state() != QProcess::NotRunning && clock.elapsed() < 90000)
        finished.wait(1000);
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

const GeneratedBusinessCenter &TestBcctlDownloads::center() const
{
    return *m_server->world().findBusinessCenter(kBc);
}

QList<const bc::emulator::Invoice *> TestBcctlDownloads::downloadable() const
{
    QList<const bc::emulator::Invoice *> invoices;
    for (const auto &invoice : center().invoices) {
        if (invoice.status != u"DELETED"_s)
            invoices.append(&invoice);
    }
    return invoices;
}

QString TestBcctlDownloads::defaultPath(const bc::emulator::Invoice &invoice) const
{
    return InvoiceFileNamer::safeComponent(center().name) + u'/'
           + QDateTime::fromSecsSinceEpoch(invoice.sendDate, Qt::UTC).toString(u"yyyy-MM"_s) + u'/'
           + invoice.serialNumber + u".pdf"_s;
}

void TestBcctlDownloads::singleInvoiceIsByteIdentical()
{
    const bc::emulator::Invoice &invoice = *downloadable().at(2);
    const Run result = run({u"--format"_s, u"json"_s, u"invoices"_s, u"download"_s, u"--bc"_s, kBc,
                            u"--invoice"_s, invoice.invoiceId, u"--out"_s, out()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    bool ok = false;
    const QJsonArray rows = jsonArray(result.out, &ok);
    QVERIFY2(ok, result.out.constData());
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    const QString expectedSha = sha256(bc::emulator::InvoiceFiles::invoicePdf(center(), invoice));
    const QString path = out() + u'/' + defaultPath(invoice);
    QCOMPARE(row.value(u"invoice_id"_s).toString(), invoice.invoiceId);
    QCOMPARE(row.value(u"serial_number"_s).toString(), invoice.serialNumber);
    QCOMPARE(row.value(u"outcome"_s).toString(), u"downloaded"_s);
    QCOMPARE(row.value(u"path"_s).toString(), path);
    QCOMPARE(row.value(u"sha256"_s).toString(), expectedSha);
    QCOMPARE(sha256(readAll(path)), expectedSha);
    QCOMPARE(row.value(u"bytes"_s).toInteger(), QFileInfo(path).size());
    QCOMPARE(filesBelow(out()), QStringList{defaultPath(invoice)});
    QCOMPARE(downloadRequests(), 1);
    // Progress on stderr, never on stdout.
    QVERIFY2(result.err.contains(
                     QByteArray("bcctl: 1/1 downloaded " + invoice.serialNumber.toUtf8() + " -> ")),
             result.err.constData());
    QVERIFY(!result.out.contains("bcctl:"));
}

void TestBcctlDownloads::unknownInvoiceIsNamedByItsId()
{
    // An invoice the list does not know: the API's own error, and no file.
    const Run result = run({u"--format"_s, u"csv"_s, u"invoices"_s, u"download"_s, u"--bc"_s, kBc,
                            u"--invoice"_s, u"123"_s, u"--out"_s, out()});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = QString::fromUtf8(result.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), u"invoice_id,serial_number,outcome,path,sha256,bytes,error"_s);
    QVERIFY2(lines.at(1).startsWith(u"123,,failed,,,0,"_s), qPrintable(lines.at(1)));
    QVERIFY(result.err.contains("named by its id"));
    QVERIFY(result.errLines().last().startsWith(u"error: "_s));
    QCOMPARE(filesBelow(out()), QStringList());
}

void TestBcctlDownloads::allDownloadsEveryInvoiceUnderTheDefaultTemplate()
{
    const Run result = run({u"--format"_s, u"json"_s, u"invoices"_s, u"download"_s, u"--bc"_s, kBc,
                            u"--all"_s, u"--out"_s, out()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    bool ok = false;
    const QJsonArray rows = jsonArray(result.out, &ok);
    QVERIFY2(ok, result.out.constData());
    const QList<const bc::emulator::Invoice *> invoices = downloadable();
    QCOMPARE(rows.size(), invoices.size());
    QStringList expected;
    for (const bc::emulator::Invoice *invoice : invoices) {
        expected.append(defaultPath(*invoice));
        const auto match = std::find_if(rows.begin(), rows.end(), [invoice](const QJsonValue &row) {
            return row.toObject().value(u"invoice_id"_s).toString() == invoice->invoiceId;
        });
        QVERIFY2(match != rows.end(), qPrintable(invoice->invoiceId));
        const QJsonObject row = match->toObject();
        QCOMPARE(row.value(u"outcome"_s).toString(), u"downloaded"_s);
        QCOMPARE(row.value(u"path"_s).toString(), out() + u'/' + defaultPath(*invoice));
        const QString pdfSha = sha256(bc::emulator::InvoiceFiles::invoicePdf(center(), *invoice));
        QCOMPARE(row.value(u"sha256"_s).toString(), pdfSha);
        QCOMPARE(sha256(readAll(row.value(u"path"_s).toString())), pdfSha);
    }
    expected.sort();
    // Those files and nothing else: no staging leftover, no deleted invoice.
    QCOMPARE(filesBelow(out()), expected);
    QCOMPARE(downloadRequests(), invoices.size());
    const QString last = u"bcctl: %1/%1 downloaded "_s.arg(invoices.size());
    QVERIFY2(result.err.contains(last.toUtf8()), result.err.constData());
}

void TestBcctlDownloads::secondRunAsksForNothing()
{
    const QStringList arguments{u"--format"_s, u"json"_s,  u"invoices"_s, u"download"_s, u"--bc"_s,
                                kBc,           u"--all"_s, u"--out"_s,    out()};
    const Run first = run(arguments);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QStringList files = filesBelow(out());
    const int before = downloadRequests();
    QCOMPARE(before, downloadable().size());

    const Run second = run(arguments);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(downloadRequests(), before); // nothing asked of the API
    bool ok = false;
    const QJsonArray firstRows = jsonArray(first.out, &ok);
    QVERIFY(ok);
    const QJsonArray rows = jsonArray(second.out, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), firstRows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.value(u"outcome"_s).toString(), u"resumed"_s);
        QCOMPARE(row.value(u"path"_s), firstRows.at(i).toObject().value(u"path"_s));
        QCOMPARE(row.value(u"sha256"_s), firstRows.at(i).toObject().value(u"sha256"_s));
    }
    QCOMPARE(filesBelow(out()), files);

    // Without resume every invoice is asked for again and found identical: nothing is added.
    const Run third = run(arguments + QStringList{u"--no-resume"_s});
    QVERIFY2(third.exitCode == 0, third.err.constData());
    QCOMPARE(downloadRequests(), 2 * before);
    for (const QJsonValue &row : jsonArray(third.out, &ok))
        QCOMPARE(row.toObject().value(u"outcome"_s).toString(), u"already_present"_s);
    QCOMPARE(filesBelow(out()), files);
}

void TestBcctlDownloads::failedInvoiceFailsTheRunAfterTheOthers()
{
    const QList<const bc::emulator::Invoice *> invoices = downloadable();
    // One invoice's download always fails with a system error (retried, then given up); another
    // one's answer is not a PDF at all (written to staging, then rejected).
    const QString broken = invoices.at(1)->invoiceId;
    const QString notPdf = invoices.at(3)->invoiceId;
    m_server->addEndpoint(kDownloadPath,
                          {QHttpServerRequest::Method::Get, true,
                           [broken, notPdf](World &world, const EmulatorRequest &request) {
                               const QString id = request.queryValue(u"invoice_id"_s);
                               if (id == broken)
                                   return EmulatorReply::error(50000, u"System error."_s);
                               if (id == notPdf)
                                   return EmulatorReply::raw("<html>not a pdf</html>",
                                                             "application/pdf");
                               return bc::emulator::handleBcInvoiceDownload(world, request);
                           }});
    const Run result = run({u"--format"_s, u"json"_s, u"invoices"_s, u"download"_s, u"--bc"_s, kBc,
                            u"--all"_s, u"--out"_s, out()});
    QCOMPARE(result.exitCode, 1);
    bool ok = false;
    const QJsonArray rows = jsonArray(result.out, &ok);
    QVERIFY2(ok, result.out.constData());
    QCOMPARE(rows.size(), invoices.size());

    // Every other invoice is there, complete; nothing of the failed ones, nor staging leftovers.
    QStringList expected;
    for (const bc::emulator::Invoice *invoice : invoices) {
        const auto match = std::find_if(rows.begin(), rows.end(), [invoice](const QJsonValue &row) {
            return row.toObject().value(u"invoice_id"_s).toString() == invoice->invoiceId;
        });
        QVERIFY(match != rows.end());
        const QJsonObject row = match->toObject();
        if (invoice->invoiceId == broken || invoice->invoiceId == notPdf) {
            QCOMPARE(row.value(u"outcome"_s).toString(), u"failed"_s);
            QCOMPARE(row.value(u"path"_s).toString(), QString());
            QVERIFY(!row.value(u"error"_s).toString().isEmpty());
            continue;
        }
        QCOMPARE(row.value(u"outcome"_s).toString(), u"downloaded"_s);
        expected.append(defaultPath(*invoice));
        QCOMPARE(sha256(readAll(out() + u'/' + defaultPath(*invoice))),
                 sha256(bc::emulator::InvoiceFiles::invoicePdf(center(), *invoice)));
    }
    expected.sort();
    QCOMPARE(filesBelow(out()), expected);

    // The last stderr line is the one error line: both failures, the system error with its code
    // and the request_id the emulator gave it.
    const QStringList lines = result.errLines();
    const QString error = lines.last();
    QVERIFY2(error.startsWith(u"error: 2 of %1 invoice(s) failed: "_s.arg(invoices.size())),
             qPrintable(error));
    const QRegularExpression systemError(u"%1: 50000 System error\\. \\(request_id (\\w+)\\)"_s.arg(
            QRegularExpression::escape(invoices.at(1)->serialNumber)));
    const QRegularExpressionMatch match = systemError.match(error);
    QVERIFY2(match.hasMatch(), qPrintable(error));
    QVERIFY(error.contains(invoices.at(3)->serialNumber + u": "_s));
    // The failure came after every other invoice was done.
    const qsizetype done =
            lines.indexOf(u"bcctl: %1 downloaded, 0 skipped (already there), 2 failed"_s.arg(
                    invoices.size() - 2));
    QVERIFY2(done >= 0, result.err.constData());

    // The request log has that request, with its retries.
    const Run activity = run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s});
    QVERIFY2(activity.exitCode == 0, activity.err.constData());
    const QJsonArray entries = jsonArray(activity.out, &ok);
    QVERIFY(ok);
    const auto logged = std::find_if(entries.begin(), entries.end(), [&match](const QJsonValue &e) {
        return e.toObject().value(u"request_id"_s).toString() == match.captured(1);
    });
    QVERIFY(logged != entries.end());
    QCOMPARE(logged->toObject().value(u"code"_s).toInt(), 50000);
    QCOMPARE(logged->toObject().value(u"path"_s).toString(), kDownloadPath);
    QCOMPARE(logged->toObject().value(u"outcome"_s).toString(), u"server"_s);
    QVERIFY(logged->toObject().value(u"retries"_s).toInt() > 0);
}

void TestBcctlDownloads::killedRunResumes()
{
    const QList<const bc::emulator::Invoice *> invoices = downloadable();
    const QStringList arguments{u"--format"_s, u"json"_s,  u"invoices"_s, u"download"_s, u"--bc"_s,
                                kBc,           u"--all"_s, u"--out"_s,    out()};
    // A slow run (one request a second), killed once three invoices are in place.
    QProcess process;
    QSignalSpy progressed(&process, &QProcess::readyReadStandardError);
    startBcctl(process, QStringList{u"--qps"_s, u"1"_s} + arguments);
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (!err.contains("bcctl: 3/") && process.state() != QProcess::NotRunning
           && clock.elapsed() < 60000) {
        progressed.wait(1000);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains("bcctl: 3/"), err.constData());
    QVERIFY(process.state() != QProcess::NotRunning);
    process.kill();
    QVERIFY(process.waitForFinished());
    const int requestsBefore = downloadRequests();
    QVERIFY(requestsBefore < invoices.size());

    // Under their final names: only whole files (a staging folder may be left by the kill).
    int complete = 0;
    for (const bc::emulator::Invoice *invoice : invoices) {
        const QString path = out() + u'/' + defaultPath(*invoice);
        if (!QFileInfo::exists(path))
            continue;
        QCOMPARE(sha256(readAll(path)),
                 sha256(bc::emulator::InvoiceFiles::invoicePdf(center(), *invoice)));
        ++complete;
    }
    QVERIFY(complete >= 3);

    // Restarted: the files in place are not asked for again, the rest are downloaded.
    const Run restarted = run(arguments);
    QVERIFY2(restarted.exitCode == 0, restarted.err.constData());
    bool ok = false;
    const QJsonArray rows = jsonArray(restarted.out, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), invoices.size());
    int resumed = 0;
    int alreadyPresent = 0; // a file renamed into place just before the kill, not yet recorded
    for (const QJsonValue &row : rows) {
        const QString outcome = row.toObject().value(u"outcome"_s).toString();
        QVERIFY2(outcome == u"resumed"_s || outcome == u"downloaded"_s
                         || outcome == u"already_present"_s,
                 qPrintable(outcome));
        resumed += outcome == u"resumed"_s ? 1 : 0;
        alreadyPresent += outcome == u"already_present"_s ? 1 : 0;
    }
    QCOMPARE(resumed + alreadyPresent, complete);
    QVERIFY(resumed >= 3);
    QCOMPARE(downloadRequests() - requestsBefore, invoices.size() - resumed);
    QStringList expected;
    for (const bc::emulator::Invoice *invoice : invoices) {
        expected.append(defaultPath(*invoice));
        QCOMPARE(sha256(readAll(out() + u'/' + defaultPath(*invoice))),
                 sha256(bc::emulator::InvoiceFiles::invoicePdf(center(), *invoice)));
    }
    expected.sort();
    QCOMPARE(filesBelow(out()), expected); // the staging folder is gone too
}

void TestBcctlDownloads::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList base{u"invoices"_s, u"download"_s, u"--bc"_s, kBc};
    QTest::newRow("offline") << QStringList{u"--offline"_s} + base
                                        + QStringList{u"--all"_s, u"--out"_s, u"OUT"_s};
    QTest::newRow("neither --invoice nor --all") << base + QStringList{u"--out"_s, u"OUT"_s};
    QTest::newRow("both --invoice and --all")
            << base + QStringList{u"--all"_s, u"--invoice"_s, u"1"_s, u"--out"_s, u"OUT"_s};
    QTest::newRow("no --out") << base + QStringList{u"--all"_s};
    QTest::newRow("no --bc") << QStringList{u"invoices"_s, u"download"_s, u"--all"_s, u"--out"_s,
                                            u"OUT"_s};
    QTest::newRow("filter with --invoice")
            << base + QStringList{u"--invoice"_s, u"1"_s,     u"--pay-status"_s,
                                  u"PAID"_s,      u"--out"_s, u"OUT"_s};
    QTest::newRow("bad pay status")
            << base + QStringList{u"--all"_s, u"--pay-status"_s, u"LATE"_s, u"--out"_s, u"OUT"_s};
    QTest::newRow("unknown placeholder")
            << base
                       + QStringList{u"--all"_s, u"--name-template"_s, u"{nope}.pdf"_s, u"--out"_s,
                                     u"OUT"_s};
    QTest::newRow("activity --limit 0")
            << QStringList{u"activity"_s, u"list"_s, u"--limit"_s, u"0"_s};
    QTest::newRow("activity --since")
            << QStringList{u"activity"_s, u"list"_s, u"--since"_s, u"yesterday"_s};
}

void TestBcctlDownloads::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(u"OUT"_s, out());
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errLines().first().startsWith(u"error: "_s));
    QVERIFY(!QFileInfo::exists(out()));
    QCOMPARE(m_server->stats().totalRequests, 0);
}

void TestBcctlDownloads::activityListShowsEarlierRunsWithoutTheToken()
{
    const Run list = run({u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const bc::emulator::Invoice &invoice = *downloadable().first();
    const Run download = run({u"invoices"_s, u"download"_s, u"--bc"_s, kBc, u"--invoice"_s,
                              invoice.invoiceId, u"--out"_s, out()});
    QVERIFY2(download.exitCode == 0, download.err.constData());
    // The BC's name came from the mirror's BC list: no /bc/get/ for the download.
    QCOMPARE(m_server->stats().requestsByPath.value(u"/open_api/v1.3/bc/get/"_s), 1);

    const Run activity = run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s});
    QVERIFY2(activity.exitCode == 0, activity.err.constData());
    bool ok = false;
    const QJsonArray entries = jsonArray(activity.out, &ok);
    QVERIFY2(ok, activity.out.constData());
    // Every request of both runs, newest first: the download, the invoice lookup, the BC list.
    QCOMPARE(entries.size(), m_server->stats().totalRequests);
    QCOMPARE(entries.first().toObject().value(u"path"_s).toString(), kDownloadPath);
    QCOMPARE(entries.last().toObject().value(u"path"_s).toString(), u"bc/get/"_s);
    QString previous;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString time = entry.value(u"time"_s).toString();
        QVERIFY(previous.isEmpty() || time <= previous);
        previous = time;
        QCOMPARE(entry.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(entry.value(u"http_status"_s).toInt(), 200);
        QCOMPARE(entry.value(u"code"_s).toInt(), 0);
        for (const QString &key : {u"duration_ms"_s, u"retries"_s, u"request_id"_s})
            QVERIFY2(entry.contains(key), qPrintable(key));
    }
    const QString bcGetId = entries.last().toObject().value(u"request_id"_s).toString();
    QVERIFY(!bcGetId.isEmpty());

    // Never the token: not in any format, not in the database.
    for (const QString &format : {u"table"_s, u"csv"_s, u"json"_s}) {
        const Run printed = run({u"--format"_s, format, u"activity"_s, u"list"_s});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(printed.out.contains(bcGetId.toUtf8()));
        QVERIFY(!printed.out.contains(token.toUtf8()));
        QVERIFY(!printed.err.contains(token.toUtf8()));
    }
    const Run csv = run({u"--format"_s, u"csv"_s, u"activity"_s, u"list"_s});
    QVERIFY(csv.out.startsWith("time,method,path,code,http_status,duration_ms,retries,request_id,"
                               "outcome,message\r\n"));
    QByteArray database;
    QDirIterator it(m_dir->path() + u"/data"_s, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        database += readAll(it.next());
    QVERIFY(database.contains(bcGetId.toUtf8())); // the log is in there
    QVERIFY(!database.contains(token.toUtf8()));
}

void TestBcctlDownloads::activityListFilters()
{
    QCOMPARE(run({u"bc"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(run({u"bc"_s, u"list"_s}).exitCode, 0);
    bool ok = false;
    const Run all = run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s});
    QCOMPARE(jsonArray(all.out, &ok).size(), 2);
    const Run limited =
            run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(limited.exitCode, 0);
    const QJsonArray newest = jsonArray(limited.out, &ok);
    QVERIFY(ok);
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.first(), jsonArray(all.out, &ok).first());
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const Run future =
            run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s, u"--since"_s, tomorrow});
    QCOMPARE(future.exitCode, 0);
    QCOMPARE(jsonArray(future.out, &ok).size(), 0);
    QVERIFY(ok);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const Run recent =
            run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s, u"--since"_s, yesterday});
    QCOMPARE(jsonArray(recent.out, &ok).size(), 2);
}

void TestBcctlDownloads::activityListOfAFreshProfileIsEmpty()
{
    const Run result = run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    bool ok = false;
    QCOMPARE(jsonArray(result.out, &ok).size(), 0);
    QVERIFY(ok);
    QCOMPARE(m_server->stats().totalRequests, 0);
    QVERIFY(!QFileInfo::exists(m_dir->path() + u"/data"_s)); // nothing created to say so
}

void TestBcctlDownloads::help_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("invoices download")
            << QStringList{u"invoices"_s, u"download"_s}
            << QStringList{u"--invoice <id>"_s,  u"--all"_s,     u"--out <dir>"_s,
                           u"--name-template"_s, u"{bc_name}"_s, u"--pay-status"_s,
                           u"--type"_s,          u"--from"_s,    u"--to"_s,
                           u"--no-resume"_s,     u"--bc <id>"_s};
    QTest::newRow("activity list") << QStringList{u"activity"_s, u"list"_s}
                                   << QStringList{u"--limit <N>"_s, u"--since <date>"_s};
}

void TestBcctlDownloads::help()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    const Run result = run(words + QStringList{u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.contains(u"Synopsis: bcctl [global options] "_s + words.join(u' ')));
    for (const QString &option : expected)
        QVERIFY2(text.contains(option), qPrintable(option));
    QCOMPARE(m_server->stats().totalRequests, 0);
    // The general help lists the command.
    const Run general = run({u"--help"_s});
    QVERIFY(general.out.contains(words.join(u' ').toUtf8()));
}

QTEST_MAIN(TestBcctlDownloads)

#include "tst_bcctldownloads.moc"
