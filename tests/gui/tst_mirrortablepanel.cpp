#include "core/store/mirrorstore.h"
#include "models/mirrorcolumnset.h"
#include "models/mirrortablemodel.h"
#include "models/relatedobjects.h"
#include "models/roles.h"
#include "models/typedfilterproxymodel.h"
#include "ui/panels/mirrortablepanel.h"
#include "ui/widgets/daterangefilter.h"
#include "ui/widgets/detailspane.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/valuefilterbutton.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::models::MirrorTableModel;
using bc::ui::MirrorTablePanel;
using namespace bc::store;

namespace {

const QString bcId = u"7000000000000000042"_s;
const QString groupId = u"6000000000000000007"_s;

QString accountId(int i)
{
    return u"70930000000000%1"_s.arg(i, 5, 10, QChar(u'0'));
}

// As /bc/asset/get/ sends it, plus a field no column models and a nested object.
QJsonObject adAccount(int i)
{
    static const QStringList roles = {u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s};
    return {{u"asset_id"_s, accountId(i)},
            {u"asset_name"_s, u"Account %1"_s.arg(i, 2, 10, QChar(u'0'))},
            {u"advertiser_role"_s, roles.at(i % roles.size())},
            {u"advertiser_status"_s, u"STATUS_ENABLE"_s},
            {u"advertiser_account_type"_s, u"AUCTION"_s},
            {u"owner_bc_name"_s, i == 3 ? u"Café Ünited"_s : u"Demo BC"_s},
            {u"relation_type"_s, u"OWN"_s},
            {u"relation_status"_s, u"ACTIVE"_s},
            {u"pay_type"_s, u"PREPAY"_s},
            {u"x_future_field"_s, u"kept %1"_s.arg(i)},
            {u"bc_info"_s, QJsonObject{{u"name"_s, u"Nested BC"_s}}}};
}

QJsonObject invoice(int i, const QString &sendDate, const QString &amount, const QString &currency)
{
    return {{u"invoice_id"_s, u"80000000000000000%1"_s.arg(i, 2, 10, QChar(u'0'))},
            {u"serial_number"_s, u"INV-%1"_s.arg(i)},
            {u"invoice_title"_s, i == 1 ? u"Ads, \"March\""_s : u"Ads"_s},
            {u"invoice_type"_s, u"NORMAL"_s},
            {u"pay_status"_s, i % 2 ? u"PAID"_s : u"UNPAID"_s},
            {u"overdue_status"_s, u"NOT_OVERDUE"_s},
            {u"status"_s, u"VALID"_s},
            {u"currency_code"_s, currency},
            {u"amount"_s, amount},
            {u"unpaid_amount"_s, u"0.00"_s},
            {u"send_date"_s, sendDate},
            {u"due_date"_s, sendDate},
            {u"billing_group_id"_s, groupId}};
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            rows << (row << field);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestMirrorTablePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsRowsWithCountsAndFreshness();
    void sortsByAColumn();
    void textFilterMatchesVisibleColumnsOnly();
    void valueFilterAndDateRange();
    void copySelectionAsTabSeparatedText();
    void exportsWhatTheViewShows();
    void detailsShowEveryFieldAndRelatedLinks();
    void enterOpensTheFirstRelatedView();
    void relatedFilterAppliesWhenTheListOpensHere();
    void anotherListLeavesNothingOfThePrevious();
    void emptyStatesSayWhy();
    void errorBannerShowsTheRequestId();
    void layoutRoundTrip();
    void syncProgressAndCancel();
    void focusFilterSelectsItsText();

private:
    void write(MirrorList list, const QList<QJsonObject> &rows, const QString &scope = {});
    void fill();
    [[nodiscard]] bool showAndWait(MirrorList list, const std::optional<QString> &scope = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MirrorStore> m_store;
    std::unique_ptr<MirrorTablePanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMirrorTablePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMirrorTablePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StoreError error;
    m_store =
            MirrorStore::open(StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s)),
                              {u"test"_s, u"demo"_s, u"https://demo.invalid/open_api/"_s}, &error);
    QVERIFY2(m_store, qPrintable(error.describe()));
    m_panel = std::make_unique<MirrorTablePanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1200, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestMirrorTablePanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMirrorTablePanel::write(MirrorList list, const QList<QJsonObject> &rows,
                                 const QString &scope)
{
    ListWrite write;
    write.list = list;
    write.bcId = bcId;
    write.scope = scope;
    write.rows = rows;
    write.complete = true;
    write.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-180);
    const ListWriteResult result = m_store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, rows.size());
}

