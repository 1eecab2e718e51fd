#include "app/consolesession.h"

#include "app/workspace.h"
#include "core/api/apiclient.h"
#include "core/auth/keychaintokenvault.h"
#include "core/auth/secretkey.h"
#include "core/auth/sessiontokenvault.h"
#include "core/auth/signintracker.h"
#include "core/auth/tokenstatusfile.h"
#include "core/store/profileregistry.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"
#include "models/businesscentertablemodel.h"
#include "ui/dialogs/profilesdialog.h"
#include "ui/dialogs/signindialog.h"
#include "ui/dialogs/tokenstatusview.h"
#include "ui/mainwindow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPixmap>
#include <QSaveFile>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bc::app {

namespace {

// How long --screenshot waits for the first load before saving whatever is on screen.
constexpr int screenshotDeadlineMs = 90000;

} // namespace

ConsoleSession::ConsoleSession(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

ConsoleSession::~ConsoleSession()
{
    // The window borrows the workspace; the workspace's client talks to the emulator: tear down
    // in that order.
    m_window.reset();
    m_workspace.reset();
    m_emulator.reset();
}

api::ApiClient *ConsoleSession::client() const
{
    return m_workspace ? m_workspace->client() : nullptr;
}

store::MirrorStore *ConsoleSession::mirror() const
{
    return m_workspace ? m_workspace->mirror() : nullptr;
}

QString ConsoleSession::dataDirectory() const
{
    return m_options.dataDirectory.isEmpty() ? store::ProfileRegistry::defaultDataDirectory()
                                             : m_options.dataDirectory;
}

bool ConsoleSession::startEmulator(QString *error)
{
    if (m_emulator)
        return true;
    emulator::EmulatorConfig config;
    config.accessToken = m_demoToken = emulator::EmulatorConfig::randomAccessToken();
    config.seed = m_options.demoSeed;
    config.businessCenterCount = m_options.demoBusinessCenters;
    auto host = std::make_unique<emulator::EmulatorHost>(config);
    if (!host->start()) {
        *error = tr("The demo environment could not start: %1").arg(host->errorString());
        return false;
    }
    m_emulator = std::move(host);
    return true;
}

bool ConsoleSession::start(QString *error)
{
    if (!m_vault) {
        auto keychain = std::make_unique<auth::KeychainTokenVault>();
        auth::KeychainTokenVault *probed = keychain.get();
        m_ownVault = std::move(keychain);
        m_vault = probed;
        // No keychain service: secrets live in memory for this run only, and the user is told.
        connect(probed, &auth::KeychainTokenVault::becameUnavailable, this,
                &ConsoleSession::useSessionVault);
        probed->probe(this, [this](const auth::VaultResult &result) {
            if (result.status == auth::VaultResult::Status::Unavailable)
                useSessionVault();
        });
    }
    m_signIn = std::make_unique<auth::SignInTracker>();
    const api::ConnectionSettings &connection = m_options.connection;
    QString token;
    QUrl demoUrl;
    if (connection.environment == api::EnvironmentKind::Demo) {
        if (!startEmulator(error))
            return false;
        token = m_demoToken;
        demoUrl = m_emulator->baseUrl();
    }
    if (!connection.readToken(&token, error))
        return false;
    const api::Environment environment = connection.resolve(demoUrl);

    m_window = std::make_unique<ui::MainWindow>();
    connect(m_window.get(), &ui::MainWindow::environmentRequested, this,
            &ConsoleSession::switchEnvironment);
    connect(m_window.get(), &ui::MainWindow::profilesRequested, this,
            &ConsoleSession::showProfiles);
    connect(m_window.get(), &ui::MainWindow::signInRequested, this, &ConsoleSession::showSignIn);
    connect(m_window.get(), &ui::MainWindow::signInStatusRequested, this,
            &ConsoleSession::showSignInStatus);
    connect(m_signIn.get(), &auth::SignInTracker::needsSignInChanged, m_window.get(),
            [this](const QString &name, bool needed) {
                if (needed && m_workspace && m_workspace->profile().name == name)
                    m_window->showNeedsSignIn();
            });
    openWorkspace(store::Profile::implicitFor(environment.kind(),
                                              environment.kind() == api::EnvironmentKind::Custom
                                                      ? environment.baseUrl()
                                                      : QUrl()),
                  environment, token);
    if (!m_options.screenshotPath.isEmpty())
        prepareScreenshot();
    m_window->show();
    m_window->loadBusinessCenters();
    return true;
}

void ConsoleSession::openWorkspace(const store::Profile &profile,
                                   const api::Environment &environment, const QString &token)
{
    m_workspace = std::make_unique<Workspace>(profile, environment, dataDirectory(), token);
    m_window->setContext(m_workspace->context());
    m_signIn->clear(profile.name);
    m_signIn->watch(profile.name, m_workspace->client()->activityLog());
}

store::Profile ConsoleSession::profileFor(api::EnvironmentKind kind) const
{
    // The same app in the other environment, when the registry knows one; otherwise the
    // environment's own implicit profile (its own mirror, its own keychain entries).
    const QString appId = m_workspace ? m_workspace->profile().appId : QString();
    if (!appId.isEmpty() && kind != api::EnvironmentKind::Demo) {
        store::ProfileRegistry registry(dataDirectory());
        QString ignored;
        if (registry.load(&ignored)) {
            for (const store::Profile &profile : registry.profiles()) {
                if (profile.environment == kind && profile.appId == appId)
                    return profile;
            }
        }
    }
    return store::Profile::implicitFor(kind);
}

void ConsoleSession::switchEnvironment(api::EnvironmentKind kind)
{
    if (kind == api::EnvironmentKind::Custom)
        return;
    const store::Profile profile = profileFor(kind);
    const quint64 generation = ++m_switchGeneration;
    // Off screen first, then gone: no row, token or request of the old environment survives.
    m_window->clearContext();
    m_workspace.reset();

    if (kind == api::EnvironmentKind::Demo) {
        QString error;
        if (!startEmulator(&error)) {
            m_window->statusBar()->showMessage(error);
            return;
        }
        openWorkspace(profile, api::Environment::demo(m_emulator->baseUrl()), m_demoToken);
        m_window->loadBusinessCenters();
        Q_EMIT environmentSwitched();
        return;
    }
    const api::Environment environment = kind == api::EnvironmentKind::Production
                                                 ? api::Environment::production()
                                                 : api::Environment::sandbox();
    const auth::SecretKey key{profile.name, profile.appId, auth::SecretKind::AdvertiserAccessToken};
    m_vault->read(key, this,
                  [this, generation, profile, environment](const auth::VaultResult &result) {
                      if (generation != m_switchGeneration)
                          return;
                      openWorkspace(profile, environment, result.ok() ? result.secret : QString());
                      if (result.ok())
                          m_window->loadBusinessCenters();
                      else if (result.status != auth::VaultResult::Status::NotFound)
                          m_window->statusBar()->showMessage(result.message);
                      Q_EMIT environmentSwitched();
                  });
}

void ConsoleSession::useSessionVault()
{
    if (m_sessionVault)
        return;
    m_sessionVault = std::make_unique<auth::SessionTokenVault>();
    m_vault = m_sessionVault.get();
    if (m_window) {
        m_window->statusBar()->showMessage(
                tr("No keychain available: secrets are kept in memory for this run only."));
    }
}

void ConsoleSession::showProfiles()
{
    store::ProfileRegistry registry(dataDirectory());
    QString error;
    if (!registry.load(&error)) {
        m_window->statusBar()->showMessage(error);
        return;
    }
    ui::ProfilesDialog dialog(&registry, m_vault, m_window.get());
    dialog.exec();
}

void ConsoleSession::showSignIn()
{
    if (!m_workspace)
        return;
    const api::EnvironmentKind kind = m_workspace->client()->environment().kind();
    if (kind == api::EnvironmentKind::Demo) {
        m_window->statusBar()->showMessage(
                tr("The demo environment needs no sign-in: it has its own token."));
        return;
    }
    ui::SignInDialog dialog(m_workspace->client(), m_vault, m_workspace->profile(), m_window.get());
    if (dialog.exec() == QDialog::Accepted || m_workspace->client()->hasAccessToken())
        switchEnvironment(kind); // opens the profile again, now with its token
}

void ConsoleSession::showSignInStatus()
{
    store::ProfileRegistry registry(dataDirectory());
    QString error;
    if (!registry.load(&error)) {
        m_window->statusBar()->showMessage(error);
        return;
    }
    QDialog dialog(m_window.get());
    dialog.setWindowTitle(tr("Sign-in status"));
    auto *view = new ui::TokenStatusView(&registry, m_vault, m_signIn.get(), &dialog);
    // What bcctl and earlier sign-ins saved beside each profile's mirror (no secret in it).
    for (const store::Profile &profile : registry.profiles()) {
        if (const auto status = auth::TokenStatusFile(registry.profileDirectory(profile)).read())
            view->setTokenStatus(*status);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(view, &ui::TokenStatusView::reauthorizeRequested, &dialog, [this, &dialog] {
        dialog.reject();
        showSignIn();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

void ConsoleSession::prepareScreenshot()
{
    const auto settle = [this](bool ok) {
        // Let the layout settle and paint once before grabbing.
        QTimer::singleShot(300, this, [this, ok] { takeScreenshot(ok); });
    };
    if (m_options.section.isEmpty()) {
        connect(m_window.get(), &ui::MainWindow::loadFinished, this, settle);
    } else {
        connect(m_window.get(), &ui::MainWindow::loadFinished, this,
                &ConsoleSession::showScreenshotSection);
        connect(m_window.get(), &ui::MainWindow::viewReady, this, [this, settle] {
            if (m_screenshotSectionShown)
                settle(true);
        });
    }
    QTimer::singleShot(screenshotDeadlineMs, this, [this] { takeScreenshot(false); });
}

void ConsoleSession::showScreenshotSection()
{
    if (m_screenshotSectionShown)
        return;
    const auto section = models::sectionFromKey(m_options.section);
    const QList<domain::BusinessCenter> &centers =
            m_window->businessCenterModel()->businessCenters();
    QString bcId = m_options.bcId;
    if (bcId.isEmpty() && !centers.isEmpty())
        bcId = centers.constFirst().id;
    m_screenshotSectionShown = true;
    if (!section || !m_window->showSection(bcId, *section, m_options.scope)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Section “%1” of Business Center “%2” is not in the navigator.")
                                        .arg(m_options.section, bcId)));
        takeScreenshot(false);
        return;
    }
    if (m_window->isViewReady())
        QTimer::singleShot(300, this, [this] { takeScreenshot(true); });
}

void ConsoleSession::takeScreenshot(bool loaded)
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    const QPixmap pixmap = m_window->grab();
    QSaveFile file(m_options.screenshotPath);
    const bool saved = !pixmap.isNull() && file.open(QIODevice::WriteOnly)
                       && pixmap.save(&file, "PNG") && file.commit();
    if (!saved) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Could not save the screenshot to %1: %2")
                                        .arg(m_options.screenshotPath, file.errorString())));
    }
    Q_EMIT screenshotFinished(!saved ? 1 : (loaded ? 0 : 2));
}

} // namespace bc::app
