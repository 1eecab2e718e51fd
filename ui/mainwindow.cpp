#include "ui/mainwindow.h"

#include "core/api/activitylog.h"
#include "core/api/apiclient.h"
#include "core/store/mirrorlist.h"
#include "core/store/mirrorstore.h"
#include "core/sync/syncfailure.h"
#include "core/sync/syncprogress.h"
#include "core/sync/syncservice.h"
#include "core/sync/syncsummary.h"
#include "models/businesscentertablemodel.h"
#include "models/mirrortablemodel.h"
#include "models/navigatormodel.h"
#include "models/roles.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/panels/activitypanel.h"
#include "ui/panels/businesscenterspanel.h"
#include "ui/panels/mirrortablepanel.h"
#include "ui/panels/overviewpanel.h"
#include "ui/preferences.h"
#include "ui/widgets/environmentbanner.h"
#include "ui/widgets/environmentpalette.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/syncstatuswidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

// Ctrl+1..9 open these sections of the current Business Center, in the navigator's order.
constexpr models::Section numberedSections[] = {
        models::Section::Overview,      models::Section::AdAccounts, models::Section::Members,
        models::Section::Partners,      models::Section::Assets,     models::Section::AssetGroups,
        models::Section::BillingGroups, models::Section::Invoices,   models::Section::Transactions,
};

const QString settingsGeometry = u"window/geometry"_s;
const QString settingsState = u"window/state"_s;
const QString settingsSplitter = u"window/splitter"_s;

QString selectionKey(const store::Profile &profile)
{
    return u"selection/"_s + profile.name;
}

// The navigator section that shows `list`, if one does (each list has at most one).
std::optional<models::Section> sectionShowing(store::MirrorList list)
{
    for (const models::Section section : models::allSections()) {
        if (models::sectionList(section) == list)
            return section;
    }
    return std::nullopt;
}