void TestMirrorTablePanel::fill()
{
    QList<QJsonObject> accounts;
    for (int i = 0; i < 5; ++i)
        accounts << adAccount(i);
    write(MirrorList::AdAccounts, accounts);
    write(MirrorList::Invoices, {invoice(1, u"2026-01-15"_s, u"1234.50"_s, u"EUR"_s),
                                 invoice(2, u"2026-02-15"_s, u"99.99"_s, u"USD"_s),
                                 invoice(3, u"2026-03-15"_s, u"0.05"_s, u"EUR"_s)});
    write(MirrorList::BillingGroups,
          {{{u"billing_group_id"_s, groupId}, {u"billing_group_name"_s, u"EU-1"_s}}});
    write(MirrorList::BillingGroupAccounts, {{{u"advertiser_id"_s, accountId(1)}}}, groupId);
    write(MirrorList::AccountTransactions, {{{u"transaction_id"_s, u"1"_s},
                                             {u"account_id"_s, accountId(2)},
                                             {u"amount"_s, u"1.00"_s},
                                             {u"currency"_s, u"EUR"_s},
                                             {u"create_time"_s, u"2026-01-02 10:00:00"_s}},
                                            {{u"transaction_id"_s, u"2"_s},
                                             {u"account_id"_s, accountId(1)},
                                             {u"amount"_s, u"2.00"_s},
                                             {u"currency"_s, u"EUR"_s},
                                             {u"create_time"_s, u"2026-01-03 10:00:00"_s}}});
}

bool TestMirrorTablePanel::showAndWait(MirrorList list, const std::optional<QString> &scope)
{
    m_panel->showList(m_store.get(), list, bcId, scope);
    if (!m_panel->model())
        return false;
    QSignalSpy loaded(m_panel->model(), &MirrorTableModel::loaded);
    return m_panel->model()->isLoaded() || (loaded.wait(10000) && m_panel->model()->isLoaded());
}

void TestMirrorTablePanel::showsRowsWithCountsAndFreshness()
{
    fill();
    m_panel->showList(m_store.get(), MirrorList::AdAccounts, bcId);
    QVERIFY(m_panel->list() == MirrorList::AdAccounts);
    QCOMPARE(m_panel->bcId(), bcId);
    QVERIFY(!m_panel->scope().has_value());
    QTRY_VERIFY(m_panel->model()->isLoaded());
    QCOMPARE(m_panel->proxy()->rowCount(), 5);
    QTRY_COMPARE(m_panel->titleLabel()->text(), u"Ad accounts · 5 of 5 · fetched 3 min ago"_s);
    QVERIFY(m_panel->titleLabel()->toolTip().contains(u"UTC"_s));
    QVERIFY(m_panel->emptyStateText().isEmpty());
    QVERIFY(m_panel->view()->isVisible());
    // Typed filters of ad accounts: role, status, relation status, payment.
    QStringList labels;
    for (const auto *button : m_panel->valueFilters())
        labels << button->label();
    QCOMPARE(labels, (QStringList{u"Role"_s, u"Status"_s, u"Relation status"_s, u"Payment"_s}));
    QCOMPARE(m_panel->valueFilters().first()->availableValues(),
             (QStringList{u"ADMIN"_s, u"ANALYST"_s, u"OPERATOR"_s}));
}

void TestMirrorTablePanel::sortsByAColumn()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    using namespace bc::models::AdAccountColumns;
    m_panel->view()->sortByColumn(Name, Qt::DescendingOrder);
    QCOMPARE(column(*m_panel->proxy(), Name),
             (QStringList{u"Account 04"_s, u"Account 03"_s, u"Account 02"_s, u"Account 01"_s,
                          u"Account 00"_s}));
    // By the raw role value, ties in their previous order.
    m_panel->view()->sortByColumn(Role, Qt::AscendingOrder);
    QCOMPARE(column(*m_panel->proxy(), Role, bc::models::SortRole),
             (QStringList{u"ADMIN"_s, u"ADMIN"_s, u"ANALYST"_s, u"OPERATOR"_s, u"OPERATOR"_s}));
    QCOMPARE(m_panel->view()->horizontalHeader()->sortIndicatorSection(), int(Role));
}

