#include "core/store/mirrorstore.h"
#include "ui/panels/overviewpanel.h"
#include "ui/widgets/chartview.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::store::ListWrite;
using bc::store::MirrorList;
using bc::store::MirrorStore;
using bc::store::StoreError;
using bc::store::StoreIdentity;
using bc::store::StoreLocation;
using bc::ui::ChartView;
using bc::ui::OverviewPanel;

class TestOverviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cardsShowMoneyWithCurrency();
    void costChartHoldsTopTenAndOthers();
    void transactionChartHoldsThePeriods();
    void emptyPartsSayWhatToDo();
    void clearLeavesNothingOfThePreviousBusinessCenter();
    void switchingQuicklyShowsTheLastBusinessCenter();
    void darkPaletteRecolorsTheCharts();
    void countClickRequestsTheList_data();
    void countClickRequestsTheList();
    void countLinksAreReachableWithTab();

private:
    void writeRows(MirrorList list, const QList<QJsonObject> &rows, const QString &scope = {},
                   const QString &bcId = {});
    void fillBusinessCenter();
    static bool waitLoaded(OverviewPanel &panel);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MirrorStore> m_store;
    const StoreIdentity m_identity{u"test"_s, u"demo"_s, u"https://demo.invalid/open_api/"_s};
    const QString m_bc = u"7000000000000000042"_s;
    const QString m_otherBc = u"7000000000000000099"_s;
};

namespace {

QString longId(qint64 n)
{
    return u"7"_s + QString::number(n).rightJustified(18, u'0');
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QString labelText(QWidget &parent, const QString &name)
{
    const QLabel *label = child<QLabel>(parent, name);
    return label ? label->text() : u"<missing>"_s;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> all;
    for (int i = 0; i < set->count(); ++i)
        all.append(set->at(i));
    return all;
}

} // namespace

void TestOverviewPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestOverviewPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StoreError error;
    m_store = MirrorStore::open(StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s)),
                                m_identity, &error);
    QVERIFY2(m_store, qPrintable(error.describe()));
}

void TestOverviewPanel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestOverviewPanel::writeRows(MirrorList list, const QList<QJsonObject> &rows,
                                  const QString &scope, const QString &bcId)
{
    ListWrite write;
    write.list = list;
    write.bcId = bcId.isEmpty() ? m_bc : bcId;
    write.scope = scope;
    write.rows = rows;
    write.complete = true;
    const bc::store::ListWriteResult result = m_store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
}

// A BC as the emulator's world makes them: USD, a few thousand ad accounts' worth of figures.
void TestOverviewPanel::fillBusinessCenter()
{
    writeRows(MirrorList::BcBalance, {{{u"bc_id"_s, m_bc},
                                       {u"currency"_s, u"USD"_s},
                                       {u"account_balance"_s, 1250000.55},
                                       {u"valid_account_balance"_s, 1200000.05},
                                       {u"frozen_balance"_s, 49990.5},
                                       {u"tax"_s, 10},
                                       {u"cash_balance"_s, 1000000.1},
                                       {u"valid_cash_balance"_s, 950000.1},
                                       {u"grant_balance"_s, 250000.45},
                                       {u"valid_grant_balance"_s, 249999.95}}});
    writeRows(MirrorList::Invoices, {{{u"invoice_id"_s, longId(501)},
                                      {u"pay_status"_s, u"UNPAID"_s},
                                      {u"overdue_status"_s, u"YES"_s},
                                      {u"currency_code"_s, u"USD"_s},
                                      {u"unpaid_amount"_s, 1234.56}},
                                     {{u"invoice_id"_s, longId(502)},
                                      {u"pay_status"_s, u"PARTIAL_PAID"_s},
                                      {u"overdue_status"_s, u"NO"_s},
                                      {u"currency_code"_s, u"USD"_s},
                                      {u"unpaid_amount"_s, u"0.44"_s}},
                                     {{u"invoice_id"_s, longId(503)},
                                      {u"pay_status"_s, u"PAID"_s},
                                      {u"currency_code"_s, u"USD"_s},
                                      {u"unpaid_amount"_s, 0}}});
    QList<QJsonObject> accounts;
    QList<QJsonObject> costs;
    for (int i = 0; i < 14; ++i) {
        accounts.append({{u"asset_id"_s, longId(1000 + i)},
                         {u"asset_name"_s, u"Spring campaign %1"_s.arg(i)}});
        costs.append({{u"advertiser_id"_s, longId(1000 + i)},
                      {u"amount"_s, (i + 1) * 100.25},
                      {u"currency"_s, u"USD"_s}});
    }
    writeRows(MirrorList::AdAccounts, accounts);
    writeRows(MirrorList::AccountCosts, costs, u"2026-10-27..2026-11-25"_s);
    writeRows(MirrorList::Members, {{{u"user_id"_s, u"1"_s}}, {{u"user_id"_s, u"2"_s}}});
    writeRows(MirrorList::BcTransactions, {{{u"date"_s, u"2026-11-03 10:00:00"_s},
                                            {u"amount"_s, -500.5},
                                            {u"currency"_s, u"USD"_s}},
                                           {{u"date"_s, u"2026-11-04 10:00:00"_s},
                                            {u"amount"_s, 2000},
                                            {u"currency"_s, u"USD"_s}},
                                           {{u"date"_s, u"2026-11-06 10:00:00"_s},
                                            {u"amount"_s, -125.25},
                                            {u"currency"_s, u"USD"_s}}});
}