QString layoutKey(store::MirrorList list)
{
    return u"tables/"_s + store::mirrorListSpec(list).key;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new models::BusinessCenterTableModel(this))
    , m_navigatorModel(new models::NavigatorModel(this))
    , m_banner(new EnvironmentBanner(this))
    , m_navigator(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_bcPanel(new BusinessCentersPanel(nullptr, m_model, this))
    , m_tablePanel(new MirrorTablePanel(this))
    , m_overviewPanel(new OverviewPanel(this))
    , m_activityPanel(new ActivityPanel(this))
    , m_badge(new QLabel(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_signInAgain(new QToolButton(this))
{
    setWindowIcon(QIcon(u":/icons/bcconsole.svg"_s));
    m_navigatorModel->setAssetTypes(sync::SyncService::defaultAssetTypes());

    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setUniformRowHeights(true);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorCurrentChanged);
    // The profile open, its Business Centers closed: a BC opens when one of its sections is
    // shown (showSection() scrolls to it).
    connect(m_navigatorModel, &QAbstractItemModel::rowsInserted, this, [this] {
        m_navigator->expandToDepth(0);
        restoreSelection();
    });
    connect(m_navigatorModel, &QAbstractItemModel::modelReset, this, [this] {
        m_navigator->expandToDepth(0);
        restoreSelection();
    });

    m_stack->addWidget(m_bcPanel);
    m_stack->addWidget(m_tablePanel);
    m_stack->addWidget(m_overviewPanel);
    m_stack->addWidget(m_activityPanel);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 1040});
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_signInAgain->setText(tr("Sign in again…"));
    m_signInAgain->setToolTip(
            tr("TikTok no longer accepts this profile's token; what is shown stays as it is"));
    m_signInAgain->setAccessibleName(tr("Sign in again"));
    m_signInAgain->hide();
    connect(m_signInAgain, &QToolButton::clicked, this, &MainWindow::signInRequested);
    statusBar()->addPermanentWidget(m_signInAgain);
    statusBar()->addPermanentWidget(m_syncStatus);
    // The status bar names the environment too, so it is visible even with the banner out of a
    // screenshot or of a screen reader's focus.
    statusBar()->addPermanentWidget(m_badge);
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, this, &MainWindow::cancelRefresh);

    createActions();
    createMenus();
    createToolBar();

    connect(m_bcPanel, &BusinessCentersPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_bcPanel, &BusinessCentersPanel::loadFinished, this, &MainWindow::loadFinished);
    const auto updateNavigator = [this] {
        m_navigatorModel->setBusinessCenters(m_model->businessCenters());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateNavigator);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateNavigator);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateNavigator);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateNavigator);

    connect(m_tablePanel, &MirrorTablePanel::refreshRequested, this, &MainWindow::refresh);
    connect(m_tablePanel, &MirrorTablePanel::cancelRequested, this, &MainWindow::cancelRefresh);
    connect(m_tablePanel, &MirrorTablePanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_tablePanel, &MirrorTablePanel::relatedRequested, this,
            [this](store::MirrorList list, const QString &scope, const QString &selectId) {
                openRelated(list, scope, selectId);
            });
    connect(m_tablePanel, &MirrorTablePanel::currentIdChanged, this, [this] { saveSelection(); });
    connect(m_overviewPanel, &OverviewPanel::listRequested, this, [this](store::MirrorList list) {
        if (const auto section = sectionShowing(list))
            showSection(m_bcId, *section);
    });
    connect(m_overviewPanel, &OverviewPanel::loaded, this, [this] {
        m_overviewLoaded = true;
        checkViewReady();
    });

    setTabOrder(m_navigator, m_stack);
    resize(1280, 760);

    QSettings settings;
    restoreGeometry(settings.value(settingsGeometry).toByteArray());
    restoreState(settings.value(settingsState).toByteArray());
    m_splitter->restoreState(settings.value(settingsSplitter).toByteArray());
    clearContext();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_refresh = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Fetch the list on screen again (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_refreshBc = new QAction(tr("Refresh the whole &Business Center"), this);
    m_refreshBc->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_refreshBc->setStatusTip(tr("Fetch every list of the current Business Center (Shift+F5)"));
    connect(m_refreshBc, &QAction::triggered, this, &MainWindow::refreshBusinessCenter);

    m_cancel = new QAction(tr("&Cancel refresh"), this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelRefresh);

    m_filter = new QAction(tr("&Filter the table"), this);
    m_filter->setShortcut(QKeySequence::Find);
    connect(m_filter, &QAction::triggered, this, [this] {
        if (currentPanel() == m_tablePanel)
            m_tablePanel->focusFilter();
        else if (currentPanel() == m_activityPanel)
            m_activityPanel->focusFilter();
        else if (currentPanel() == m_bcPanel)
            m_bcPanel->focusFilter();
    });

    m_exportCsv = new QAction(tr("&Export table as CSV…"), this);
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        if (currentPanel() != m_tablePanel || !m_tablePanel->list())
            return;
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Export table as CSV"),
                store::mirrorListSpec(*m_tablePanel->list()).key + u".csv"_s,
                tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (m_tablePanel->exportCsv(path, &error))
            statusBar()->showMessage(tr("Exported to %1").arg(path));
        else
            m_tablePanel->showError(error);
    });

    m_switchEnvironment = new QAction(tr("&Switch environment…"), this);
    m_switchEnvironment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_switchEnvironment, &QAction::triggered, this, &MainWindow::showEnvironmentMenu);

    m_environments = new QActionGroup(this);
    m_environments->setExclusive(true);
    for (const api::EnvironmentKind kind :
         {api::EnvironmentKind::Demo, api::EnvironmentKind::Sandbox,
          api::EnvironmentKind::Production}) {
        QString text;
        QString tip;
        switch (kind) {
        case api::EnvironmentKind::Demo:
            text = tr("&Demo");
            tip = tr("The built-in demo: generated data, no account, no network");
            break;
        case api::EnvironmentKind::Sandbox:
            text = tr("&Sandbox");
            tip = tr("TikTok's sandbox: test accounts, no real money");
            break;
        case api::EnvironmentKind::Production:
            text = tr("&Production");
            tip = tr("TikTok's live API: real accounts and real money");
            break;
        case api::EnvironmentKind::Custom:
            break;
        }
        auto *action = new QAction(text, m_environments);
        action->setCheckable(true);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        action->setData(static_cast<int>(kind));
        connect(action, &QAction::triggered, this, [this, kind] {
            if (!hasContext() || m_context.client->environment().kind() != kind)
                Q_EMIT environmentRequested(kind);
        });
    }

    int number = 1;
    for (const models::Section section : numberedSections) {
        auto *action = new QAction(models::sectionTitle(section), this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, section] {
            QString bcId = m_bcId;
            if (bcId.isEmpty() && !m_model->businessCenters().isEmpty())
                bcId = m_model->businessCenters().constFirst().id;
            if (!bcId.isEmpty())
                showSection(bcId, section);
        });
        m_sectionActions.append(action);
        ++number;
    }
}