void TestMirrorTablePanel::textFilterMatchesVisibleColumnsOnly()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    using namespace bc::models::AdAccountColumns;
    m_panel->setFilterText(u"account 02"_s);
    QCOMPARE(column(*m_panel->proxy(), Id), QStringList{accountId(2)});
    QCOMPARE(m_panel->titleLabel()->text().section(u" · "_s, 1, 1), u"1 of 5"_s);

    m_panel->setFilterText(u"ünited"_s);
    QCOMPARE(column(*m_panel->proxy(), Id), QStringList{accountId(3)});
    // Hidden, the owner column is not searched any more.
    m_panel->setColumnVisible(OwnerBc, false);
    QVERIFY(!m_panel->visibleColumns().contains(OwnerBc));
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    QCOMPARE(m_panel->emptyStateText(), u"No rows match the filter."_s);
    m_panel->setColumnVisible(OwnerBc, true);
    QCOMPARE(m_panel->proxy()->rowCount(), 1);

    // At least one column stays visible.
    for (int c = 0; c < Count; ++c)
        m_panel->setColumnVisible(c, false);
    QCOMPARE(m_panel->visibleColumns().size(), 1);
}

void TestMirrorTablePanel::valueFilterAndDateRange()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    using namespace bc::models;
    bc::ui::ValueFilterButton *role = m_panel->valueFilters().first();
    QCOMPARE(role->column(), int(AdAccountColumns::Role));
    role->setSelectedValues({u"ADMIN"_s});
    QCOMPARE(column(*m_panel->proxy(), AdAccountColumns::Id),
             (QStringList{accountId(0), accountId(3)}));
    QCOMPARE(role->text(), u"Role: Admin"_s);
    m_panel->clearFilters();
    QCOMPARE(m_panel->proxy()->rowCount(), 5);
    QVERIFY(role->selectedValues().isEmpty());

    QVERIFY(showAndWait(MirrorList::Invoices));
    QCOMPARE(m_panel->dateFilters().size(), 1);
    bc::ui::DateRangeFilter *sent = m_panel->dateFilters().first();
    QCOMPARE(sent->column(), int(InvoiceColumns::SendDate));
    sent->setRange(QDate(2026, 2, 1), QDate(2026, 3, 15)); // both ends inclusive
    QCOMPARE(column(*m_panel->proxy(), InvoiceColumns::SerialNumber),
             (QStringList{u"INV-3"_s, u"INV-2"_s})); // newest first
    sent->setRange(QDate(), QDate(2026, 2, 14));
    QCOMPARE(column(*m_panel->proxy(), InvoiceColumns::SerialNumber), QStringList{u"INV-1"_s});
    // Currency filter on top.
    for (auto *button : m_panel->valueFilters()) {
        if (button->column() == InvoiceColumns::Currency)
            button->setSelectedValues({u"USD"_s});
    }
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    QCOMPARE(m_panel->emptyStateText(), u"No rows match the filter."_s);
}

void TestMirrorTablePanel::copySelectionAsTabSeparatedText()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    using namespace bc::models::AdAccountColumns;
    m_panel->view()->sortByColumn(Name, Qt::AscendingOrder);
    m_panel->view()->selectRow(1);
    m_panel->view()->selectionModel()->select(
            m_panel->proxy()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_panel->copySelection();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).split(u'\t').mid(0, 3), (QStringList{u"Name"_s, u"ID"_s, u"Role"_s}));
    QCOMPARE(lines.at(1).split(u'\t').mid(0, 3),
             (QStringList{u"Account 01"_s, accountId(1), u"Operator"_s}));
    QCOMPARE(lines.at(2).split(u'\t').mid(0, 2), (QStringList{u"Account 03"_s, accountId(3)}));
    QCOMPARE(lines.at(1).split(u'\t').size(), int(Count));

    // Ctrl+C on the table does the same.
    QApplication::clipboard()->clear();
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 3);
}