bool TestOverviewPanel::waitLoaded(OverviewPanel &panel)
{
    QSignalSpy loaded(&panel, &OverviewPanel::loaded);
    return loaded.wait(10000) && !panel.isLoading();
}

void TestOverviewPanel::cardsShowMoneyWithCurrency()
{
    fillBusinessCenter();
    OverviewPanel panel;
    panel.resize(1100, 900);
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    QVERIFY(waitLoaded(panel));
    QCOMPARE(panel.data().bcId, m_bc);

    QVERIFY(labelText(panel, u"overviewTitle"_s)
                    .startsWith(u"Overview · Café Ünited · data from"_s));
    QCOMPARE(labelText(panel, u"accountBalanceCardValue"_s), u"1,250,000.55 USD"_s);
    QCOMPARE(labelText(panel, u"accountBalanceCardDetail"_s), u"Available: 1,200,000.05 USD"_s);
    QCOMPARE(labelText(panel, u"cashBalanceCardValue"_s), u"1,000,000.10 USD"_s);
    QCOMPARE(labelText(panel, u"grantBalanceCardValue"_s), u"250,000.45 USD"_s);
    QCOMPARE(labelText(panel, u"frozenBalanceCardValue"_s), u"49,990.50 USD"_s);
    QCOMPARE(labelText(panel, u"unpaidCardValue"_s), u"1,235.00 USD"_s);
    QVERIFY(labelText(panel, u"unpaidCardDetail"_s).contains(u"1 overdue"_s));
    const QFrame *cash = child<QFrame>(panel, u"cashBalanceCard"_s);
    QVERIFY(cash);
    QCOMPARE(cash->accessibleName(), u"Cash: 1,000,000.10 USD"_s);
    // The unpaid card stands out from the others.
    const QFrame *unpaid = child<QFrame>(panel, u"unpaidCard"_s);
    QVERIFY(unpaid);
    QVERIFY(unpaid->palette().color(QPalette::Window) != cash->palette().color(QPalette::Window));
}

void TestOverviewPanel::costChartHoldsTopTenAndOthers()
{
    fillBusinessCenter();
    OverviewPanel panel;
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    QVERIFY(waitLoaded(panel));
    ChartView *view = child<ChartView>(panel, u"costChart"_s);
    QVERIFY(view);
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(view->accessibleDescription().contains(u"Spring campaign 13: 1,403.50 USD"_s));
    QVERIFY(view->chart()->title().startsWith(u"Cost per ad account, last 30"_s));
    QCOMPARE(view->chart()->series().size(), 1);
    auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 1);
    // Bottom to top: Others (accounts 0..3: 100.25 + 200.50 + 300.75 + 401.00), then the top ten
    // from the tenth largest up to the largest.
    const QList<qreal> expected = {1002.5, 501.25,  601.5,  701.75,  802.0, 902.25,
                                   1002.5, 1102.75, 1203.0, 1303.25, 1403.5};
    const QList<qreal> actual = values(series->barSets().constFirst());
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QVERIFY(series->barSets().constFirst()->isBarSelected(0)); // "Others" muted
    const auto axes = view->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    QVERIFY(axes.constFirst()->titleText().contains(u"USD"_s));
    QVERIFY(labelText(panel, u"costNote"_s).contains(u"10,526.25 USD"_s));
}

