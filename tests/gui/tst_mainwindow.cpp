#include "app/consolesession.h"
#include "app/workspace.h"
#include "core/api/activitylog.h"
#include "core/api/apiclient.h"
#include "core/auth/secretkey.h"
#include "core/auth/sessiontokenvault.h"
#include "core/store/mirrorstore.h"
#include "core/sync/syncservice.h"
#include "models/businesscentertablemodel.h"
#include "models/mirrortablemodel.h"
#include "models/navigatormodel.h"
#include "models/roles.h"
#include "models/section.h"
#include "models/typedfilterproxymodel.h"
#include "ui/mainwindow.h"
#include "ui/panels/activitypanel.h"
#include "ui/panels/businesscenterspanel.h"
#include "ui/panels/mirrortablepanel.h"
#include "ui/panels/overviewpanel.h"
#include "ui/widgets/environmentbanner.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/syncstatuswidget.h"

#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"
#include "emulator/faultkind.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using bc::app::ConsoleOptions;
using bc::app::ConsoleSession;
using bc::models::Section;

namespace {

// Starts the session and waits for its first load; the window, or null when it failed.
bc::ui::MainWindow *startAndWait(ConsoleSession &session)
{
    QString error;
    if (!session.start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    QSignalSpy loaded(session.window(), &bc::ui::MainWindow::loadFinished);
    if (!loaded.wait(20000) || !loaded.first().first().toBool())
        return nullptr;
    return session.window();
}

// Options of a demo session with its own data folder (mirror) and a small world.
ConsoleOptions demoOptions(const QTemporaryDir &data)
{
    ConsoleOptions options;
    options.dataDirectory = data.path();
    options.demoBusinessCenters = 3;
    return options;
}

// Opens a section and waits until its rows are in and no sync runs.
bool openAndWait(bc::ui::MainWindow *window, const QString &bcId, Section section,
                 const QString &scope = {})
{
    if (!window->showSection(bcId, section, scope))
        return false;
    return QTest::qWaitFor([window] { return window->isViewReady(); }, 60000);
}

QStringList visibleIds(bc::ui::MirrorTablePanel *panel)
{
    QStringList ids;
    const QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(bc::models::IdRole).toString();
    return ids;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheDemoBusinessCenters();
    void keyboardFilterAndRefresh();
    void rejectedTokenShowsAnInlineError();
    void productionIsUnmistakable();
    void lastSessionShowsFromTheMirrorOffline();
    void navigatesThroughEverySection();
    void filtersAndSortsAList();
    void switchingEnvironmentLeavesNothingBehind();
    void injectedFailureShowsABannerWithTheRequestId();
    void keyboardShortcutsReachSectionsAndEnvironments();
    void restoresLayoutAndSelection();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    // Every test starts from no saved window state or selection.
    QSettings().clear();
}

void TestMainWindow::showsTheDemoBusinessCenters()
{
    QTemporaryDir data;
    ConsoleOptions options;
    options.dataDirectory = data.path();
    ConsoleSession session(options);
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    QVERIFY(!window->businessCentersPanel()->isLoading());
    QVERIFY(window->windowTitle().contains(u"DEMO"_s));
    QVERIFY(window->environmentBanner()->isVisible());
    QVERIFY(window->environmentBanner()->text().startsWith(u"DEMO"_s));
    QCOMPARE(window->environmentBadge()->text().trimmed(), u"DEMO"_s);
    QVERIFY(window->environmentAction(bc::api::EnvironmentKind::Demo)->isChecked());

    QTableView *table = window->businessCentersPanel()->view();
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 12);
    QCOMPARE(window->businessCenterModel()->rowCount(), 12);
    const QString firstName = window->businessCenterModel()->businessCenters().constFirst().name;
    QVERIFY(!table->model()
                     ->match(table->model()->index(0, 0), Qt::DisplayRole, firstName, 1,
                             Qt::MatchExactly)
                     .isEmpty());

    QTreeView *navigator = window->navigator();
    QAbstractItemModelTester navigatorTester(
            navigator->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex profile = navigator->model()->index(0, 0);
    QVERIFY(profile.data().toString().contains(u"DEMO"_s));
    for (const auto &center : window->businessCenterModel()->businessCenters())
        QVERIFY(window->navigatorModel()->businessCenterIndex(center.id).isValid());
    QVERIFY(window->navigatorModel()->activityIndex().isValid());
    QVERIFY(!window->businessCentersPanel()->errorBanner()->isVisible());
}

void TestMainWindow::keyboardFilterAndRefresh()
{
    QTemporaryDir data;
    ConsoleOptions options;
    options.dataDirectory = data.path();
    ConsoleSession session(options);
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    QSignalSpy loaded(window, &bc::ui::MainWindow::loadFinished);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Ctrl+F puts the cursor in the filter; typing narrows the table.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *filter = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(filter);
    const QString firstName = window->businessCenterModel()->businessCenters().constFirst().name;
    QTest::keyClicks(filter, firstName);
    QTableView *table = window->businessCentersPanel()->view();
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < 12);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 12);

