#pragma once

#include "core/api/activityentry.h"
#include "core/store/profile.h"

#include <QList>
#include <QString>

namespace bc::api {
class ApiClient;
}
namespace bc::store {
class MirrorStore;
class MirrorWriter;
} // namespace bc::store
namespace bc::sync {
class SyncService;
}

namespace bc::ui {

// Everything the main window shows belongs to one profile in one environment: its API client,
// its local mirror and the sync that fills it. The window borrows these (the session owns them)
// and lets go of every one in MainWindow::clearContext() before they are destroyed, so that
// nothing of one environment can stay on screen in another.
struct ConsoleContext
{
    store::Profile profile;
    QString profileTitle; // what the title bar and navigator call the profile
    api::ApiClient *client = nullptr;
    store::MirrorStore *mirror = nullptr; // null when the mirror could not be opened
    store::MirrorWriter *writer = nullptr;
    sync::SyncService *sync = nullptr;
    QString mirrorProblem;                     // why the mirror is missing or was rebuilt
    QList<api::ActivityEntry> earlierActivity; // the request log of earlier runs, newest first
    bool hasToken = false; // false: show the mirror only and say that sign-in is needed
};

} // namespace bc::ui
