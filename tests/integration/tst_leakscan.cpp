// The leak scan: one whole bcctl session with recognizable fake secrets, every step a bcctl
// process under a private keyring (ctest runs this binary under `dbus-run-session -- bash
// support/with-keyring.sh`) against an in-process emulator: profile create (app secret
// "FAKE-SECRET-…" from an environment variable), auth url, the consent page, auth exchange,
// sync, an invoice download, a failing request, auth status, activity list and auth revoke.
// Then every file under the data, config, cache and download folders (profiles.json, settings,
// the mirror with its -wal/-shm files, logs, downloads, staging) and everything bcctl printed
// are searched for the app secret, the auth code and the access token, plain and URL-encoded:
// none may appear. The scanner itself is checked on planted files (a token in a SQLite
// database in WAL mode, a URL-encoded code in a log), so a leak cannot slip through unseen.
// QTEST_MAIN: the in-process emulator renders invoice PDFs with QPdfWriter.
#include "core/auth/keychaintokenvault.h"
#include "core/auth/secretkey.h"
#include "emulator/emulatorserver.h"
#include "emulator/world/generatedbusinesscenter.h"
#include "tests/support/emulatorfixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::auth::SecretKey;
using bc::auth::SecretKind;
using bc::emulator::EmulatorServer;

namespace {

const QString kSecret = u"FAKE-SECRET-leakscan-7c21e9d4"_s;
const QString kSecretVariable = u"BCCTL_LEAKSCAN_APP_SECRET"_s;

std::pair<QKeychain::Error, QString> readKeychain(const SecretKey &key)
{
    QKeychain::ReadPasswordJob job(bc::auth::KeychainTokenVault::serviceName);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key.entryName());
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(20000))
        return {QKeychain::OtherError, u"timeout"_s};
    return {job.error(), job.textData()};
}

void deleteKeychain(const SecretKey &key)
{
    QKeychain::DeletePasswordJob job(bc::auth::KeychainTokenVault::serviceName);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key.entryName());
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    finished.wait(20000);
}

// What is searched for: each secret as it is and URL-encoded (as it would sit in a logged URL
// or a form body), named for the failure message.
QList<QPair<QString, QByteArray>> needlesFor(const QString &name, const QString &secret)
{
    QList<QPair<QString, QByteArray>> needles{{name, secret.toUtf8()}};
    const QByteArray encoded = QUrl::toPercentEncoding(secret);
    if (encoded != secret.toUtf8())
        needles.append({name + u" (URL-encoded)"_s, encoded});
    const QByteArray formEncoded = QByteArray(encoded).replace("%20", "+");
    if (formEncoded != encoded)
        needles.append({name + u" (form-encoded)"_s, formEncoded});
    return needles;
}

// Every place under `root` holding a needle: "path: name".
QStringList scanFiles(const QString &root, const QList<QPair<QString, QByteArray>> &needles,
                      int *filesScanned)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(path + u": unreadable"_s);
            continue;
        }
        const QByteArray bytes = file.readAll();
        ++*filesScanned;
        for (const auto &[name, needle] : needles) {
            if (bytes.contains(needle))
                hits.append(QDir(root).relativeFilePath(path) + u": "_s + name);
        }
    }
    return hits;
}

} // namespace

class TestLeakScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsPlantedSecrets();
    void wholeSessionLeavesNoSecretBehind();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments);
    [[nodiscard]] QString appId() const { return m_server->world().app().appId; }
    [[nodiscard]] QString root() const { return m_dir->path(); }
    [[nodiscard]] SecretKey key(SecretKind kind) const { return {m_profile, appId(), kind}; }

    QNetworkAccessManager m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorServer> m_server;
    QString m_profile;
    QByteArray m_printed; // everything bcctl wrote, stdout and stderr
};

void TestLeakScan::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session -- bash tests/support/with-keyring.sh");
    m_browser.setProxy(QNetworkProxy::NoProxy);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    bc::emulator::EmulatorConfig config =
            bc::testing::unlimitedEmulatorConfig(u"fake-unused-configured-token-leakscan"_s);
    config.secret = kSecret;
    config.size = bc::emulator::WorldSize::Small;
    config.businessCenterCount = -1;
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY2(m_server->listenOnLoopback() != 0, qPrintable(m_server->errorString()));
    m_profile = u"leakscan-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void TestLeakScan::cleanupTestCase()
{
    if (m_server) {
        for (SecretKind kind : SecretKey::allKinds())
            deleteKeychain(key(kind));
    }
    m_server.reset();
    m_dir.reset();
}

TestLeakScan::Run TestLeakScan::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Every folder bcctl could write to lies under the scanned root.
    environment.insert(u"HOME"_s, root() + u"/home"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, root() + u"/home/.config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, root() + u"/home/.cache"_s);
    environment.insert(u"XDG_DATA_HOME"_s, root() + u"/home/.local/share"_s);
    environment.insert(u"XDG_STATE_HOME"_s, root() + u"/home/.local/state"_s);
    environment.insert(u"TMPDIR"_s, root() + u"/tmp"_s);
    environment.insert(kSecretVariable, kSecret);
    // Every log category on: a secret in a debug line is a leak too.
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    process.setProcessEnvironment(environment);
    QDir().mkpath(root() + u"/tmp"_s);
    Run result;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(BCCTL_EXE),
                  QStringList{u"--data-dir"_s, root() + u"/data"_s, u"--profile"_s, m_profile}
                          + arguments);
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && process.state() != QProcess::NotRunning && clock.elapsed() < 90000)
        finished.wait(500);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_printed += result.out + '\n' + result.err + '\n';
    return result;
}