    // F5 on the Business Center list loads it again; rows stay in place.
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(table->model()->rowCount(), 12);
}

void TestMainWindow::rejectedTokenShowsAnInlineError()
{
    QTemporaryDir data;
    bc::emulator::EmulatorConfig config;
    config.accessToken = u"fake-the-right-token"_s;
    bc::emulator::EmulatorHost host(config);
    QVERIFY(host.start());
    qputenv("BC_TEST_WRONG_TOKEN", "fake-a-wrong-token");

    ConsoleOptions options;
    options.dataDirectory = data.path();
    options.connection.environment = bc::api::EnvironmentKind::Custom;
    options.connection.baseUrl = host.baseUrl();
    options.connection.accessTokenVariable = u"BC_TEST_WRONG_TOKEN"_s;
    ConsoleSession session(options);
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    bc::ui::MainWindow *window = session.window();
    QSignalSpy loaded(window, &bc::ui::MainWindow::loadFinished);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toBool(), false);
    bc::ui::ErrorBanner *banner = window->businessCentersPanel()->errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"40105"_s), qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(u"request_id"_s), qPrintable(banner->message()));
    QVERIFY(window->windowTitle().contains(u"CUSTOM"_s));
    QCOMPARE(window->businessCenterModel()->rowCount(), 0);
    // The profile needs a new sign-in, and the status bar offers it.
    QTRY_VERIFY(window->signInAgainButton()->isVisible());
}

void TestMainWindow::productionIsUnmistakable()
{
    // The window shows a production context but never loads: no request may leave this machine.
    bc::api::ApiClient client(bc::api::Environment::production());
    bc::ui::MainWindow window;
    bc::ui::ConsoleContext context;
    context.profile.name = u"Acme Agency"_s;
    context.profile.environment = bc::api::EnvironmentKind::Production;
    context.profileTitle = u"Acme Agency"_s;
    context.client = &client;
    window.setContext(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"BC Console — Acme Agency (PRODUCTION)"_s);
    QVERIFY(window.environmentBanner()->isVisible());
    QVERIFY(window.environmentBanner()->text().startsWith(u"PRODUCTION"_s));
    QVERIFY(window.environmentBanner()->text().contains(u"real"_s));
    QCOMPARE(window.environmentBadge()->text().trimmed(), u"PRODUCTION"_s);
    QVERIFY(window.environmentAction(bc::api::EnvironmentKind::Production)->isChecked());
    QVERIFY(!window.environmentAction(bc::api::EnvironmentKind::Demo)->isChecked());
    QVERIFY(!window.windowTitle().contains(u"DEMO"_s));
    QVERIFY(!window.businessCentersPanel()->isLoading());
    // Without a token the panel says so instead of failing request by request.
    QVERIFY(window.businessCentersPanel()->errorBanner()->isVisible());
    QVERIFY(window.businessCentersPanel()->errorBanner()->message().contains(u"Not signed in"_s));
    window.clearContext();
}