void MainWindow::createMenus()
{
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *profiles = new QAction(tr("&Profiles…"), this);
    profiles->setStatusTip(tr("Create, edit and remove profiles (environment, app, app secret)"));
    connect(profiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    auto *preferences = new QAction(tr("Pre&ferences…"), this);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(Preferences::load(), this);
        if (dialog.exec() == QDialog::Accepted)
            dialog.preferences().save();
    });
    auto *signIn = new QAction(tr("&Sign in…"), this);
    signIn->setStatusTip(tr("Authorize this profile's app for your TikTok ad accounts"));
    connect(signIn, &QAction::triggered, this, &MainWindow::signInRequested);

    auto *signInStatus = new QAction(tr("Sign-in s&tatus…"), this);
    signInStatus->setStatusTip(
            tr("Which accounts and scopes each profile's sign-in reaches, and until when"));
    connect(signInStatus, &QAction::triggered, this, &MainWindow::signInStatusRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(profiles);
    file->addAction(signIn);
    file->addAction(signInStatus);
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(m_exportCsv);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_filter);
    auto *focusNavigator = view->addAction(tr("Go to &navigator"));
    focusNavigator->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    connect(focusNavigator, &QAction::triggered, this,
            [this] { m_navigator->setFocus(Qt::ShortcutFocusReason); });
    auto *focusTable = view->addAction(tr("Go to &table"));
    focusTable->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    connect(focusTable, &QAction::triggered, this,
            [this] { currentPanel()->setFocus(Qt::ShortcutFocusReason); });
    view->addSeparator();
    for (QAction *action : std::as_const(m_sectionActions))
        view->addAction(action);
    auto *activity = view->addAction(tr("&Activity (request log)"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(activity, &QAction::triggered, this, [this] {
        const QModelIndex index = m_navigatorModel->activityIndex();
        if (index.isValid())
            m_navigator->setCurrentIndex(index);
    });

    QMenu *bc = menuBar()->addMenu(tr("&Business Center"));
    bc->addAction(m_refresh);
    bc->addAction(m_refreshBc);
    bc->addAction(m_cancel);

    m_environmentMenu = menuBar()->addMenu(tr("&Environment"));
    m_environmentMenu->addActions(m_environments->actions());
    m_environmentMenu->addSeparator();
    m_environmentMenu->addAction(m_switchEnvironment);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About BC Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileLabel = new QLabel(toolbar);
    m_profileLabel->setContentsMargins(6, 0, 12, 0);
    toolbar->addWidget(m_profileLabel);
    auto *environmentLabel = new QLabel(tr("Environment:"), toolbar);
    environmentLabel->setContentsMargins(0, 0, 4, 0);
    toolbar->addWidget(environmentLabel);
    // One click from one environment to another; the checked one is the one on screen.
    for (QAction *action : m_environments->actions()) {
        toolbar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action))) {
            const auto kind = static_cast<api::EnvironmentKind>(action->data().toInt());
            button->setObjectName(u"environment-"_s + api::Environment::key(kind));
            button->setStyleSheet(u"QToolButton:checked { %1 font-weight: bold; }"_s.arg(
                    EnvironmentPalette::forKind(kind).styleSheet()));
        }
    }
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
}

QAction *MainWindow::environmentAction(api::EnvironmentKind kind) const
{
    for (QAction *action : m_environments->actions()) {
        if (static_cast<api::EnvironmentKind>(action->data().toInt()) == kind)
            return action;
    }
    return nullptr;
}

