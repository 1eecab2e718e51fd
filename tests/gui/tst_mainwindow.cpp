#include "app/consolesession.h"
#include "core/api/apiclient.h"
#include "models/businesscentertablemodel.h"
#include "models/navigatormodel.h"
#include "ui/mainwindow.h"
#include "ui/panels/businesscenterspanel.h"
#include "ui/widgets/environmentbanner.h"
#include "ui/widgets/errorbanner.h"

#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using bc::app::ConsoleOptions;
using bc::app::ConsoleSession;

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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheDemoBusinessCenters();
    void keyboardFilterAndRefresh();
    void rejectedTokenShowsAnInlineError();
    void productionIsUnmistakable();
    void lastSessionShowsFromTheMirrorOffline();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::showsTheDemoBusinessCenters()
{
    ConsoleSession session(ConsoleOptions{});
    bc::ui::MainWindow *window = startAndWait(session);
    QVERIFY(window);
    QVERIFY(!window->businessCentersPanel()->isLoading());
    QVERIFY(window->windowTitle().contains(u"DEMO"_s));
    QVERIFY(window->environmentBanner()->isVisible());
    QVERIFY(window->environmentBanner()->text().startsWith(u"DEMO"_s));
    QCOMPARE(window->environmentBadge()->text().trimmed(), u"DEMO"_s);

    QTableView *table = window->businessCentersPanel()->view();
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 12);
    QCOMPARE(window->businessCenterModel()->rowCount(), 12);
    // The first generated BC is the fixed demo one; its name is on screen.
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
    QCOMPARE(navigator->model()->rowCount(profile), 12);
    QVERIFY(!window->businessCentersPanel()->errorBanner()->isVisible());
}

void TestMainWindow::keyboardFilterAndRefresh()
{
    ConsoleSession session(ConsoleOptions{});
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

    // F5 loads again; rows stay in place.
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(table->model()->rowCount(), 12);

    // Choosing a BC in the navigator selects its row in the table.
    QTreeView *navigator = window->navigator();
    const QModelIndex fifth = navigator->model()->index(4, 0, navigator->model()->index(0, 0));
    navigator->setCurrentIndex(fifth);
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(bc::models::BusinessCenterTableModel::Name).data().toString(),
             fifth.data().toString());
}

void TestMainWindow::rejectedTokenShowsAnInlineError()
{
    bc::emulator::EmulatorConfig config;
    config.accessToken = u"fake-the-right-token"_s;
    bc::emulator::EmulatorHost host(config);
    QVERIFY(host.start());
    qputenv("BC_TEST_WRONG_TOKEN", "fake-a-wrong-token");

    ConsoleOptions options;
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
}

void TestMainWindow::productionIsUnmistakable()
{
    // The window is built but never loads: no request may leave this machine.
    bc::api::ApiClient client(bc::api::Environment::production());
    bc::ui::MainWindow window(&client, u"Acme Agency"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"BC Console — Acme Agency (PRODUCTION)"_s);
    QVERIFY(window.environmentBanner()->isVisible());
    QVERIFY(window.environmentBanner()->text().startsWith(u"PRODUCTION"_s));
    QVERIFY(window.environmentBanner()->text().contains(u"real"_s));
    QCOMPARE(window.environmentBadge()->text().trimmed(), u"PRODUCTION"_s);
    QVERIFY(!window.windowTitle().contains(u"DEMO"_s));
    QVERIFY(!window.businessCentersPanel()->isLoading());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