void TestMirrorTablePanel::exportsWhatTheViewShows()
{
    fill();
    QVERIFY(showAndWait(MirrorList::Invoices));
    using namespace bc::models::InvoiceColumns;
    m_panel->setColumnVisible(Currency, false);
    for (auto *button : m_panel->valueFilters()) {
        if (button->column() == Currency)
            button->setSelectedValues({u"EUR"_s}); // typed filters work on hidden columns too
    }
    const QString path = m_dir->filePath(u"invoices.csv"_s);
    QString error;
    QVERIFY2(m_panel->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    const int amount = int(header.indexOf(u"Amount"_s));
    const int currency = int(header.indexOf(u"Currency"_s));
    const int title = int(header.indexOf(u"Title"_s));
    const int id = int(header.indexOf(u"Invoice ID"_s));
    QVERIFY(amount >= 0 && currency == amount + 1 && title >= 0 && id >= 0);
    // Newest first as shown; money plain, the currency kept although its column is hidden.
    QCOMPARE(rows.at(1).at(amount), u"0.05"_s);
    QCOMPARE(rows.at(2).at(amount), u"1234.50"_s);
    QCOMPARE(rows.at(2).at(currency), u"EUR"_s);
    QCOMPARE(rows.at(2).at(title), u"Ads, \"March\""_s);
    QCOMPARE(rows.at(2).at(id), u"8000000000000000001"_s);

    QVERIFY(!m_panel->exportCsv(m_dir->filePath(u"missing/folder/x.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestMirrorTablePanel::detailsShowEveryFieldAndRelatedLinks()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    QSignalSpy current(m_panel.get(), &MirrorTablePanel::currentIdChanged);
    QVERIFY(m_panel->selectId(accountId(1)));
    QCOMPARE(m_panel->currentId(), accountId(1));
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().first().toString(), accountId(1));

    bc::ui::DetailsPane *details = m_panel->detailsPane();
    QCOMPARE(details->title(), u"Account 01"_s);
    QCOMPARE(details->valueOf(u"x_future_field"_s), u"kept 1"_s);
    QCOMPARE(details->valueOf(u"bc_info.name"_s), u"Nested BC"_s);
    QCOMPARE(details->valueOf(u"asset_id"_s), accountId(1));
    // The field is on screen as text (new labels are shown by a queued call of their layout).
    const auto shown = [details] {
        for (const QLabel *label : details->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == u"kept 1"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(shown());
    QVERIFY(!details->related().isEmpty());
    QCOMPARE(details->related().first().title, u"Billing group: EU-1"_s);

    QVERIFY(!m_panel->selectId(u"123"_s));
    QCOMPARE(m_panel->currentId(), accountId(1));
}

void TestMirrorTablePanel::enterOpensTheFirstRelatedView()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    QSignalSpy related(m_panel.get(), &MirrorTablePanel::relatedRequested);
    QVERIFY(m_panel->selectId(accountId(1)));
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_Return);
    QCOMPARE(related.size(), 1);
    QCOMPARE(related.first().at(0).value<MirrorList>(), MirrorList::BillingGroups);
    QCOMPARE(related.first().at(2).toString(), groupId);

    // The details pane's links emit the same signal.
    QVERIFY(m_panel->detailsPane()->activateRelated(0));
    QCOMPARE(related.size(), 2);
    QCOMPARE(related.last().at(2).toString(), groupId);
}

void TestMirrorTablePanel::relatedFilterAppliesWhenTheListOpensHere()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    // As the window does: open the related list in the same panel.
    connect(m_panel.get(), &MirrorTablePanel::relatedRequested, this,
            [this](MirrorList list, const QString &scope, const QString &selectId) {
                m_panel->showList(m_store.get(), list, bcId,
                                  scope.isEmpty() ? std::nullopt : std::optional<QString>(scope));
                if (!selectId.isEmpty())
                    m_panel->selectId(selectId);
            });
    QVERIFY(m_panel->selectId(accountId(2)));
    const auto links = m_panel->currentRelated();
    int transactions = -1;
    for (int i = 0; i < links.size(); ++i) {
        if (links.at(i).list == MirrorList::AccountTransactions)
            transactions = i;
    }
    QVERIFY(transactions >= 0);
    QVERIFY(m_panel->detailsPane()->activateRelated(transactions));
    QVERIFY(m_panel->list() == MirrorList::AccountTransactions);
    QCOMPARE(m_panel->filterEdit()->text(), accountId(2));
    QTRY_VERIFY(m_panel->model()->isLoaded());
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
    QCOMPARE(m_panel->proxy()->index(0, 0).data(bc::models::IdRole).toString(), u"1"_s);
}

void TestMirrorTablePanel::anotherListLeavesNothingOfThePrevious()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    QVERIFY(m_panel->selectId(accountId(1)));
    m_panel->setFilterText(u"Account"_s);
    m_panel->valueFilters().first()->setSelectedValues({u"OPERATOR"_s});
    QPointer<MirrorTableModel> old = m_panel->model();
    m_panel->showList(m_store.get(), MirrorList::Invoices, bcId);
    QVERIFY(old.isNull()); // deleted, not just detached
    QVERIFY(m_panel->filterEdit()->text().isEmpty());
    QVERIFY(m_panel->currentId().isEmpty());
    QCOMPARE(m_panel->detailsPane()->fields().size(), 0);
    QTRY_VERIFY(m_panel->model()->isLoaded());
    QCOMPARE(m_panel->proxy()->rowCount(), 3);
    const QStringList ids = column(*m_panel->proxy(), 0, bc::models::IdRole);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!ids.contains(accountId(i)));
    QVERIFY(m_panel->titleLabel()->text().startsWith(u"Invoices · 3 of 3"_s));

    m_panel->clear();
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    QVERIFY(!m_panel->model());
    QVERIFY(!m_panel->list().has_value());
    QVERIFY(m_panel->titleLabel()->text().isEmpty());
}