void MainWindow::setContext(const ConsoleContext &context)
{
    clearContext();
    m_context = context;
    const api::Environment &environment = context.client->environment();
    showEnvironment(environment);

    m_bcPanel->setClient(context.client);
    m_bcPanel->setMirror(context.mirror, context.writer);
    if (!context.mirrorProblem.isEmpty())
        m_bcPanel->errorBanner()->showError(context.mirrorProblem);
    if (!context.hasToken) {
        m_bcPanel->errorBanner()->showError(
                tr("Not signed in to %1: the console shows the local mirror only. Sign in to "
                   "fetch fresh data.")
                        .arg(environment.displayName()));
    }
    m_activityPanel->setSources(context.client->activityLog(), context.earlierActivity);

    if (context.sync) {
        connect(context.sync, &sync::SyncService::progressChanged, this,
                &MainWindow::onSyncProgress);
        connect(context.sync, &sync::SyncService::listFailed, this, &MainWindow::onSyncListFailed);
        connect(context.sync, &sync::SyncService::listSucceeded, this,
                [this](const QString &name) { onSyncListSucceeded(name); });
        connect(context.sync, &sync::SyncService::finished, this, &MainWindow::onSyncFinished);
    }

    m_navigatorModel->setProfile(context.profileTitle, environment.badge());
    m_selectionRestored = false;
    showProfile();
    // What the last session saw is on screen at once, offline too (and the last section shown
    // comes back as soon as its BC is in the navigator).
    m_bcPanel->showMirror();
    restoreSelection();
}

void MainWindow::clearContext()
{
    saveTableLayout();
    if (m_context.sync)
        disconnect(m_context.sync, nullptr, this, nullptr);
    m_context = {};
    m_bcId.clear();
    m_section.reset();
    m_scope.clear();
    m_syncedBcAutomatically.clear();
    m_syncStatus->showIdle();
    m_signInAgain->hide();

    m_bcPanel->clear();
    m_bcPanel->setClient(nullptr);
    m_bcPanel->setMirror(nullptr, nullptr);
    m_tablePanel->clear();
    m_overviewPanel->clear();
    m_activityPanel->clear();
    m_navigatorModel->setBusinessCenters({});
    m_navigatorModel->setProfile({}, {});
    m_stack->setCurrentWidget(m_bcPanel);

    setWindowTitle(tr("BC Console"));
    m_banner->hide();
    m_badge->clear();
    m_badge->setStyleSheet({});
    m_profileLabel->clear();
    for (QAction *action : m_environments->actions())
        action->setChecked(false);
}

void MainWindow::showEnvironment(const api::Environment &environment)
{
    setWindowTitle(tr("BC Console — %1 (%2)").arg(m_context.profileTitle, environment.badge()));
    m_banner->setEnvironment(environment);
    m_banner->show();
    const EnvironmentPalette palette = EnvironmentPalette::forKind(environment.kind());
    m_badge->setText(u" %1 "_s.arg(environment.badge()));
    m_badge->setStyleSheet(palette.styleSheet() + u" font-weight: bold; padding: 1px 6px;"_s);
    m_badge->setToolTip(environment.baseUrl().toDisplayString());
    m_badge->setAccessibleName(tr("Environment: %1").arg(environment.badge()));
    m_profileLabel->setText(tr("Profile: <b>%1</b>").arg(m_context.profileTitle.toHtmlEscaped()));
    if (QAction *action = environmentAction(environment.kind()))
        action->setChecked(true);
}

QWidget *MainWindow::currentPanel() const
{
    return m_stack->currentWidget();
}

bool MainWindow::showSection(const QString &bcId, models::Section section, const QString &scope)
{
    const QModelIndex index = section == models::Section::Activity
                                      ? m_navigatorModel->activityIndex()
                                      : m_navigatorModel->sectionIndex(bcId, section, scope);
    if (!index.isValid())
        return false;
    m_navigator->expand(index.parent());
    m_navigator->setCurrentIndex(index);
    m_navigator->scrollTo(index);
    return true;
}

