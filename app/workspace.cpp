#include "app/workspace.h"

#include "core/api/apiclient.h"
#include "core/store/activityrecorder.h"
#include "core/store/activitystore.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "core/store/profileregistry.h"
#include "core/sync/syncservice.h"

#include <QDir>

namespace bc::app {

namespace {

// How many entries of earlier runs the Activity panel shows next to this run's.
constexpr int earlierActivityShown = 500;

} // namespace

Workspace::Workspace(const store::Profile &profile, const api::Environment &environment,
                     const QString &dataDirectory, const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(std::make_unique<api::ApiClient>(environment))
    , m_title(titleFor(profile, environment))
    , m_hasToken(!accessToken.isEmpty())
{
    m_client->setAccessToken(accessToken);
    openMirror(dataDirectory);
    if (m_writer)
        m_sync = std::make_unique<sync::SyncService>(m_client.get(), m_writer.get());
    if (m_mirror) {
        m_activityStore = std::make_unique<store::ActivityStore>(m_mirror->connection(),
                                                                 m_mirror->identity().profile);
        m_activityRecorder = std::make_unique<store::ActivityRecorder>(m_client->activityLog(),
                                                                       m_activityStore.get());
    }
}

Workspace::~Workspace()
{
    // The sync talks to the client and the writer; the recorder to the log and the store. The
    // writer finishes its queued writes before it goes.
    m_activityRecorder.reset();
    m_sync.reset();
    m_client.reset();
    m_writer.reset();
    m_activityStore.reset();
    m_mirror.reset();
}

QString Workspace::titleFor(const store::Profile &profile, const api::Environment &environment)
{
    const store::Profile implicit = store::Profile::implicitFor(
            environment.kind(),
            environment.kind() == api::EnvironmentKind::Custom ? environment.baseUrl() : QUrl());
    if (profile.name != implicit.name)
        return profile.name;
    return environment.kind() == api::EnvironmentKind::Custom ? environment.baseUrl().authority()
                                                              : environment.displayName();
}

ui::ConsoleContext Workspace::context() const
{
    ui::ConsoleContext context;
    context.profile = m_profile;
    context.profileTitle = m_title;
    context.client = m_client.get();
    context.mirror = m_mirror.get();
    context.writer = m_writer.get();
    context.sync = m_sync.get();
    context.mirrorProblem = m_mirrorProblem;
    context.hasToken = m_hasToken;
    if (m_activityStore) {
        store::ActivityQuery query;
        query.limit = earlierActivityShown;
        context.earlierActivity = m_activityStore->entries(query);
    }
    return context;
}

void Workspace::openMirror(const QString &dataDirectory)
{
    const store::ProfileRegistry registry(dataDirectory.isEmpty()
                                                  ? store::ProfileRegistry::defaultDataDirectory()
                                                  : dataDirectory);
    const store::StoreLocation location = registry.location(m_profile);
    const store::StoreIdentity identity = store::ProfileRegistry::identity(m_profile);
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
                                  .arg(QDir::toNativeSeparators(report.movedAsidePath));
    }
    m_writer = std::make_unique<store::MirrorWriter>(location, identity);
    m_writer->start();
}

} // namespace bc::app