void TestMirrorTablePanel::emptyStatesSayWhy()
{
    fill();
    // Never fetched.
    QVERIFY(showAndWait(MirrorList::Members));
    QCOMPARE(m_panel->emptyStateText(), u"Not synced yet — press F5 to fetch this list."_s);
    QVERIFY(m_panel->emptyStateWidget()->isVisible());
    QVERIFY(m_panel->titleLabel()->text().endsWith(u"not synced yet"_s));
    // Fetched, nothing in it.
    write(MirrorList::Partners, {});
    QVERIFY(showAndWait(MirrorList::Partners));
    QCOMPARE(m_panel->emptyStateText(), u"No rows in this list."_s);
    // What the caller knows.
    QVERIFY(showAndWait(MirrorList::BcBalance));
    m_panel->setEmptyReason(MirrorTablePanel::EmptyReason::NeedsFinanceRole);
    QCOMPARE(m_panel->emptyStateText(),
             u"Invoices and balances need a finance role in this Business Center."_s);
    m_panel->setEmptyReason(MirrorTablePanel::EmptyReason::NoPermission);
    QCOMPARE(m_panel->emptyStateText(),
             u"Your role in this Business Center cannot see this list."_s);
    // No match, with a way out.
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    QVERIFY(m_panel->emptyStateText().isEmpty());
    m_panel->setFilterText(u"no such account"_s);
    QCOMPARE(m_panel->emptyStateText(), u"No rows match the filter."_s);
    auto *clear = m_panel->emptyStateWidget()->findChild<QPushButton *>();
    QVERIFY(clear && clear->isVisible());
    clear->click();
    QCOMPARE(m_panel->proxy()->rowCount(), 5);
    QVERIFY(m_panel->emptyStateText().isEmpty());
    // No mirror at all.
    m_panel->showList(nullptr, MirrorList::AdAccounts, bcId);
    QCOMPARE(m_panel->emptyStateText(), u"The local mirror could not be opened."_s);
}