void MainWindow::onNavigatorCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || !hasContext())
        return;
    const auto kind = current.data(models::NodeKindRole).value<models::NavigatorModel::NodeKind>();
    switch (kind) {
    case models::NavigatorModel::NodeKind::Profile:
        showProfile();
        break;
    case models::NavigatorModel::NodeKind::BusinessCenter:
        showOverview(current.data(models::IdRole).toString());
        break;
    case models::NavigatorModel::NodeKind::Section: {
        const auto section =
                static_cast<models::Section>(current.data(models::SectionRole).toInt());
        const QString bcId = current.data(models::BcIdRole).toString();
        if (section == models::Section::Activity)
            showActivity();
        else if (section == models::Section::Overview)
            showOverview(bcId);
        else
            showListSection(bcId, section, current.data(models::ScopeRole).toString());
        break;
    }
    }
    saveSelection();
}

void MainWindow::showProfile()
{
    saveTableLayout();
    m_section.reset();
    m_stack->setCurrentWidget(m_bcPanel);
    checkViewReady();
}

void MainWindow::showOverview(const QString &bcId)
{
    saveTableLayout();
    m_bcId = bcId;
    m_section = models::Section::Overview;
    m_scope.clear();
    QString name;
    for (const domain::BusinessCenter &center : m_model->businessCenters()) {
        if (center.id == bcId)
            name = center.name;
    }
    m_overviewLoaded = false;
    m_overviewPanel->showBusinessCenter(m_context.mirror, bcId, name);
    m_stack->setCurrentWidget(m_overviewPanel);
    syncIfNeverSynced(bcId);
    checkViewReady();
}

void MainWindow::showActivity()
{
    saveTableLayout();
    m_section = models::Section::Activity;
    m_stack->setCurrentWidget(m_activityPanel);
    checkViewReady();
}

void MainWindow::showListSection(const QString &bcId, models::Section section, const QString &scope)
{
    const std::optional<store::MirrorList> list = models::sectionList(section);
    if (!list)
        return;
    saveTableLayout();
    m_bcId = bcId;
    m_section = section;
    m_scope = scope;
    m_stack->setCurrentWidget(m_tablePanel);
    m_tablePanel->showList(m_context.mirror, *list, bcId,
                           scope.isEmpty() ? std::nullopt : std::optional<QString>(scope));
    restoreTableLayout();
    if (!m_context.mirror)
        m_tablePanel->setEmptyReason(MirrorTablePanel::EmptyReason::NoMirror);
    if (m_context.sync && m_context.sync->isRunning()) {
        const sync::SyncProgress progress = m_context.sync->progress();
        m_tablePanel->setSyncProgress(progress.pagesDone, progress.pagesTotal);
    }
    if (models::MirrorTableModel *model = m_tablePanel->model())
        connect(model, &models::MirrorTableModel::loaded, this, &MainWindow::checkViewReady);
    syncIfNeverSynced(bcId);
    checkViewReady();
}

void MainWindow::syncIfNeverSynced(const QString &bcId)
{
    // A Business Center opened for the first time is fetched at once: an empty panel that waits
    // for F5 helps nobody. Once per BC and session, and never without a token.
    if (!m_context.sync || !m_context.mirror || !m_context.hasToken || bcId.isEmpty()
        || m_context.sync->isRunning() || m_syncedBcAutomatically.contains(bcId))
        return;
    store::StoreError error;
    if (m_context.mirror->freshness(store::MirrorList::AdAccounts, bcId, {}, &error)
        || error.isError())
        return;
    m_syncedBcAutomatically = bcId;
    m_context.sync->syncBusinessCenter(bcId);
}

void MainWindow::refresh()
{
    if (!hasContext())
        return;
    if (!m_section) {
        m_bcPanel->refresh();
        return;
    }
    if (!m_context.sync || m_context.sync->isRunning())
        return;
    switch (*m_section) {
    case models::Section::Activity:
        m_activityPanel->setSources(m_context.client->activityLog(), m_context.earlierActivity);
        return;
    case models::Section::Overview:
        m_context.sync->syncBusinessCenter(m_bcId);
        return;
    default:
        break;
    }
    if (const auto list = models::sectionList(*m_section)) {
        m_tablePanel->clearError();
        m_context.sync->syncList(m_bcId, *list, m_scope);
    }
}

void MainWindow::loadBusinessCenters()
{
    if (hasContext())
        m_bcPanel->refresh();
}

void MainWindow::refreshBusinessCenter()
{
    if (!hasContext() || !m_context.sync || m_context.sync->isRunning() || m_bcId.isEmpty())
        return;
    m_tablePanel->clearError();
    m_context.sync->syncBusinessCenter(m_bcId);
}

