#include "core/api/activitylog.h"
#include "models/activityfilterproxymodel.h"
#include "models/activitytablemodel.h"
#include "ui/panels/activitypanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ActivityEntry;
using bc::api::ActivityLog;
using bc::api::ApiError;
using bc::models::ActivityTableModel;
using bc::ui::ActivityPanel;

namespace {

const QDateTime t0(QDate(2026, 11, 25), QTime(9, 30, 0), Qt::UTC);

ActivityEntry entry(int second, const QString &path, const QString &requestId, int code = 0)
{
    ActivityEntry e;
    e.startedAt = t0.addSecs(second);
    e.method = u"GET"_s;
    e.path = path;
    e.code = code;
    if (code != 0) {
        e.errorKind = ApiError::kindForCode(code);
        e.message = u"Rate limit reached"_s;
    } else {
        e.message = u"OK"_s;
    }
    e.requestId = requestId;
    e.httpStatus = 200;
    e.durationMs = 40 + second;
    return e;
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

class TestActivityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entriesAppearLive();
    void failuresOnly();
    void textFilterOnPathAndRequestId();
    void copiesSelectedRows();
    void clearShowsTheEmptyState();
};

void TestActivityPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestActivityPanel::entriesAppearLive()
{
    ActivityLog log(100);
    log.append(entry(1, u"bc/get/"_s, u"2026112509300101"_s));
    ActivityPanel panel;
    QAbstractItemModelTester tester(panel.view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setSources(&log, {entry(-3600, u"bc/partner/get/"_s, u"2026112508300001"_s)});
    panel.resize(1100, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QAbstractItemModel *shown = panel.view()->model();
    QCOMPARE(shown, panel.proxy());
    QCOMPARE(column(shown, ActivityTableModel::RequestId),
             (QStringList{u"2026112509300101"_s, u"2026112508300001"_s}));
    QCOMPARE(panel.title(), u"Activity · 2 request(s) · 1 from earlier runs"_s);

    log.append(entry(2, u"bc/member/get/"_s, u"2026112509300202"_s, 40100));
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->index(0, ActivityTableModel::Path).data().toString(), u"bc/member/get/"_s);
    QCOMPARE(panel.title(), u"Activity · 3 request(s) · 1 failed · 1 from earlier runs"_s);
    QVERIFY(panel.view()->isVisible());
}

void TestActivityPanel::failuresOnly()
{
    ActivityLog log(100);
    ActivityPanel panel;
    panel.setSources(&log);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    log.append(entry(1, u"bc/get/"_s, u"req-ok-1"_s));
    log.append(entry(2, u"bc/asset/get/"_s, u"req-bad-2"_s, 40100));
    log.append(entry(3, u"bc/get/"_s, u"req-ok-3"_s));

    QTest::mouseClick(panel.failuresOnlyBox(), Qt::LeftButton, {},
                      QPoint(8, panel.failuresOnlyBox()->height() / 2));
    QVERIFY(panel.failuresOnlyBox()->isChecked());
    QVERIFY(panel.proxy()->failuresOnly());
    QAbstractItemModel *shown = panel.view()->model();
    QCOMPARE(column(shown, ActivityTableModel::RequestId), QStringList{u"req-bad-2"_s});
    QCOMPARE(panel.title(), u"Activity · 1 of 3 request(s) · 1 failed"_s);

    // A new failure shows up at once; a success does not.
    log.append(entry(4, u"bc/get/"_s, u"req-ok-4"_s));
    log.append(entry(5, u"bc/get/"_s, u"req-bad-5"_s, 50000));
    QCOMPARE(column(shown, ActivityTableModel::RequestId),
             (QStringList{u"req-bad-5"_s, u"req-bad-2"_s}));

    panel.failuresOnlyBox()->setChecked(false);
    QCOMPARE(shown->rowCount(), 5);
}

void TestActivityPanel::textFilterOnPathAndRequestId()
{
    ActivityLog log(100);
    ActivityPanel panel;
    panel.setSources(&log);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    log.append(entry(1, u"bc/get/"_s, u"20261125093001AB"_s));
    log.append(entry(2, u"bc/invoice/get/"_s, u"20261125093002CD"_s));
    log.append(entry(3, u"bc/member/get/"_s, u"20261125093003EF"_s));

    panel.focusFilter();
    QCOMPARE(QApplication::focusWidget(), panel.filterEdit());
    QTest::keyClicks(panel.filterEdit(), u"invoice"_s);
    QAbstractItemModel *shown = panel.view()->model();
    QCOMPARE(column(shown, ActivityTableModel::RequestId), QStringList{u"20261125093002CD"_s});

    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), u"093003ef"_s); // part of a request id, any case
    QCOMPARE(column(shown, ActivityTableModel::Path), QStringList{u"bc/member/get/"_s});
    QCOMPARE(panel.title(), u"Activity · 1 of 3 request(s)"_s);

    panel.filterEdit()->clear();
    QCOMPARE(shown->rowCount(), 3);
}

void TestActivityPanel::copiesSelectedRows()
{
    ActivityLog log(100);
    ActivityPanel panel;
    panel.setSources(&log);
    panel.resize(600, 300); // narrow: the ids are elided on screen, never in the copy
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString longId = u"202611250930010A0B0C0D0E0F101112131415"_s;
    log.append(entry(1, u"bc/get/"_s, longId));
    log.append(entry(2, u"bc/member/get/"_s, u"2026112509300202"_s, 40100));
    log.append(entry(3, u"bc/partner/get/"_s, u"2026112509300303"_s));

    QTableView *view = panel.view();
    view->setFocus();
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy status(&panel, &ActivityPanel::statusMessage);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(), u"Copied 2 request(s)"_s);

    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             u"Time (UTC)\tMethod\tPath\tCode\tDuration (ms)\tRetries\tRequest ID\tOutcome"_s);
    // In the view's order (newest first), whatever order they were selected in.
    QCOMPARE(lines.at(1),
             u"2026-11-25T09:30:02.000Z\tGET\tbc/member/get/\t40100\t42\t0\t2026112509300202\t"
             u"failed: Rate limit reached"_s);
    QCOMPARE(lines.at(2).split(u'\t').at(6), longId);
    QCOMPARE(lines.at(2).split(u'\t').at(0), u"2026-11-25T09:30:01.000Z"_s);
}

void TestActivityPanel::clearShowsTheEmptyState()
{
    ActivityLog log(100);
    ActivityPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.view()->isVisible()); // nothing yet: the empty state
    panel.setSources(&log);
    log.append(entry(1, u"bc/get/"_s, u"req-1"_s));
    QVERIFY(panel.view()->isVisible());
    panel.clear();
    QCOMPARE(panel.view()->model()->rowCount(), 0);
    QCOMPARE(panel.title(), u"Activity · 0 request(s)"_s);
    QVERIFY(!panel.view()->isVisible());
    log.append(entry(2, u"bc/get/"_s, u"req-2"_s));
    QCOMPARE(panel.view()->model()->rowCount(), 0);
}

QTEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