void TestMainWindow::lastSessionShowsFromTheMirrorOffline()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    bc::emulator::EmulatorConfig config;
    config.accessToken = u"fake-mirror-token"_s;
    auto host = std::make_unique<bc::emulator::EmulatorHost>(config);
    QVERIFY(host->start());
    const QUrl baseUrl = host->baseUrl();
    qputenv("BC_TEST_MIRROR_TOKEN", "fake-mirror-token");

    ConsoleOptions options;
    options.connection.environment = bc::api::EnvironmentKind::Custom;
    options.connection.baseUrl = baseUrl;
    options.connection.accessTokenVariable = u"BC_TEST_MIRROR_TOKEN"_s;
    options.dataDirectory = data.path();
    QStringList namesOnline;
    {
        ConsoleSession online(options);
        bc::ui::MainWindow *window = startAndWait(online);
        QVERIFY(window);
        QVERIFY(online.mirror());
        for (const auto &bc : window->businessCenterModel()->businessCenters())
            namesOnline << bc.name;
        QVERIFY(!namesOnline.isEmpty());
        namesOnline.sort();
    } // the session's writer finishes its write before it goes

    // The API is gone: the next session shows the same Business Centers at once, from the
    // mirror, and says the refresh failed without losing them.
    host.reset();
    ConsoleSession offline(options);
    QString error;
    QVERIFY2(offline.start(&error), qPrintable(error));
    bc::ui::MainWindow *window = offline.window();
    QStringList namesOffline;
    for (const auto &bc : window->businessCenterModel()->businessCenters())
        namesOffline << bc.name;
    namesOffline.sort();
    QCOMPARE(namesOffline, namesOnline);
    QVERIFY(window->businessCentersPanel()->fetchedAt().isValid());
    QSignalSpy loaded(window, &bc::ui::MainWindow::loadFinished);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QCOMPARE(window->businessCenterModel()->rowCount(), namesOnline.size());
    QVERIFY(window->businessCentersPanel()->errorBanner()->isVisible());

    // Another environment never sees this mirror: the demo profile starts empty.
    ConsoleOptions demo;
    demo.dataDirectory = data.path();
    ConsoleSession other(demo);
    QVERIFY2(other.start(&error), qPrintable(error));
    QCOMPARE(other.window()->businessCenterModel()->rowCount(), 0);
}

void TestMainWindow::navigatesThroughEverySection()
{
    QTemporaryDir data;
    ConsoleSession session(demoOptions(data));
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    const QString bcId = window->businessCenterModel()->businessCenters().constFirst().id;

    // The first visit of a never-synced BC fetches it whole; the overview then has figures.
    QVERIFY(openAndWait(window, bcId, Section::Overview));
    QCOMPARE(window->currentPanel(), window->overviewPanel());
    QVERIFY(session.mirror()->freshness(bc::store::MirrorList::AdAccounts, bcId).has_value());

    struct Expected
    {
        Section section;
        bool hasRows;
    };
    const QList<Expected> lists = {
            {Section::AdAccounts, true},     {Section::Members, true},
            {Section::Partners, true},       {Section::Assets, true},
            {Section::AssetGroups, true},    {Section::BillingGroups, true},
            {Section::Invoices, true},       {Section::Transactions, true},
            {Section::BcTransactions, true}, {Section::Costs, true},
            {Section::Pixels, true},
    };
    for (const Expected &expected : lists) {
        QVERIFY2(openAndWait(window, bcId, expected.section),
                 qPrintable(bc::models::sectionKey(expected.section)));
        QCOMPARE(window->currentPanel(), window->tablePanel());
        QCOMPARE(window->currentSection(), expected.section);
        bc::ui::MirrorTablePanel *panel = window->tablePanel();
        QCOMPARE(panel->list(), bc::models::sectionList(expected.section));
        QAbstractItemModelTester tester(panel->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (expected.hasRows)
            QVERIFY2(panel->view()->model()->rowCount() > 0,
                     qPrintable(bc::models::sectionKey(expected.section)));
        // Every row shown belongs to this BC.
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            QCOMPARE(panel->model()->bcId(), bcId);
        QVERIFY(panel->titleLabel()->text().contains(
                bc::ui::MirrorTablePanel::listTitle(*bc::models::sectionList(expected.section))));
    }

    // An asset type under Assets narrows the list to that type.
    const QModelIndex assets = window->navigatorModel()->sectionIndex(bcId, Section::Assets);
    QVERIFY(window->navigatorModel()->rowCount(assets) > 0);
    const QString type =
            window->navigatorModel()->index(0, 0, assets).data(bc::models::ScopeRole).toString();
    QVERIFY(!type.isEmpty());
    QVERIFY(openAndWait(window, bcId, Section::Assets, type));
    QCOMPARE(window->tablePanel()->scope(), std::optional<QString>(type));
    for (int row = 0; row < window->tablePanel()->model()->rowCount(); ++row) {
        QCOMPARE(
                window->tablePanel()->model()->index(row, 0).data(bc::models::ScopeRole).toString(),
                type);
    }

    // Activity: the requests of this run, the sync's among them.
    QVERIFY(openAndWait(window, bcId, Section::Activity));
    QCOMPARE(window->currentPanel(), window->activityPanel());
    QVERIFY(window->activityPanel()->view()->model()->rowCount() > 10);

    // The profile node goes back to the Business Center list.
    window->navigator()->setCurrentIndex(window->navigatorModel()->profileIndex());
    QCOMPARE(window->currentPanel(), window->businessCentersPanel());
}

void TestMainWindow::filtersAndSortsAList()
{
    QTemporaryDir data;
    ConsoleSession session(demoOptions(data));
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    const QString bcId = window->businessCenterModel()->businessCenters().constFirst().id;
    QVERIFY(openAndWait(window, bcId, Section::AdAccounts));
    bc::ui::MirrorTablePanel *panel = window->tablePanel();
    QAbstractItemModel *view = panel->view()->model();
    const int all = view->rowCount();
    QVERIFY(all > 2);

    // Sorted by name both ways: the proxy's order follows.
    panel->view()->sortByColumn(0, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < view->rowCount(); ++row)
        names << view->index(row, 0).data(bc::models::SortRole).toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QCOMPARE(names.first().toLower(), sorted.first().toLower());
    panel->view()->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(view->index(0, 0).data(bc::models::SortRole).toString().toLower(),
             sorted.last().toLower());

    // A name's distinctive part filters down to that account; clearing brings all back.
    const QString name = view->index(0, 0).data().toString();
    const QString id = view->index(0, 0).data(bc::models::IdRole).toString();
    panel->setFilterText(id);
    QTRY_COMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), name);
    panel->setFilterText(u"no-such-account-anywhere"_s);
    QTRY_COMPARE(view->rowCount(), 0);
    QVERIFY(panel->emptyStateText().contains(u"match"_s));
    panel->setFilterText({});
    QTRY_COMPARE(view->rowCount(), all);
}

