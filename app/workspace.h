#pragma once

#include "core/api/environment.h"
#include "core/store/profile.h"
#include "ui/consolecontext.h"

#include <QObject>

#include <memory>

namespace bc::api {
class ApiClient;
}
namespace bc::store {
class ActivityRecorder;
class ActivityStore;
class MirrorStore;
class MirrorWriter;
} // namespace bc::store
namespace bc::sync {
class SyncService;
}

namespace bc::app {

// Everything the console holds for one profile in one environment: its API client (with the
// profile's token), its local mirror with the writer and sync that fill it, and the recorder
// that keeps its request log. Switching environments destroys one workspace and builds another,
// so no object, token or row of one environment is reachable from the next.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    // Opens (creates, migrates) the profile's mirror in `dataDirectory`; a mirror that cannot
    // be opened leaves the workspace working from the API alone, with mirrorProblem() saying why.
    Workspace(const store::Profile &profile, const api::Environment &environment,
              const QString &dataDirectory, const QString &accessToken, QObject *parent = nullptr);
    ~Workspace() override;

    // What the main window borrows; valid as long as the workspace lives.
    [[nodiscard]] ui::ConsoleContext context() const;
    [[nodiscard]] api::ApiClient *client() const { return m_client.get(); }
    [[nodiscard]] store::MirrorStore *mirror() const { return m_mirror.get(); }
    [[nodiscard]] const store::Profile &profile() const { return m_profile; }
    [[nodiscard]] QString mirrorProblem() const { return m_mirrorProblem; }

    // "Demo", "Sandbox", "Production" for the implicit profiles, else the profile's name.
    [[nodiscard]] static QString titleFor(const store::Profile &profile,
                                          const api::Environment &environment);

private:
    void openMirror(const QString &dataDirectory);

    store::Profile m_profile;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<store::MirrorStore> m_mirror;
    std::unique_ptr<store::MirrorWriter> m_writer;
    std::unique_ptr<sync::SyncService> m_sync;
    std::unique_ptr<store::ActivityStore> m_activityStore;
    std::unique_ptr<store::ActivityRecorder> m_activityRecorder;
    QString m_mirrorProblem;
    QString m_title;
    bool m_hasToken = false;
};

} // namespace bc::app