void TestLeakScan::scannerFindsPlantedSecrets()
{
    QTemporaryDir planted;
    QVERIFY(planted.isValid());
    const QString token = u"0123456789abcdef0123456789abcdef01234567"_s;
    const QString code = u"code with/slash+plus"_s;
    {
        // A token written to a database in WAL mode, the connection still open: in the -wal file.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"planted"_s);
        db.setDatabaseName(planted.filePath(u"mirror.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode=WAL"_s));
        QVERIFY(query.exec(u"CREATE TABLE t (v TEXT)"_s));
        QVERIFY(query.prepare(u"INSERT INTO t (v) VALUES (?)"_s));
        query.addBindValue(token);
        QVERIFY(query.exec());
        QFile log(planted.filePath(u"logs/bcctl.log"_s));
        QVERIFY(QDir().mkpath(planted.filePath(u"logs"_s)));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("GET /callback?auth_code=" + QUrl::toPercentEncoding(code) + "\n");
        log.close();
        int scanned = 0;
        const QStringList hits =
                scanFiles(planted.path(),
                          needlesFor(u"token"_s, token) + needlesFor(u"code"_s, code), &scanned);
        QVERIFY(scanned >= 2);
        QVERIFY2(hits.contains(u"mirror.sqlite-wal: token"_s), qPrintable(hits.join(u'\n')));
        QVERIFY2(hits.contains(u"logs/bcctl.log: code (URL-encoded)"_s),
                 qPrintable(hits.join(u'\n')));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"planted"_s);
}

void TestLeakScan::wholeSessionLeavesNoSecretBehind()
{
    QString bcId;
    QString invoiceId;
    for (const auto &center : m_server->world().businessCenters()) {
        if (!bcId.isEmpty() || center.financeRole != u"MANAGER"_s)
            continue;
        for (const auto &invoice : center.invoices) {
            if (invoice.status != u"DELETED"_s) {
                bcId = center.bcId;
                invoiceId = invoice.invoiceId;
                break;
            }
        }
    }
    QVERIFY(!bcId.isEmpty());

    // 1. The profile, its secret from the environment.
    Run step = run({u"--base-url"_s, m_server->baseUrl().toString(), u"profile"_s, u"create"_s,
                    u"--app-id"_s, appId(), u"--app-secret-env"_s, kSecretVariable});
    QVERIFY2(step.exitCode == 0, step.err.constData());

    // 2. auth url, the consent page (as a browser), auth exchange with the address.
    step = run({u"auth"_s, u"url"_s});
    QVERIFY2(step.exitCode == 0, step.err.constData());
    QNetworkRequest request(QUrl(QString::fromUtf8(step.out).trimmed(), QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_browser.get(request));
    QSignalSpy consented(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || consented.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl landed = QUrl::fromEncoded(reply->rawHeader("Location"));
    const QString code = QUrlQuery(landed).queryItemValue(u"auth_code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    step = run(
            {u"auth"_s, u"exchange"_s, u"--redirected-url"_s, landed.toString(QUrl::FullyEncoded)});
    QVERIFY2(step.exitCode == 0, step.err.constData());
    const auto [error, token] = readKeychain(key(SecretKind::AdvertiserAccessToken));
    QCOMPARE(error, QKeychain::NoError);
    QVERIFY(m_server->world().acceptsAccessToken(token));

    // 3. Work with the stored token: a sync, an invoice download, a failing request.
    step = run({u"sync"_s, u"--bc"_s, bcId});
    QVERIFY2(step.exitCode == 0, step.err.constData());
    step = run({u"invoices"_s, u"download"_s, u"--bc"_s, bcId, u"--invoice"_s, invoiceId,
                u"--out"_s, root() + u"/downloads"_s});
    QVERIFY2(step.exitCode == 0, step.err.constData());
    step = run({u"invoices"_s, u"list"_s, u"--bc"_s, u"1000000000000000001"_s});
    QCOMPARE(step.exitCode, 1); // not a BC of this user
    step = run({u"--format"_s, u"json"_s, u"auth"_s, u"status"_s});
    QVERIFY2(step.exitCode == 0, step.err.constData());
    step = run({u"--format"_s, u"json"_s, u"activity"_s, u"list"_s});
    QVERIFY2(step.exitCode == 0, step.err.constData());
    QVERIFY(step.out.contains("bc/invoice/download/"));

    // 4. Revoke.
    step = run({u"auth"_s, u"revoke"_s});
    QVERIFY2(step.exitCode == 0, step.err.constData());
    QVERIFY(!m_server->world().acceptsAccessToken(token));

    // The scan.
    const QList<QPair<QString, QByteArray>> needles = needlesFor(u"app secret"_s, kSecret)
                                                      + needlesFor(u"auth code"_s, code)
                                                      + needlesFor(u"access token"_s, token);
    for (const auto &[name, needle] : needles)
        QVERIFY2(needle.size() >= 16, qPrintable(name)); // long enough to mean something
    int scanned = 0;
    QStringList hits = scanFiles(root(), needles, &scanned);
    for (const auto &[name, needle] : needles) {
        if (m_printed.contains(needle))
            hits.append(u"bcctl output: "_s + name);
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // The scan saw what the session wrote.
    QVERIFY(QFile::exists(root() + u"/data/profiles.json"_s));
    QStringList names;
    QDirIterator it(root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QFileInfo(it.next()).fileName());
    QVERIFY2(names.contains(u"mirror.sqlite"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"pending-sign-in.json"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(std::any_of(names.cbegin(), names.cend(),
                         [](const QString &name) { return name.endsWith(u".pdf"_s); }),
             qPrintable(names.join(u", "_s)));
    QVERIFY(scanned >= 4);
    QVERIFY(m_printed.size() > 200);
}

QTEST_MAIN(TestLeakScan)
#include "tst_leakscan.moc"