void MainWindow::cancelRefresh()
{
    if (m_context.sync && m_context.sync->isRunning())
        m_context.sync->cancel();
    m_bcPanel->cancel();
}

void MainWindow::showNeedsSignIn()
{
    if (!hasContext())
        return;
    m_signInAgain->show();
    statusBar()->showMessage(tr("TikTok rejected the token of %1: sign in again to fetch fresh "
                                "data. The local mirror is kept.")
                                     .arg(m_context.profileTitle));
}

void MainWindow::onSyncProgress(const sync::SyncProgress &progress)
{
    QString what = tr("Syncing");
    for (const domain::BusinessCenter &center : m_model->businessCenters()) {
        if (center.id == m_bcId)
            what = tr("Syncing %1").arg(center.name);
    }
    m_syncStatus->showProgress(what, progress.pagesDone, progress.pagesTotal);
    if (currentPanel() == m_tablePanel)
        m_tablePanel->setSyncProgress(progress.pagesDone, progress.pagesTotal);
}

bool MainWindow::currentListMatches(const QString &listName) const
{
    if (currentPanel() != m_tablePanel || !m_tablePanel->list())
        return false;
    const QString key = store::mirrorListSpec(*m_tablePanel->list()).key;
    // "assets/CATALOG" matches the Assets panel of every type and of CATALOG.
    const QString base = listName.section(u'/', 0, 0);
    if (base != key)
        return false;
    const QString scope = listName.section(u'/', 1);
    return !m_tablePanel->scope() || scope.isEmpty() || *m_tablePanel->scope() == scope;
}

void MainWindow::onSyncListFailed(const sync::SyncFailure &failure)
{
    if (failure.cancelled())
        return;
    statusBar()->showMessage(failure.describe());
    if (!currentListMatches(failure.name))
        return;
    if (failure.storeError.isError()) {
        m_tablePanel->showError(failure.storeError.describe());
        return;
    }
    m_tablePanel->showError(failure.error.explanation(), failure.error.requestId);
    if (failure.error.kind == api::ApiError::Kind::Permission) {
        const bool finance = failure.list == store::MirrorList::Invoices
                             || failure.list == store::MirrorList::BcTransactions
                             || failure.list == store::MirrorList::AccountTransactions
                             || failure.list == store::MirrorList::BcBalance
                             || failure.list == store::MirrorList::AccountBalances
                             || failure.list == store::MirrorList::AccountCosts;
        m_tablePanel->setEmptyReason(finance ? MirrorTablePanel::EmptyReason::NeedsFinanceRole
                                             : MirrorTablePanel::EmptyReason::NoPermission);
    }
}

void MainWindow::onSyncListSucceeded(const QString &name)
{
    if (currentListMatches(name))
        m_tablePanel->reload();
}

void MainWindow::onSyncFinished(const sync::SyncSummary &summary)
{
    m_syncStatus->showIdle();
    m_tablePanel->setSyncFinished();
    const int fetched = static_cast<int>(summary.succeeded.size());
    if (summary.cancelled)
        statusBar()->showMessage(
                tr("Sync cancelled: %n list(s) fetched before.", nullptr, fetched));
    else if (summary.failed.isEmpty())
        statusBar()->showMessage(tr("Sync finished: %n list(s) fetched.", nullptr, fetched));
    else
        statusBar()->showMessage(tr("Sync finished: %1 list(s) fetched, %2 failed.")
                                         .arg(fetched)
                                         .arg(summary.failed.size()));
    if (currentPanel() == m_overviewPanel) {
        m_overviewLoaded = false;
        m_overviewPanel->reload();
    }
    checkViewReady();
}

bool MainWindow::isViewReady() const
{
    if (!hasContext() || (m_context.sync && m_context.sync->isRunning()))
        return false;
    if (currentPanel() == m_tablePanel)
        return !m_tablePanel->model() || m_tablePanel->model()->isLoaded();
    if (currentPanel() == m_overviewPanel)
        return !m_overviewPanel->isLoading() && m_overviewLoaded;
    if (currentPanel() == m_bcPanel)
        return !m_bcPanel->isLoading();
    return true;
}

