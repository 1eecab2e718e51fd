#include "app/consolesession.h"

#include "core/api/apiclient.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "core/store/profileregistry.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"
#include "ui/mainwindow.h"
#include "ui/panels/businesscenterspanel.h"
#include "ui/widgets/errorbanner.h"

#include <QBuffer>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bc::app {

namespace {

// How long --screenshot waits for the first load before saving whatever is on screen.
constexpr int screenshotDeadlineMs = 60000;

} // namespace

ConsoleSession::ConsoleSession(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

ConsoleSession::~ConsoleSession()
{
    // The window uses the client and the mirror; the client talks to the emulator: tear down in
    // that order. The writer finishes its queued writes before it goes.
    m_window.reset();
    m_writer.reset();
    m_mirror.reset();
    delete m_client;
    m_emulator.reset();
}

bool ConsoleSession::start(QString *error)
{
    const api::ConnectionSettings &connection = m_options.connection;
    QString token;
    QUrl demoUrl;
    if (connection.environment == api::EnvironmentKind::Demo) {
        emulator::EmulatorConfig config;
        config.accessToken = token = emulator::EmulatorConfig::randomAccessToken();
        config.seed = m_options.demoSeed;
        config.businessCenterCount = m_options.demoBusinessCenters;
        m_emulator = std::make_unique<emulator::EmulatorHost>(config);
        if (!m_emulator->start()) {
            *error = tr("The demo environment could not start: %1").arg(m_emulator->errorString());
            return false;
        }
        demoUrl = m_emulator->baseUrl();
    }
    if (!connection.readToken(&token, error))
        return false;
    const api::Environment environment = connection.resolve(demoUrl);

    m_client = new api::ApiClient(environment);
    m_client->setAccessToken(token);

    const QString profileName = environment.kind() == api::EnvironmentKind::Custom
                                        ? environment.baseUrl().authority()
                                        : environment.displayName();
    m_window = std::make_unique<ui::MainWindow>(m_client, profileName);
    openMirror(environment);
    ui::BusinessCentersPanel *panel = m_window->businessCentersPanel();
    panel->setMirror(m_mirror.get(), m_writer.get());
    if (!m_mirrorProblem.isEmpty())
        panel->errorBanner()->showError(m_mirrorProblem);
    // What the last session saw is on screen at once, offline too; the refresh below updates it.
    panel->showMirror();

    if (!m_options.screenshotPath.isEmpty()) {
        connect(m_window.get(), &ui::MainWindow::loadFinished, this, [this](bool ok) {
            // Let the layout settle and paint once before grabbing.
            QTimer::singleShot(200, this, [this, ok] { takeScreenshot(ok); });
        });
        QTimer::singleShot(screenshotDeadlineMs, this, [this] { takeScreenshot(false); });
    }
    m_window->show();
    m_window->refresh();
    return true;
}

void ConsoleSession::openMirror(const api::Environment &environment)
{
    const store::Profile profile =
            store::Profile::implicitFor(environment.kind(), environment.baseUrl());
    const store::ProfileRegistry registry(m_options.dataDirectory.isEmpty()
                                                  ? store::ProfileRegistry::defaultDataDirectory()
                                                  : m_options.dataDirectory);
    const store::StoreLocation location = registry.location(profile);
    const store::StoreIdentity identity = store::ProfileRegistry::identity(profile);
    // Opened (created, migrated) here first, so that the writer's own connection finds it ready.
    store::StoreError error;
    store::OpenReport report;
    m_mirror = store::MirrorStore::open(location, identity, &error, &report);
    if (!m_mirror) {
        m_mirrorProblem = tr("The local mirror is not available, so nothing is kept between "
                             "sessions. %1")
                                  .arg(error.describe());
        return;
    }
    if (!report.movedAsidePath.isEmpty()) {
        m_mirrorProblem = tr("The local mirror was damaged and has been rebuilt; the damaged file "
                             "was kept as %1.")
                                  .arg(report.movedAsidePath);
    }
    m_writer = std::make_unique<store::MirrorWriter>(location, identity);
    m_writer->start();
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