void TestMainWindow::switchingEnvironmentLeavesNothingBehind()
{
    QTemporaryDir data;
    bc::auth::SessionTokenVault vault;
    ConsoleSession session(demoOptions(data));
    session.setTokenVault(&vault);
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    const QList<bc::domain::BusinessCenter> demoCenters =
            window->businessCenterModel()->businessCenters();
    const QString bcId = demoCenters.constFirst().id;
    QVERIFY(openAndWait(window, bcId, Section::AdAccounts));
    const QStringList demoIds = visibleIds(window->tablePanel());
    QVERIFY(!demoIds.isEmpty());

    // One click on "Sandbox" in the toolbar.
    QSignalSpy switched(&session, &ConsoleSession::environmentSwitched);
    window->environmentAction(bc::api::EnvironmentKind::Sandbox)->trigger();
    QVERIFY(switched.count() == 1 || switched.wait(10000));

    QVERIFY(window->windowTitle().contains(u"SANDBOX"_s));
    QVERIFY(!window->windowTitle().contains(u"DEMO"_s));
    QVERIFY(window->environmentBanner()->text().startsWith(u"SANDBOX"_s));
    QCOMPARE(window->environmentBadge()->text().trimmed(), u"SANDBOX"_s);
    QVERIFY(window->environmentAction(bc::api::EnvironmentKind::Sandbox)->isChecked());
    QCOMPARE(session.client()->environment().kind(), bc::api::EnvironmentKind::Sandbox);
    QVERIFY(!session.client()->hasAccessToken()); // the demo's token stayed behind
    // No row of the demo anywhere: BC list, navigator, table, overview.
    QCOMPARE(window->businessCenterModel()->rowCount(), 0);
    QCOMPARE(window->businessCentersPanel()->view()->model()->rowCount(), 0);
    for (const auto &center : demoCenters)
        QVERIFY(!window->navigatorModel()->businessCenterIndex(center.id).isValid());
    QVERIFY(!window->tablePanel()->model() || window->tablePanel()->model()->rowCount() == 0);
    QCOMPARE(window->currentPanel(), window->businessCentersPanel());
    QVERIFY(window->businessCentersPanel()->errorBanner()->message().contains(u"Not signed in"_s));

    // And back: the demo's own mirror shows again.
    window->environmentAction(bc::api::EnvironmentKind::Demo)->trigger();
    QVERIFY(switched.count() == 2 || switched.wait(10000));
    QVERIFY(window->windowTitle().contains(u"DEMO"_s));
    QTRY_COMPARE(window->businessCenterModel()->rowCount(), demoCenters.size());
    QVERIFY(openAndWait(window, bcId, Section::AdAccounts));
    QCOMPARE(visibleIds(window->tablePanel()), demoIds);
}

