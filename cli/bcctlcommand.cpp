#include "cli/bcctlcommand.h"

#include "cli/rowprinter.h"
#include "core/api/apiclient.h"
#include "core/api/businesscenterdecoder.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "core/store/profileregistry.h"
#include "core/sync/syncservice.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// Progress and notes: stderr, never stdout.
void note(const QString &text)
{
    std::fprintf(stderr, "bcctl: %s\n", text.toLocal8Bit().constData());
}

// The API's own item with its ids made digit-exact strings.
QJsonObject normalized(const domain::BusinessCenter &bc)
{
    QJsonObject item = bc.raw;
    QJsonObject info = item.value("bc_info"_L1).toObject();
    info.insert(u"bc_id"_s, bc.id);
    item.insert(u"bc_info"_s, info);
    return item;
}

} // namespace

BcctlCommand::BcctlCommand(BcctlOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

BcctlCommand::~BcctlCommand()
{
    // The sync uses the client and the writer; the client talks to the emulator.
    m_sync.reset();
    m_writer.reset(); // finishes the writes already submitted
    m_store.reset();
    m_client.reset();
    m_emulator.reset();
}

void BcctlCommand::start()
{
    QString error;
    const std::optional<store::Profile> profile = m_options.resolveProfile(&error);
    if (!profile) {
        fail(2, error);
        return;
    }
    m_profile = *profile;
    m_registry = std::make_unique<store::ProfileRegistry>(
            m_options.dataDirectory.isEmpty() ? store::ProfileRegistry::defaultDataDirectory()
                                              : m_options.dataDirectory);

    if (m_options.resource == u"sync") {
        if (connectToApi())
            syncBusinessCenter();
        return;
    }
    if (m_options.offline) {
        listBusinessCentersOffline();
        return;
    }
    // The mirror first: a profile whose mirror cannot be written fails before any request.
    if (openStore() && connectToApi())
        listBusinessCenters();
}

bool BcctlCommand::connectToApi()
{
    const api::ConnectionSettings &connection = m_options.connection;
    QString token;
    QUrl demoUrl;
    if (connection.environment == api::EnvironmentKind::Demo) {
        emulator::EmulatorConfig config;
        config.accessToken = token = emulator::EmulatorConfig::randomAccessToken();
        m_emulator = std::make_unique<emulator::EmulatorHost>(config);
        if (!m_emulator->start()) {
            fail(1, tr("The demo environment could not start: %1").arg(m_emulator->errorString()));
            return false;
        }
        demoUrl = m_emulator->baseUrl();
    }
    QString error;
    if (!connection.readToken(&token, &error)) {
        fail(2, error);
        return false;
    }
    m_client = std::make_unique<api::ApiClient>(connection.resolve(demoUrl));
    m_client->setAccessToken(token);
    return true;
}

bool BcctlCommand::openStore()
{
    store::StoreError error;
    store::OpenReport report;
    m_store =
            store::MirrorStore::open(m_registry->location(m_profile),
                                     store::ProfileRegistry::identity(m_profile), &error, &report);
    if (!m_store) {
        fail(1, tr("The local mirror of profile “%1” cannot be used: %2")
                        .arg(m_profile.name, error.describe()));
        return false;
    }
    if (!report.movedAsidePath.isEmpty()) {
        note(tr("the local mirror was damaged; it was kept as %1 and a new one started")
                     .arg(QDir::toNativeSeparators(report.movedAsidePath)));
    }
    return true;
}

void BcctlCommand::listBusinessCenters()
{
    m_client->fetchBusinessCenters(
            {}, this, [this](const api::Result<QList<domain::BusinessCenter>> &result) {
                if (!result.ok()) {
                    fail(1, result.error().details());
                    return;
                }
                store::ListWrite write;
                write.list = store::MirrorList::BusinessCenters;
                write.complete = true;
                for (const domain::BusinessCenter &bc : result.value())
                    write.rows.append(bc.raw);
                if (const store::ListWriteResult written = m_store->write(write);
                    written.error.isError()) {
                    fail(1, tr("The Business Centers were read, but the local mirror of profile "
                               "“%1” could not be updated: %2")
                                    .arg(m_profile.name, written.error.describe()));
                    return;
                }
                printBusinessCenters(result.value());
            });
}

void BcctlCommand::listBusinessCentersOffline()
{
    const store::StoreLocation location = m_registry->location(m_profile);
    if (location.backend() == store::StoreBackend::Sqlite && !QFile::exists(location.path())) {
        fail(1, tr("Profile “%1” has no local mirror yet (%2): run the command once without "
                   "--offline.")
                        .arg(m_profile.name, QDir::toNativeSeparators(location.path())));
        return;
    }
    if (!openStore())
        return;
    store::StoreError error;
    const auto freshness = m_store->freshness(store::MirrorList::BusinessCenters, {}, {}, &error);
    const QList<store::MirrorRow> rows =
            error.isError() ? QList<store::MirrorRow>()
                            : m_store->rows(store::MirrorList::BusinessCenters, {}, {}, &error);
    if (error.isError()) {
        fail(1, tr("The local mirror of profile “%1” could not be read: %2")
                        .arg(m_profile.name, error.describe()));
        return;
    }
    if (!freshness) {
        fail(1, tr("The Business Centers of profile “%1” were never fetched: run “bcctl bc list” "
                   "once without --offline.")
                        .arg(m_profile.name));
        return;
    }
    const QString when =
            QLocale::c().toString(freshness->fetchedAt.toUTC(), u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    if (rows.isEmpty()) {
        fail(1, tr("The local mirror of profile “%1” has no Business Centers (fetched %2).")
                        .arg(m_profile.name, when));
        return;
    }
    note(tr("offline: profile “%1”, Business Centers as fetched %2").arg(m_profile.name, when));
    QList<domain::BusinessCenter> centers;
    centers.reserve(rows.size());
    for (const store::MirrorRow &row : rows)
        centers.append(api::BusinessCenterDecoder::decode(row.raw));
    printBusinessCenters(centers);
}

void BcctlCommand::printBusinessCenters(QList<domain::BusinessCenter> centers)
{
    // Ordered by id, online and offline alike, so that both print the same.
    std::stable_sort(centers.begin(), centers.end(),
                     [](const domain::BusinessCenter &a, const domain::BusinessCenter &b) {
                         return a.id < b.id;
                     });
    if (m_options.format == BcctlOptions::Format::Json) {
        QJsonArray array;
        for (const domain::BusinessCenter &bc : centers)
            array.append(normalized(bc));
        writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        const QStringList header{u"bc_id"_s,    u"name"_s,   u"company"_s,   u"currency"_s,
                                 u"timezone"_s, u"status"_s, u"user_role"_s, u"finance_role"_s};
        QList<QStringList> rows;
        for (const domain::BusinessCenter &bc : centers) {
            rows.append({bc.id, bc.name, bc.company, bc.currency, bc.timezone, bc.status,
                         bc.userRole, bc.financeRole});
        }
        writeOut(m_options.format == BcctlOptions::Format::Csv ? RowPrinter::csv(header, rows)
                                                               : RowPrinter::table(header, rows));
    }
    Q_EMIT finished(0);
}

void BcctlCommand::syncBusinessCenter()
{
    m_writer = std::make_unique<store::MirrorWriter>(m_registry->location(m_profile),
                                                     store::ProfileRegistry::identity(m_profile));
    m_sync = std::make_unique<sync::SyncService>(m_client.get(), m_writer.get());
    connect(m_sync.get(), &sync::SyncService::progressChanged, this,
            [this](const sync::SyncProgress &progress) {
                if (progress.listsDone == m_listsReported)
                    return;
                m_listsReported = progress.listsDone;
                note(tr("sync: %1/%2 lists, %3 rows")
                             .arg(progress.listsDone)
                             .arg(progress.listsTotal)
                             .arg(progress.rows));
            });
    connect(m_sync.get(), &sync::SyncService::listFailed, this,
            [](const sync::SyncFailure &failure) {
                note(tr("sync: failed: %1").arg(failure.describe()));
            });
    connect(m_sync.get(), &sync::SyncService::finished, this, &BcctlCommand::onSyncFinished);
    connect(m_writer.get(), &store::MirrorWriter::opened, this,
            [this](const store::StoreError &error, const store::OpenReport &report) {
                if (error.isError()) {
                    fail(1, tr("The local mirror of profile “%1” cannot be used: %2")
                                    .arg(m_profile.name, error.describe()));
                    return;
                }
                if (!report.movedAsidePath.isEmpty()) {
                    note(tr("the local mirror was damaged; it was kept as %1 and a new one "
                            "started")
                                 .arg(QDir::toNativeSeparators(report.movedAsidePath)));
                }
                note(tr("sync: Business Center %1 into profile “%2”")
                             .arg(m_options.bcId, m_profile.name));
                if (!m_sync->syncBusinessCenter(m_options.bcId))
                    fail(1, tr("The sync could not start."));
            });
    m_writer->start();
}

void BcctlCommand::onSyncFinished(const sync::SyncSummary &summary)
{
    if (summary.ok()) {
        note(tr("sync: done, %1 lists, %2 rows written, %3 removed")
                     .arg(summary.succeeded.size())
                     .arg(summary.rowsWritten)
                     .arg(summary.rowsRemoved));
        Q_EMIT finished(0);
        return;
    }
    QStringList names;
    for (const sync::SyncFailure &failure : summary.failed)
        names.append(failure.name);
    fail(1, tr("sync of Business Center %1 failed for %n list(s): %2 (the other %3 were "
               "updated; the failed ones keep their previous mirror)",
               nullptr, int(names.size()))
                    .arg(summary.bcId, names.join(u", "_s))
                    .arg(summary.succeeded.size()));
}

void BcctlCommand::fail(int exitCode, const QString &message)
{
    std::fprintf(stderr, "bcctl: %s\n", message.toLocal8Bit().constData());
    // Deliver after start() returned, so the caller's event loop is running.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace bc::cli