void TestMirrorTablePanel::errorBannerShowsTheRequestId()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    QSignalSpy refresh(m_panel.get(), &MirrorTablePanel::refreshRequested);
    m_panel->showError(u"Could not fetch the ad accounts."_s, u"20261125093000ABCDEF"_s);
    QVERIFY(m_panel->errorBanner()->isVisible());
    QVERIFY(m_panel->errorBanner()->message().contains(u"Could not fetch the ad accounts."_s));
    QVERIFY(m_panel->errorBanner()->message().contains(u"20261125093000ABCDEF"_s));
    Q_EMIT m_panel->errorBanner()->retryRequested();
    QCOMPARE(refresh.size(), 1);
    m_panel->clearError();
    QVERIFY(!m_panel->errorBanner()->isVisible());
    // A new list starts without the old list's error.
    m_panel->showError(u"x"_s);
    QVERIFY(showAndWait(MirrorList::Invoices));
    QVERIFY(!m_panel->errorBanner()->isVisible());
}

void TestMirrorTablePanel::layoutRoundTrip()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    using namespace bc::models::AdAccountColumns;
    QHeaderView *header = m_panel->view()->horizontalHeader();
    m_panel->setColumnVisible(Status, false);
    header->moveSection(header->visualIndex(Id), 0);
    header->resizeSection(Name, 211);
    m_panel->view()->sortByColumn(Name, Qt::DescendingOrder);
    const QByteArray state = m_panel->saveLayout();
    QVERIFY(!state.isEmpty());

    QVERIFY(showAndWait(MirrorList::AdAccounts));
    QVERIFY(!header->isSectionHidden(Status)); // a new list starts with every column
    QCOMPARE(header->visualIndex(Id), int(Id));
    QVERIFY(m_panel->restoreLayout(state));
    QVERIFY(header->isSectionHidden(Status));
    QCOMPARE(header->visualIndex(Id), 0);
    QCOMPARE(header->sectionSize(Name), 211);
    QCOMPARE(m_panel->visibleColumns().first(), int(Id));
    QCOMPARE(column(*m_panel->proxy(), Name).first(), u"Account 04"_s);
    QVERIFY(!m_panel->restoreLayout("not a header state"));
}

void TestMirrorTablePanel::syncProgressAndCancel()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    QSignalSpy cancel(m_panel.get(), &MirrorTablePanel::cancelRequested);
    QVERIFY(!m_panel->progressBar()->isVisible());
    m_panel->setSyncProgress(0, 0);
    QVERIFY(m_panel->progressBar()->isVisible());
    QCOMPARE(m_panel->progressBar()->maximum(), 0); // busy
    m_panel->setSyncProgress(3, 20);
    QCOMPARE(m_panel->progressBar()->value(), 3);
    QCOMPARE(m_panel->progressBar()->maximum(), 20);
    auto buttons = m_panel->findChildren<QPushButton *>();
    QPushButton *cancelButton = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text() == u"Cancel"_s)
            cancelButton = button;
    }
    QVERIFY(cancelButton && cancelButton->isVisible());
    cancelButton->click();
    QCOMPARE(cancel.size(), 1);
    m_panel->setSyncFinished();
    QVERIFY(!m_panel->progressBar()->isVisible());
    QVERIFY(!cancelButton->isVisible());

    // The mirror changed: reload picks up the new row.
    QList<QJsonObject> accounts;
    for (int i = 0; i < 6; ++i)
        accounts << adAccount(i);
    write(MirrorList::AdAccounts, accounts);
    m_panel->reload();
    QTRY_COMPARE(m_panel->proxy()->rowCount(), 6);
    QTRY_VERIFY(m_panel->titleLabel()->text().contains(u"6 of 6"_s));
}

void TestMirrorTablePanel::focusFilterSelectsItsText()
{
    fill();
    QVERIFY(showAndWait(MirrorList::AdAccounts));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->view()->setFocus();
    m_panel->setFilterText(u"Account"_s);
    m_panel->focusFilter();
    QTRY_VERIFY(m_panel->filterEdit()->hasFocus());
    QCOMPARE(m_panel->filterEdit()->selectedText(), u"Account"_s);
    // Typing replaces the filter.
    QTest::keyClicks(m_panel->filterEdit(), u"03"_s);
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
}

QTEST_MAIN(TestMirrorTablePanel)
#include "tst_mirrortablepanel.moc"
