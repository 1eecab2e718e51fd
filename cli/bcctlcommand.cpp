#include "cli/bcctlcommand.h"

#include "cli/console.h"
#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/auth/keychaintokenvault.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/signintracker.h"
#include "core/auth/tokenstatusfile.h"
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
    m_signInTracker.reset();
    m_store.reset();
    m_client.reset();
    m_emulator.reset();
    auth::SecretScrubber::scrub(m_storedToken);
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
    const std::optional<store::Profile> profile = profileUse() == ProfileUse::New
                                                          ? m_options.newProfile(&error)
                                                          : m_options.resolveProfile(&error);
    if (!profile) {
        fail(2, error);
        return;
    }
    m_profile = *profile;
    m_registry = std::make_unique<store::ProfileRegistry>(
            m_options.dataDirectory.isEmpty() ? store::ProfileRegistry::defaultDataDirectory()
                                              : m_options.dataDirectory);
    if (usesStoredToken() && isSignInProfile() && !m_options.offline
        && m_options.connection.accessTokenVariable.isEmpty()) {
        readStoredTokenThenRun();
        return;
    }
    run();
}

bool BcctlCommand::isSignInProfile() const
{
    // The demo environment signs itself in (its emulator's own token); implicit profiles have
    // no app, so nothing of theirs is in the keychain.
    return !m_options.profileName.isEmpty() && !m_profile.appId.isEmpty()
           && m_profile.environment != api::EnvironmentKind::Demo;
}

QString BcctlCommand::profileFolder() const
{
    return m_registry->profileDirectory(m_profile);
}

auth::TokenVault &BcctlCommand::vault()
{
    if (!m_vault)
        m_vault = std::make_unique<auth::KeychainTokenVault>();
    return *m_vault;
}

QString BcctlCommand::vaultProblem(int status, const QString &message)
{
    if (status == int(auth::VaultResult::Status::Unavailable)) {
        return tr("No keychain is available. bcctl keeps app secrets and tokens only in the OS "
                  "keychain (the Secret Service on Linux), never on disk: start one in this "
                  "session (GNOME Keyring, KWallet), or pass a token with --access-token-env "
                  "VAR.");
    }
    return tr("The keychain could not be used: %1").arg(message);
}

void BcctlCommand::readStoredTokenThenRun()
{
    const auth::SecretKey key{m_profile.name, m_profile.appId,
                              auth::SecretKind::AdvertiserAccessToken};
    vault().read(key, this, [this](const auth::VaultResult &result) {
        m_storedTokenRead = true;
        if (result.ok()) {
            m_storedToken = auth::SecretScrubber::ownCopy(result.secret);
        } else if (result.status == auth::VaultResult::Status::NotFound) {
            m_storedTokenProblem =
                    tr("Profile “%1” is not signed in: run `bcctl --profile %1 auth url`, approve "
                       "the access in the browser, then `bcctl --profile %1 auth exchange "
                       "--redirected-url URL` (or pass a token with --access-token-env VAR).")
                            .arg(m_profile.name);
        } else {
            m_storedTokenProblem = vaultProblem(int(result.status), result.message);
        }
        run();
    });
}

void BcctlCommand::watchSignIn()
{
    m_signInTracker = std::make_unique<auth::SignInTracker>();
    m_signInTracker->watch(m_profile.name, m_client->activityLog());
    connect(m_signInTracker.get(), &auth::SignInTracker::needsSignInChanged, this,
            [this](const QString &, bool needsSignIn) {
                if (!needsSignIn)
                    return;
                // Only the mark changes: the mirror, settings and other profiles stay as they are.
                QString error;
                if (!auth::TokenStatusFile(profileFolder())
                             .markNeedsSignIn(m_profile.name, m_profile.appId, &error))
                    Console::note(error);
                Console::note(tr("the API rejected the token of profile “%1”; it needs to sign in "
                                 "again: run `bcctl --profile %1 auth url`")
                                      .arg(m_profile.name));
            });
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
    if (m_storedTokenRead && connection.accessTokenVariable.isEmpty()) {
        if (m_storedToken.isEmpty()) {
            fail(1, m_storedTokenProblem);
            return false;
        }
        token = m_storedToken;
    }
    m_client = std::make_unique<api::ApiClient>(connection.resolve(demoUrl));
    m_client->setAccessToken(token);
    auth::SecretScrubber::scrub(token);
    auth::SecretScrubber::scrub(m_storedToken);
    // The sign-in commands judge the API's answers themselves (a bad code is no bad token).
    if (isSignInProfile() && usesStoredToken())
        watchSignIn();
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
