#include "cli/bcctlcommand.h"

#include "cli/console.h"
#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/store/activityrecorder.h"
#include "core/store/activitystore.h"
#include "core/store/mirrorstore.h"
#include "core/store/profileregistry.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bc::cli {

BcctlCommand::BcctlCommand(QObject *parent)
    : QObject(parent)
{ }

BcctlCommand::~BcctlCommand()
{
    // The recorder writes into the mirror; the client talks to the emulator: they go first.
    m_activityRecorder.reset();
    m_activityStore.reset();
    m_store.reset();
    m_client.reset();
    m_emulator.reset();
}

bool BcctlCommand::configure(const BcctlOptions &globalOptions, const QCommandLineParser &parser,
                             QString *error)
{
    m_options = globalOptions;
    return configureCommand(parser, error);
}

bool BcctlCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    Q_UNUSED(parser);
    Q_UNUSED(error);
    return true;
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
    run();
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
    // --qps: the budget of this run. Sandbox keeps its per-endpoint limit on top.
    api::RequestScheduler::Limits limits = m_client->scheduler()->limits();
    limits.perSecond = m_options.qps;
    limits.perMinute = m_options.qps * 60;
    m_client->scheduler()->setLimits(limits);
    recordActivity();
    return true;
}

bool BcctlCommand::openStore()
{
    store::StoreError error;
    store::OpenReport report;
    m_store =
            store::MirrorStore::open(registry().location(m_profile),
                                     store::ProfileRegistry::identity(m_profile), &error, &report);
    if (!m_store) {
        fail(1, tr("The local mirror of profile “%1” cannot be used: %2")
                        .arg(m_profile.name, error.describe()));
        return false;
    }
    if (!report.movedAsidePath.isEmpty()) {
        Console::note(tr("the local mirror was damaged; it was kept as %1 and a new one started")
                              .arg(QDir::toNativeSeparators(report.movedAsidePath)));
    }
    recordActivity();
    return true;
}

void BcctlCommand::recordActivity()
{
    if (!m_client || !m_store || m_activityRecorder)
        return;
    m_activityStore = std::make_unique<store::ActivityStore>(m_store->connection(),
                                                             m_store->identity().profile);
    m_activityRecorder = std::make_unique<store::ActivityRecorder>(m_client->activityLog(),
                                                                   m_activityStore.get());
    // The request itself is unaffected: say it once, and go on.
    connect(m_activityRecorder.get(), &store::ActivityRecorder::recordFailed, this,
            [this](const store::StoreError &error) {
                if (m_activityRecorder->failedCount() == 1)
                    Console::note(tr("the request log of profile “%1” could not be kept: %2")
                                          .arg(m_profile.name, error.describe()));
            });
}

bool BcctlCommand::openExistingStore()
{
    const store::StoreLocation location = registry().location(m_profile);
    if (location.backend() == store::StoreBackend::Sqlite && !QFile::exists(location.path())) {
        fail(1, tr("Profile “%1” has no local mirror yet (%2): run the command once without "
                   "--offline.")
                        .arg(m_profile.name, QDir::toNativeSeparators(location.path())));
        return false;
    }
    return openStore();
}

void BcctlCommand::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(0); });
}

void BcctlCommand::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    Console::error(message);
    // Delivered after start() returned, so the caller's event loop is running.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void BcctlCommand::failApi(const api::ApiError &error)
{
    fail(1, Console::describe(error));
}

} // namespace bc::cli