void TestMainWindow::injectedFailureShowsABannerWithTheRequestId()
{
    QTemporaryDir data;
    ConsoleSession session(demoOptions(data));
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    const QString bcId = window->businessCenterModel()->businessCenters().constFirst().id;
    QVERIFY(openAndWait(window, bcId, Section::Members));
    const int rows = window->tablePanel()->view()->model()->rowCount();
    QVERIFY(rows > 0);

    // The emulator fails every members request from now on: the refresh gives up after its
    // retries, the rows stay, and the panel says why with the request_id.
    bc::emulator::EmulatorHost *host = session.demoEmulator();
    QVERIFY(host);
    host->injectFault(u"bc/member/get/"_s, bc::emulator::FaultKind::SystemError50000, -1);
    window->refresh();
    QVERIFY(window->context().sync->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window->context().sync->isRunning(), 90000);
    QString requestId;
    const bc::api::ActivityLog *log = session.client()->activityLog();
    for (int i = log->size() - 1; i >= 0 && requestId.isEmpty(); --i) {
        if (log->at(i).path.contains(u"member/get"_s) && !log->at(i).succeeded())
            requestId = log->at(i).requestId;
    }
    QVERIFY(!requestId.isEmpty());
    bc::ui::ErrorBanner *banner = window->tablePanel()->errorBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(requestId), qPrintable(banner->message()));
    QCOMPARE(window->tablePanel()->view()->model()->rowCount(), rows);
    QVERIFY(window->isVisible());

    // The fault gone, F5 fetches the list again and the banner goes.
    host->clearFaults();
    window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window->isViewReady(), 60000);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::keyboardShortcutsReachSectionsAndEnvironments()
{
    QTemporaryDir data;
    ConsoleSession session(demoOptions(data));
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Ctrl+2: the ad accounts of the first BC (fetched on first visit).
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentSection(), Section::AdAccounts);
    QTRY_VERIFY_WITH_TIMEOUT(window->isViewReady(), 60000);
    QVERIFY(window->tablePanel()->view()->model()->rowCount() > 0);

    // Ctrl+F: the panel's filter; Ctrl+3 and Ctrl+8 other sections; Ctrl+0 the request log.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window->tablePanel()->filterEdit());
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->currentSection(), Section::Members);
    QTest::keyClick(window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window->currentSection(), Section::Invoices);
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentPanel(), window->overviewPanel());
    QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window->currentPanel(), window->activityPanel());

    // F5 on a list runs a sync with progress in the status bar; Esc cancels it.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->isViewReady(), 60000);
    QTest::keyClick(window, Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(window->context().sync->isRunning());
    QTRY_VERIFY(window->syncStatus()->isVisible());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!window->context().sync->isRunning(), 20000);
    QTRY_VERIFY(!window->syncStatus()->isVisible());

    // Ctrl+Shift+E opens the environment menu; the keyboard picks one.
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->environmentMenu()->isVisible());
    QSignalSpy requested(window, &bc::ui::MainWindow::environmentRequested);
    QTest::keyClick(window->environmentMenu(), Qt::Key_Escape);
    QTRY_VERIFY(!window->environmentMenu()->isVisible());
    QCOMPARE(requested.count(), 0);
}

void TestMainWindow::restoresLayoutAndSelection()
{
    QTemporaryDir data;
    QString bcId;
    QString selected;
    QByteArray splitter;
    {
        ConsoleSession session(demoOptions(data));
        bc::ui::MainWindow *window = startAndWait(session);
        QVERIFY(window);
        bcId = window->businessCenterModel()->businessCenters().last().id;
        QVERIFY(openAndWait(window, bcId, Section::Members));
        bc::ui::MirrorTablePanel *panel = window->tablePanel();
        QVERIFY(panel->view()->model()->rowCount() > 1);
        selected = panel->view()->model()->index(1, 0).data(bc::models::IdRole).toString();
        QVERIFY(panel->selectId(selected));
        panel->view()->horizontalHeader()->hideSection(1);
        window->findChild<QSplitter *>(u"mainSplitter"_s)->setSizes({333, 900});
        splitter = window->findChild<QSplitter *>(u"mainSplitter"_s)->saveState();
        window->close();
    }
    ConsoleSession again(demoOptions(data));
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    bc::ui::MainWindow *window = again.window();
    // From the mirror, before any request: the same BC, section and row.
    QTRY_COMPARE(window->currentBusinessCenter(), bcId);
    QCOMPARE(window->currentSection(), Section::Members);
    QTRY_COMPARE(window->tablePanel()->currentId(), selected);
    QVERIFY(window->tablePanel()->view()->horizontalHeader()->isSectionHidden(1));
    QCOMPARE(window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes().constFirst(), 333);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