void MainWindow::checkViewReady()
{
    if (isViewReady())
        Q_EMIT viewReady();
}

void MainWindow::openRelated(store::MirrorList list, const QString &scope, const QString &selectId)
{
    if (const auto section = sectionShowing(list)) {
        // Asset types have their own navigator nodes; other scopes open the list unscoped.
        const QString nodeScope = *section == models::Section::Assets ? scope : QString();
        if (showSection(m_bcId, *section, nodeScope)) {
            if (!selectId.isEmpty())
                m_tablePanel->selectId(selectId);
            return;
        }
    }
    // A list without a section of its own (a billing group's accounts): shown in the panel.
    saveTableLayout();
    m_section.reset();
    m_stack->setCurrentWidget(m_tablePanel);
    m_tablePanel->showList(m_context.mirror, list, m_bcId,
                           scope.isEmpty() ? std::nullopt : std::optional<QString>(scope));
}

void MainWindow::saveSelection() const
{
    if (!hasContext() || m_restoring)
        return;
    QSettings settings;
    settings.setValue(
            selectionKey(m_context.profile),
            QStringList{m_bcId, m_section ? models::sectionKey(*m_section) : QString(), m_scope,
                        currentPanel() == m_tablePanel ? m_tablePanel->currentId() : QString()});
}

void MainWindow::restoreSelection()
{
    if (!hasContext() || m_selectionRestored)
        return;
    const QStringList saved = QSettings().value(selectionKey(m_context.profile)).toStringList();
    if (saved.size() < 4 || saved.at(0).isEmpty())
        return;
    const auto section = models::sectionFromKey(saved.at(1));
    if (!section || !m_navigatorModel->businessCenterIndex(saved.at(0)).isValid())
        return; // the BC is not (yet) in the navigator: try again when it is
    m_selectionRestored = true;
    m_restoring = true;
    const bool shown = showSection(saved.at(0), *section, saved.at(2));
    if (shown && !saved.at(3).isEmpty() && currentPanel() == m_tablePanel) {
        const QString id = saved.at(3);
        if (models::MirrorTableModel *model = m_tablePanel->model()) {
            if (model->isLoaded())
                m_tablePanel->selectId(id);
            else
                connect(
                        model, &models::MirrorTableModel::loaded, this,
                        [this, id] { m_tablePanel->selectId(id); }, Qt::SingleShotConnection);
        }
    }
    m_restoring = false;
}

void MainWindow::saveTableLayout() const
{
    if (currentPanel() != m_tablePanel || !m_tablePanel->list())
        return;
    QSettings().setValue(layoutKey(*m_tablePanel->list()), m_tablePanel->saveLayout());
}

void MainWindow::restoreTableLayout()
{
    if (!m_tablePanel->list())
        return;
    const QByteArray state = QSettings().value(layoutKey(*m_tablePanel->list())).toByteArray();
    if (!state.isEmpty())
        m_tablePanel->restoreLayout(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveTableLayout();
    saveSelection();
    QSettings settings;
    settings.setValue(settingsGeometry, saveGeometry());
    settings.setValue(settingsState, saveState());
    settings.setValue(settingsSplitter, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showEnvironmentMenu()
{
    // A menu rather than a toggle: the keyboard picks the environment, it never lands in
    // production by one key press too many.
    QWidget *anchor = findChild<QToolButton *>(u"environment-sandbox"_s);
    const QPoint at = anchor ? anchor->mapToGlobal(QPoint(0, anchor->height()))
                             : mapToGlobal(QPoint(width() / 3, menuBar()->height()));
    if (QAction *checked = m_environments->checkedAction())
        m_environmentMenu->setActiveAction(checked);
    m_environmentMenu->popup(at);
}

void MainWindow::showAbout()
{
    const QString environment =
            hasContext() ? tr("Environment: %1 (%2)")
                                   .arg(m_context.client->environment().displayName(),
                                        m_context.client->environment().baseUrl().toDisplayString())
                         : QString();
    QMessageBox::about(this, tr("About BC Console"),
                       tr("<b>BC Console %1</b><p>A desktop console for TikTok Business Centers."
                          "</p><p>%2</p>")
                               .arg(QApplication::applicationVersion(), environment));
}

} // namespace bc::ui