void TestOverviewPanel::transactionChartHoldsThePeriods()
{
    fillBusinessCenter();
    OverviewPanel panel;
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    QVERIFY(waitLoaded(panel));
    ChartView *view = child<ChartView>(panel, u"transactionChart"_s);
    QVERIFY(view);
    QCOMPARE(view->chart()->title(), u"Business Center transactions over time"_s);
    auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 2);
    QCOMPARE(series->barSets().at(0)->label(), u"Money in (USD)"_s);
    // Days from 3 to 6 November.
    QCOMPARE(values(series->barSets().at(0)), (QList<qreal>{0, 2000, 0, 0}));
    QCOMPARE(values(series->barSets().at(1)), (QList<qreal>{-500.5, 0, 0, -125.25}));
    QVERIFY(labelText(panel, u"transactionNote"_s).contains(u"-625.75 USD"_s));
}

void TestOverviewPanel::emptyPartsSayWhatToDo()
{
    OverviewPanel panel;
    panel.showBusinessCenter(m_store.get(), m_bc, u"Empty BC"_s);
    QVERIFY(waitLoaded(panel));
    QVERIFY(labelText(panel, u"overviewTitle"_s).endsWith(u"not mirrored yet"_s));
    auto *costs = panel.findChild<QLabel *>(u"costEmpty"_s);
    QVERIFY(costs);
    QCOMPARE(costs->text(), u"No cost data mirrored yet — refresh this Business Center (F5)."_s);
    auto *stack = qobject_cast<QStackedWidget *>(costs->parentWidget());
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), costs);
    QVERIFY(labelText(panel, u"transactionEmpty"_s)
                    .startsWith(u"No Business Center transactions"_s));
    QVERIFY(!labelText(panel, u"balanceEmpty"_s).isEmpty());
    QVERIFY(!panel.findChild<QLabel *>(u"balanceEmpty"_s)->isHidden());
    QVERIFY(labelText(panel, u"unpaidCardDetail"_s).startsWith(u"No invoices mirrored yet"_s));
}

void TestOverviewPanel::clearLeavesNothingOfThePreviousBusinessCenter()
{
    fillBusinessCenter();
    OverviewPanel panel;
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    QVERIFY(waitLoaded(panel));
    panel.clear();
    QVERIFY(panel.data().bcId.isEmpty());
    QVERIFY(!panel.data().balance);
    QVERIFY(panel.businessCenterId().isEmpty());
    QCOMPARE(labelText(panel, u"overviewTitle"_s), u"Overview"_s);
    QCOMPARE(labelText(panel, u"cashBalanceCardValue"_s), u"—"_s);
    QCOMPARE(labelText(panel, u"unpaidCardValue"_s), u"—"_s);
    QVERIFY(child<ChartView>(panel, u"costChart"_s)->chart()->series().isEmpty());
    QVERIFY(child<ChartView>(panel, u"transactionChart"_s)->chart()->series().isEmpty());
    QVERIFY(!labelText(panel, u"costNote"_s).contains(u"USD"_s));
    const auto buttons = panel.findChildren<QPushButton *>();
    for (const QPushButton *button : buttons)
        QVERIFY2(!button->text().contains(u"14"_s), qPrintable(button->text()));
    // A reload after clear() has nothing to show, and nothing arrives late.
    QSignalSpy loaded(&panel, &OverviewPanel::loaded);
    panel.reload();
    QVERIFY(!loaded.wait(300));
    QVERIFY(panel.data().bcId.isEmpty());
}

