#include "ui/mainwindow.h"

#include "core/api/apiclient.h"
#include "models/businesscentertablemodel.h"
#include "models/navigatormodel.h"
#include "models/roles.h"
#include "ui/panels/businesscenterspanel.h"
#include "ui/widgets/environmentbanner.h"
#include "ui/widgets/environmentpalette.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc::ui {

MainWindow::MainWindow(api::ApiClient *client, const QString &profileName, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_model(new models::BusinessCenterTableModel(this))
    , m_navigatorModel(new models::NavigatorModel(this))
    , m_banner(new EnvironmentBanner(this))
    , m_navigator(new QTreeView(this))
    , m_panel(new BusinessCentersPanel(client, m_model, this))
    , m_badge(new QLabel(this))
{
    const api::Environment &environment = client->environment();
    setWindowTitle(tr("BC Console — %1 (%2)").arg(profileName, environment.badge()));
    setWindowIcon(QIcon(u":/icons/bcconsole.svg"_s));

    m_banner->setEnvironment(environment);

    m_navigatorModel->setProfile(profileName, environment.badge());
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setUniformRowHeights(true);
    m_navigator->expandAll();
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorCurrentChanged);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1040});
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // The status bar names the environment too, so it is visible even with the banner scrolled
    // out of a screenshot or a screen reader's focus.
    const EnvironmentPalette palette = EnvironmentPalette::forKind(environment.kind());
    m_badge->setText(u" %1 "_s.arg(environment.badge()));
    m_badge->setStyleSheet(palette.styleSheet() + u" font-weight: bold; padding: 1px 6px;"_s);
    m_badge->setToolTip(environment.baseUrl().toDisplayString());
    statusBar()->addPermanentWidget(m_badge);

    createActions();

    connect(m_panel, &BusinessCentersPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_navigatorModel->setBusinessCenters(m_model->businessCenters()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_navigatorModel->setBusinessCenters(m_model->businessCenters()); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_navigatorModel->setBusinessCenters(m_model->businessCenters()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { m_navigatorModel->setBusinessCenters(m_model->businessCenters()); });
    connect(m_navigatorModel, &QAbstractItemModel::rowsInserted, m_navigator,
            &QTreeView::expandAll);
    connect(m_panel, &BusinessCentersPanel::loadFinished, this, &MainWindow::loadFinished);

    setTabOrder(m_navigator, m_panel);
    resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *refresh = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setStatusTip(tr("Fetch everything shown again"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);

    auto *cancel = new QAction(tr("&Cancel loading"), this);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setShortcutContext(Qt::WindowShortcut);
    connect(cancel, &QAction::triggered, m_panel, &BusinessCentersPanel::cancel);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *filter = new QAction(tr("&Filter the table"), this);
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, m_panel, &BusinessCentersPanel::focusFilter);

    auto *focusNavigator = new QAction(tr("Go to &navigator"), this);
    focusNavigator->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    connect(focusNavigator, &QAction::triggered, this,
            [this] { m_navigator->setFocus(Qt::ShortcutFocusReason); });

    auto *focusTable = new QAction(tr("Go to &table"), this);
    focusTable->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    connect(focusTable, &QAction::triggered, this,
            [this] { m_panel->setFocus(Qt::ShortcutFocusReason); });

    auto *about = new QAction(tr("&About BC Console"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(refresh);
    file->addAction(cancel);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(filter);
    view->addAction(focusNavigator);
    view->addAction(focusTable);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *profile =
            new QLabel(tr("Profile: <b>%1</b>").arg(m_profileName.toHtmlEscaped()), toolbar);
    profile->setContentsMargins(6, 0, 12, 0);
    toolbar->addWidget(profile);
    auto *environmentLabel = new QLabel(tr("Environment:"), toolbar);
    environmentLabel->setContentsMargins(0, 0, 4, 0);
    toolbar->addWidget(environmentLabel);
    auto *environment = new QLabel(m_client->environment().badge(), toolbar);
    environment->setStyleSheet(
            EnvironmentPalette::forKind(m_client->environment().kind()).styleSheet()
            + u" font-weight: bold; padding: 2px 8px; border-radius: 3px;"_s);
    environment->setAccessibleName(tr("Environment: %1").arg(m_client->environment().badge()));
    toolbar->addWidget(environment);
    toolbar->addSeparator();
    toolbar->addAction(refresh);
}

void MainWindow::refresh()
{
    m_panel->refresh();
}

void MainWindow::onNavigatorCurrentChanged(const QModelIndex &current)
{
    const QString id = current.data(models::IdRole).toString();
    if (!id.isEmpty())
        m_panel->selectBusinessCenter(id);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BC Console"),
                       tr("<b>BC Console %1</b><p>A desktop console for TikTok Business Centers."
                          "</p><p>Environment: %2 (%3)</p>")
                               .arg(QApplication::applicationVersion(),
                                    m_client->environment().displayName(),
                                    m_client->environment().baseUrl().toDisplayString()));
}

} // namespace bc::ui
