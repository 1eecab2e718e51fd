#pragma once

#include "core/api/environment.h"
#include "core/store/mirrorlist.h"
#include "models/section.h"
#include "ui/consolecontext.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace bc::sync {
struct SyncFailure;
struct SyncProgress;
struct SyncSummary;
} // namespace bc::sync

namespace bc::models {
class BusinessCenterTableModel;
class NavigatorModel;
} // namespace bc::models

namespace bc::ui {

class ActivityPanel;
class BusinessCentersPanel;
class EnvironmentBanner;
class MirrorTablePanel;
class OverviewPanel;
class SyncStatusWidget;

// The console's main window: environment banner on top, navigator on the left (profile →
// Business Centers → sections, and the request log), the selected panel on the right, the
// environment and the sync's progress in the status bar.
//
// The window outlives environments: setContext() shows one profile's client and mirror,
// clearContext() lets go of them and empties every panel, so that a switch of environment (the
// session's job, asked for with environmentRequested()) never leaves a row of the previous one
// on screen. Window geometry, splitter, table layouts and the last section shown are kept in
// QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setContext(const ConsoleContext &context);
    void clearContext();
    [[nodiscard]] bool hasContext() const { return m_context.client != nullptr; }
    [[nodiscard]] const ConsoleContext &context() const { return m_context; }

    // F5: the list on screen (a section's list, the BC list, or a whole BC from its overview).
    void refresh();
    // The Business Center list from the API (what a session does first).
    void loadBusinessCenters();
    // Shift+F5: every list of the current Business Center.
    void refreshBusinessCenter();
    void cancelRefresh();
    // TikTok rejected the profile's token (40105, 40102, ...): the status bar offers to sign in
    // again; everything shown stays. Cleared by clearContext().
    void showNeedsSignIn();
    [[nodiscard]] QToolButton *signInAgainButton() const { return m_signInAgain; }

    // Opens a section of a Business Center (and selects it in the navigator); false when the BC
    // is not in the navigator. `scope` picks an asset type under Assets.
    bool showSection(const QString &bcId, models::Section section, const QString &scope = {});
    // The Business Center shown or last chosen; empty when none.
    [[nodiscard]] QString currentBusinessCenter() const { return m_bcId; }
    [[nodiscard]] std::optional<models::Section> currentSection() const { return m_section; }
    // The section on screen has its rows (or figures) and no sync is running.
    [[nodiscard]] bool isViewReady() const;

    [[nodiscard]] BusinessCentersPanel *businessCentersPanel() const { return m_bcPanel; }
    [[nodiscard]] MirrorTablePanel *tablePanel() const { return m_tablePanel; }
    [[nodiscard]] OverviewPanel *overviewPanel() const { return m_overviewPanel; }
    [[nodiscard]] ActivityPanel *activityPanel() const { return m_activityPanel; }
    [[nodiscard]] QWidget *currentPanel() const;
    [[nodiscard]] EnvironmentBanner *environmentBanner() const { return m_banner; }
    [[nodiscard]] QTreeView *navigator() const { return m_navigator; }
    [[nodiscard]] models::NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    [[nodiscard]] models::BusinessCenterTableModel *businessCenterModel() const { return m_model; }
    [[nodiscard]] QLabel *environmentBadge() const { return m_badge; }
    [[nodiscard]] SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    [[nodiscard]] QMenu *environmentMenu() const { return m_environmentMenu; }
    [[nodiscard]] QAction *environmentAction(api::EnvironmentKind kind) const;

Q_SIGNALS:
    // The Business Center list finished loading from the API, successfully or not.
    void loadFinished(bool ok);
    // The user asked for another environment (toolbar, menu or Ctrl+Shift+E).
    void environmentRequested(bc::api::EnvironmentKind kind);
    // The section on screen has loaded and no sync is running (isViewReady()).
    void viewReady();
    // File → Profiles… and Business Center → Sign in…: dialogs the session owns the data of.
    void profilesRequested();
    void signInRequested();
    void signInStatusRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void showEnvironment(const api::Environment &environment);
    void onNavigatorCurrentChanged(const QModelIndex &current);
    void showProfile();
    void showListSection(const QString &bcId, models::Section section, const QString &scope);
    void showOverview(const QString &bcId);
    void showActivity();
    void syncIfNeverSynced(const QString &bcId);
    void onSyncProgress(const sync::SyncProgress &progress);
    void onSyncListFailed(const sync::SyncFailure &failure);
    void onSyncListSucceeded(const QString &name);
    void onSyncFinished(const sync::SyncSummary &summary);
    void checkViewReady();
    void openRelated(store::MirrorList list, const QString &scope, const QString &selectId);
    void restoreSelection();
    void saveSelection() const;
    void saveTableLayout() const;
    void restoreTableLayout();
    void showEnvironmentMenu();
    void showAbout();
    [[nodiscard]] bool currentListMatches(const QString &listName) const;

    ConsoleContext m_context;
    models::BusinessCenterTableModel *m_model;
    models::NavigatorModel *m_navigatorModel;
    EnvironmentBanner *m_banner;
    QTreeView *m_navigator;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    BusinessCentersPanel *m_bcPanel;
    MirrorTablePanel *m_tablePanel;
    OverviewPanel *m_overviewPanel;
    ActivityPanel *m_activityPanel;
    QLabel *m_badge;
    QLabel *m_profileLabel = nullptr;
    SyncStatusWidget *m_syncStatus;
    QToolButton *m_signInAgain;

    QAction *m_refresh = nullptr;
    QAction *m_refreshBc = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_filter = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_switchEnvironment = nullptr;
    QActionGroup *m_environments = nullptr;
    QMenu *m_environmentMenu = nullptr;
    QList<QAction *> m_sectionActions;

    QString m_bcId;                           // the Business Center on screen or last chosen
    std::optional<models::Section> m_section; // nothing: the profile's BC list
    QString m_scope;
    bool m_restoring = false; // selection restore in progress: do not save it back
    bool m_selectionRestored = false;
    bool m_overviewLoaded = false;
    QString m_syncedBcAutomatically; // a never-synced BC is synced once when opened
};

} // namespace bc::ui