void TestOverviewPanel::switchingQuicklyShowsTheLastBusinessCenter()
{
    fillBusinessCenter();
    writeRows(MirrorList::Members, {{{u"user_id"_s, u"9"_s}}}, {}, m_otherBc);
    OverviewPanel panel;
    QSignalSpy loaded(&panel, &OverviewPanel::loaded);
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    panel.showBusinessCenter(m_store.get(), m_otherBc, u"Other"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QVERIFY(!loaded.wait(300)); // the first answer was dropped
    QCOMPARE(panel.data().bcId, m_otherBc);
    QCOMPARE(panel.data().count(MirrorList::Members), 1);
    QCOMPARE(panel.data().count(MirrorList::AdAccounts), 0);
    QCOMPARE(labelText(panel, u"cashBalanceCardValue"_s), u"—"_s);
}

void TestOverviewPanel::darkPaletteRecolorsTheCharts()
{
    fillBusinessCenter();
    OverviewPanel panel;
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    QVERIFY(waitLoaded(panel));
    ChartView *view = child<ChartView>(panel, u"costChart"_s);
    QVERIFY(view);
    const QColor lightBackground = view->chart()->backgroundBrush().color();
    QCOMPARE(lightBackground, panel.palette().color(QPalette::Base));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    dark.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    panel.setPalette(dark);
    QCOMPARE(view->chart()->backgroundBrush().color(), QColor(0x16, 0x18, 0x1b));
    QCOMPARE(view->chart()->titleBrush().color(), QColor(0xe8, 0xe8, 0xe8));
    const auto axes = view->chart()->axes();
    QVERIFY(!axes.isEmpty());
    for (const QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsColor(), QColor(0xe8, 0xe8, 0xe8));
    ChartView *transactions = child<ChartView>(panel, u"transactionChart"_s);
    QCOMPARE(transactions->chart()->backgroundBrush().color(), QColor(0x16, 0x18, 0x1b));
    QCOMPARE(child<QPushButton>(panel, u"count_ad_accounts"_s)
                     ->palette()
                     .color(QPalette::ButtonText),
             QColor(0x7c, 0xb8, 0xff));
}

void TestOverviewPanel::countClickRequestsTheList_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("text");
    QTest::newRow("ad accounts") << u"count_ad_accounts"_s << int(MirrorList::AdAccounts)
                                 << u"14"_s;
    QTest::newRow("members") << u"count_members"_s << int(MirrorList::Members) << u"2"_s;
    QTest::newRow("invoices") << u"count_invoices"_s << int(MirrorList::Invoices) << u"3"_s;
    QTest::newRow("pixels") << u"count_pixels"_s << int(MirrorList::Pixels) << u"0"_s;
}

void TestOverviewPanel::countClickRequestsTheList()
{
    QFETCH(QString, button);
    QFETCH(int, list);
    QFETCH(QString, text);
    fillBusinessCenter();
    OverviewPanel panel;
    panel.show();
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    QVERIFY(waitLoaded(panel));
    auto *link = child<QPushButton>(panel, button);
    QVERIFY(link);
    QVERIFY2(link->text().startsWith(text + u' '), qPrintable(link->text()));
    QSignalSpy requested(&panel, &OverviewPanel::listRequested);
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(int(requested.at(0).at(0).value<MirrorList>()), list);
}

void TestOverviewPanel::countLinksAreReachableWithTab()
{
    fillBusinessCenter();
    OverviewPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    panel.showBusinessCenter(m_store.get(), m_bc, u"Café Ünited"_s);
    QVERIFY(waitLoaded(panel));
    auto *first = child<QPushButton>(panel, u"count_ad_accounts"_s);
    auto *second = child<QPushButton>(panel, u"count_members"_s);
    QVERIFY(first && second);
    QVERIFY(first->focusPolicy() & Qt::TabFocus);
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Tab);
    QTRY_VERIFY(second->hasFocus());
    QSignalSpy requested(&panel, &OverviewPanel::listRequested);
    QTest::keyClick(second, Qt::Key_Space);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<MirrorList>(), MirrorList::Members);
}

QTEST_MAIN(TestOverviewPanel)
#include "tst_overviewpanel.moc"
