#include "core/store/mirrorstore.h"
#include "models/overviewdata.h"
#include "models/overviewreader.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::models::OverviewData;
using bc::models::OverviewReader;
using bc::store::ListWrite;
using bc::store::MirrorList;
using bc::store::MirrorStore;
using bc::store::StoreError;
using bc::store::StoreIdentity;
using bc::store::StoreLocation;

class TestOverviewData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyMirrorGivesEmptyPartsNotErrors();
    void balancesAsTheApiNamesThem();
    void balanceToleratesMissingFields();
    void unpaidTotalPerCurrencyIsExact();
    void countsAndFreshness();
    void costTopTenAndOthersSumExactly();
    void costUsesTheNewestRangeAndAdAccountNames();
    void transactionsBucketed_data();
    void transactionsBucketed();
    void otherBusinessCentersStayOut();
    void readerAnswersOffTheUiThread();

private:
    void writeRows(MirrorList list, const QList<QJsonObject> &rows, const QString &scope = {},
                   const QString &bcId = {}, const QDateTime &fetchedAt = {});
    OverviewData compute();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MirrorStore> m_store;
    StoreLocation m_location = StoreLocation::sqliteFile({});
    const StoreIdentity m_identity{u"test"_s, u"demo"_s, u"https://demo.invalid/open_api/"_s};
    const QString m_bc = u"7000000000000000042"_s;
};

namespace {

QString longId(qint64 n)
{
    return u"7"_s + QString::number(n).rightJustified(18, u'0');
}

QJsonObject invoice(int n, const QString &payStatus, const QString &currency, const QString &unpaid,
                    const QString &overdue = u"NO"_s)
{
    QJsonObject row{
            {u"invoice_id"_s, longId(500 + n)},       {u"serial_number"_s, u"INV-%1"_s.arg(n)},
            {u"invoice_type"_s, u"RECON"_s},          {u"pay_status"_s, payStatus},
            {u"overdue_status"_s, overdue},           {u"status"_s, u"APPROVED"_s},
            {u"currency_code"_s, currency},           {u"amount"_s, 999999.99},
            {u"due_date"_s, u"2026-11-01 00:00:00"_s}};
    if (!unpaid.isEmpty())
        row.insert(u"unpaid_amount"_s, unpaid);
    return row;
}

QJsonObject cost(int n, const QString &amount, const QString &name = {},
                 const QString &currency = u"USD"_s)
{
    return {{u"advertiser_id"_s, longId(1000 + n)},
            {u"advertiser_name"_s, name.isEmpty() ? u"Cost row %1"_s.arg(n) : name},
            {u"amount"_s, amount},
            {u"cash_amount"_s, amount},
            {u"grant_amount"_s, 0},
            {u"tax_amount"_s, 0},
            {u"currency"_s, currency}};
}

QJsonObject transaction(const QString &date, double amount, const QString &currency = u"USD"_s)
{
    return {{u"date"_s, date},
            {u"amount"_s, amount},
            {u"currency"_s, currency},
            {u"timezone"_s, u"Etc/GMT"_s},
            {u"funds_type"_s, u"FUNDS_TYPE_CASH"_s}};
}

} // namespace

void TestOverviewData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOverviewData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s));
    StoreError error;
    m_store = MirrorStore::open(m_location, m_identity, &error);
    QVERIFY2(m_store, qPrintable(error.describe()));
}

void TestOverviewData::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestOverviewData::writeRows(MirrorList list, const QList<QJsonObject> &rows,
                                 const QString &scope, const QString &bcId,
                                 const QDateTime &fetchedAt)
{
    ListWrite write;
    write.list = list;
    write.bcId = bcId.isEmpty() ? m_bc : bcId;
    write.scope = scope;
    write.rows = rows;
    write.complete = true;
    write.fetchedAt = fetchedAt;
    if (list == MirrorList::AccountCosts)
        write.otherScopesToKeep = QStringList{};
    const bc::store::ListWriteResult result = m_store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, rows.size());
}

OverviewData TestOverviewData::compute()
{
    StoreError error;
    OverviewData data = bc::models::computeOverview(*m_store, m_bc, &error);
    if (error.isError())
        qWarning("computeOverview: %s", qPrintable(error.describe()));
    return data;
}

void TestOverviewData::emptyMirrorGivesEmptyPartsNotErrors()
{
    StoreError error;
    const OverviewData data = bc::models::computeOverview(*m_store, m_bc, &error);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(data.bcId, m_bc);
    QVERIFY(!data.balance);
    QVERIFY(data.unpaid.isEmpty());
    QCOMPARE(data.overdueInvoices, 0);
    QVERIFY(data.costs.isEmpty());
    QVERIFY(data.costScope.isEmpty());
    QCOMPARE(data.costDays(), 0);
    QVERIFY(data.transactions.isEmpty());
    QVERIFY(data.periodStarts.isEmpty());
    QVERIFY(data.freshness.isEmpty());
    QVERIFY(!data.oldestFreshness().isValid());
    QCOMPARE(data.counts.size(), OverviewData::countedLists().size());
    for (const MirrorList list : OverviewData::countedLists())
        QCOMPARE(data.count(list), 0);
}

void TestOverviewData::balancesAsTheApiNamesThem()
{
    writeRows(MirrorList::BcBalance, {{{u"bc_id"_s, m_bc},
                                       {u"currency"_s, u"USD"_s},
                                       {u"account_balance"_s, 125000.55},
                                       {u"valid_account_balance"_s, 120000.05},
                                       {u"frozen_balance"_s, 4990.5},
                                       {u"tax"_s, 10},
                                       {u"cash_balance"_s, u"100000.10"_s},
                                       {u"valid_cash_balance"_s, 95000.1},
                                       {u"grant_balance"_s, 25000.45},
                                       {u"valid_grant_balance"_s, 24999.95}}});
    const OverviewData data = compute();
    QVERIFY(data.balance);
    QCOMPARE(data.balance->currency, u"USD"_s);
    QCOMPARE(data.balance->accountBalance, 12500055);
    QCOMPARE(data.balance->validAccountBalance, 12000005);
    QCOMPARE(data.balance->frozenBalance, 499050);
    QCOMPARE(data.balance->tax, 1000);
    QCOMPARE(data.balance->cashBalance, 10000010);
    QCOMPARE(data.balance->validCashBalance, 9500010);
    QCOMPARE(data.balance->grantBalance, 2500045);
    QCOMPARE(data.balance->validGrantBalance, 2499995);
    QVERIFY(data.freshness.contains(MirrorList::BcBalance));
}

void TestOverviewData::balanceToleratesMissingFields()
{
    // The BC list has no BC of its own (bc_id ''); its currency stands in for a missing one.
    ListWrite businessCenters;
    businessCenters.list = MirrorList::BusinessCenters;
    businessCenters.rows = {{{u"bc_info"_s, QJsonObject{{u"bc_id"_s, m_bc},
                                                        {u"name"_s, u"Café Ünited"_s},
                                                        {u"currency"_s, u"EUR"_s}}}}};
    businessCenters.complete = true;
    QVERIFY(!m_store->write(businessCenters).error.isError());
    // No currency, no grant fields, a null frozen balance, an unreadable tax.
    writeRows(MirrorList::BcBalance, {{{u"bc_id"_s, m_bc},
                                       {u"account_balance"_s, 10.5},
                                       {u"cash_balance"_s, 10.5},
                                       {u"frozen_balance"_s, QJsonValue::Null},
                                       {u"tax"_s, u"n/a"_s}}});
    const OverviewData data = compute();
    QVERIFY(data.balance);
    QCOMPARE(data.balance->currency, u"EUR"_s);
    QCOMPARE(data.balance->accountBalance, 1050);
    QCOMPARE(data.balance->cashBalance, 1050);
    QVERIFY(!data.balance->grantBalance);
    QVERIFY(!data.balance->validGrantBalance);
    QVERIFY(!data.balance->frozenBalance);
    QVERIFY(!data.balance->tax);
}

void TestOverviewData::unpaidTotalPerCurrencyIsExact()
{
    // 0.1 + 0.2 is where doubles go wrong; minor units do not.
    writeRows(MirrorList::Invoices,
              {invoice(1, u"UNPAID"_s, u"USD"_s, u"0.10"_s, u"YES"_s),
               invoice(2, u"PARTIAL_PAID"_s, u"USD"_s, u"0.20"_s),
               invoice(3, u"UNPAID"_s, u"USD"_s, u"1234567.89"_s, u"YES"_s),
               invoice(4, u"PAID"_s, u"USD"_s, u"0"_s),
               invoice(5, u"NO_NEED"_s, u"USD"_s, u"55.00"_s),
               invoice(6, u"UNPAID"_s, u"EUR"_s, u"10.01"_s, u"INITIALIZED"_s),
               invoice(7, u"PARTIAL_PAID"_s, u"EUR"_s, u"0.99"_s, u"YES"_s)});
    const OverviewData data = compute();
    QCOMPARE(data.unpaid.size(), 2);
    QCOMPARE(data.unpaid.at(0).currency, u"EUR"_s);
    QCOMPARE(data.unpaid.at(0).amount, 1100);
    QCOMPARE(data.unpaid.at(0).invoices, 2);
    QCOMPARE(data.unpaid.at(0).overdue, 1);
    QCOMPARE(data.unpaid.at(1).currency, u"USD"_s);
    QCOMPARE(data.unpaid.at(1).amount, 123456819);
    QCOMPARE(data.unpaid.at(1).invoices, 3);
    QCOMPARE(data.unpaid.at(1).overdue, 2);
    QCOMPARE(data.overdueInvoices, 3);
    QCOMPARE(data.count(MirrorList::Invoices), 7);
}

void TestOverviewData::countsAndFreshness()
{
    const QDateTime older = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    const QDateTime newer = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    // Stamps only grow within one mirror: the older list is written first.
    writeRows(MirrorList::Assets, {{{u"asset_id"_s, u"23"_s}}}, u"PIXEL"_s, {}, older);
    QList<QJsonObject> accounts;
    for (int i = 0; i < 12; ++i)
        accounts.append({{u"asset_id"_s, longId(1000 + i)}, {u"asset_name"_s, u"A%1"_s.arg(i)}});
    writeRows(MirrorList::AdAccounts, accounts, {}, {}, newer);
    writeRows(MirrorList::Members,
              {{{u"user_id"_s, u"11"_s}}, {{u"user_id"_s, u"12"_s}}, {{u"user_id"_s, u"13"_s}}}, {},
              {}, newer);
    writeRows(MirrorList::Assets, {{{u"asset_id"_s, u"21"_s}}, {{u"asset_id"_s, u"22"_s}}},
              u"CATALOG"_s, {}, newer);
    writeRows(MirrorList::Pixels, {{{u"pixel_id"_s, u"31"_s}}}, {}, {}, newer);
    writeRows(MirrorList::BillingGroups, {}, {}, {}, newer);

    const OverviewData data = compute();
    QCOMPARE(data.count(MirrorList::AdAccounts), 12);
    QCOMPARE(data.count(MirrorList::Members), 3);
    QCOMPARE(data.count(MirrorList::Assets), 3);
    QCOMPARE(data.count(MirrorList::Pixels), 1);
    QCOMPARE(data.count(MirrorList::BillingGroups), 0);
    QCOMPARE(data.count(MirrorList::Partners), 0);
    QCOMPARE(data.freshness.value(MirrorList::AdAccounts), newer);
    // A scoped list is as old as its oldest scope.
    QCOMPARE(data.freshness.value(MirrorList::Assets), older);
    // Read completely with no rows: fresh, not missing.
    QVERIFY(data.freshness.contains(MirrorList::BillingGroups));
    QVERIFY(!data.freshness.contains(MirrorList::Partners));
    QCOMPARE(data.oldestFreshness(), older);
}

void TestOverviewData::costTopTenAndOthersSumExactly()
{
    QList<QJsonObject> rows;
    qint64 expectedTotal = 0;
    for (int i = 0; i < 15; ++i) {
        // 100.01, 200.02, ... 1500.15: distinct, with cents that doubles would smear.
        const qint64 minor = (i + 1) * 10001;
        expectedTotal += minor;
        rows.append(cost(i, u"%1.%2"_s.arg(minor / 100).arg(minor % 100, 2, 10, QChar(u'0'))));
    }
    rows.append(cost(90, u"0.01"_s, u"Tiny"_s, u"EUR"_s));
    writeRows(MirrorList::AccountCosts, rows, u"2026-10-27..2026-11-25"_s);

    const OverviewData data = compute();
    QCOMPARE(data.costScope, u"2026-10-27..2026-11-25"_s);
    QCOMPARE(data.costDays(), 30);
    QCOMPARE(data.costs.size(), 2);
    const OverviewData::CostBreakdown &usd = data.costs.at(0);
    QCOMPARE(usd.currency, u"USD"_s);
    QCOMPARE(usd.accounts, 15);
    QCOMPARE(usd.total, expectedTotal);
    QCOMPARE(usd.slices.size(), OverviewData::topAccounts + 1);
    QCOMPARE(usd.slices.at(0).amount, 150015);
    QCOMPARE(usd.slices.at(0).advertiserId, longId(1014));
    QCOMPARE(usd.slices.at(9).amount, 60006);
    const OverviewData::CostSlice &others = usd.slices.constLast();
    QVERIFY(others.isOthers());
    QCOMPARE(others.accounts, 5);
    QCOMPARE(others.amount, 10001 + 20002 + 30003 + 40004 + 50005);
    qint64 sum = 0;
    for (const auto &slice : usd.slices)
        sum += slice.amount;
    QCOMPARE(sum, usd.total);
    QCOMPARE(data.costs.at(1).currency, u"EUR"_s);
    QCOMPARE(data.costs.at(1).total, 1);
    QVERIFY(!data.costs.at(1).slices.constFirst().isOthers());
}

void TestOverviewData::costUsesTheNewestRangeAndAdAccountNames()
{
    writeRows(MirrorList::AdAccounts,
              {{{u"asset_id"_s, longId(1001)}, {u"asset_name"_s, u"Spring Sale ÄÖ"_s}}});
    ListWrite old;
    old.list = MirrorList::AccountCosts;
    old.bcId = m_bc;
    old.scope = u"2026-09-01..2026-09-30"_s;
    old.rows = {cost(1, u"999.00"_s)};
    old.complete = true;
    QVERIFY(!m_store->write(old).error.isError());
    ListWrite fresh = old;
    fresh.scope = u"2026-10-27..2026-11-25"_s;
    fresh.rows = {cost(1, u"12.34"_s), cost(2, u"5.00"_s, u"From the cost row"_s)};
    QVERIFY(!m_store->write(fresh).error.isError());

    const OverviewData data = compute();
    QCOMPARE(data.costScope, fresh.scope);
    QCOMPARE(data.costStart, QDate(2026, 10, 27));
    QCOMPARE(data.costEnd, QDate(2026, 11, 25));
    QCOMPARE(data.costs.size(), 1);
    QCOMPARE(data.costs.at(0).total, 1734);
    QCOMPARE(data.costs.at(0).slices.size(), 2);
    QCOMPARE(data.costs.at(0).slices.at(0).name, u"Spring Sale ÄÖ"_s);
    QCOMPARE(data.costs.at(0).slices.at(1).name, u"From the cost row"_s);
    QVERIFY(data.freshness.contains(MirrorList::AccountCosts));
}

void TestOverviewData::transactionsBucketed_data()
{
    QTest::addColumn<QList<QJsonObject>>("rows");
    QTest::addColumn<int>("period");
    QTest::addColumn<QList<QDate>>("starts");
    QTest::addColumn<QList<qint64>>("moneyIn");
    QTest::addColumn<QList<qint64>>("moneyOut");

    QTest::newRow("days") << QList<QJsonObject>{transaction(u"2026-11-03 09:00:00"_s, 100.10),
                                                transaction(u"2026-11-03 23:59:59"_s, -0.10),
                                                transaction(u"2026-11-05 00:00:01"_s, -2500.55),
                                                transaction(u"2026-11-05 12:00:00"_s, 0.2)}
                          << int(OverviewData::Period::Day)
                          << QList<QDate>{QDate(2026, 11, 3), QDate(2026, 11, 4),
                                          QDate(2026, 11, 5)}
                          << QList<qint64>{10010, 0, 20} << QList<qint64>{-10, 0, -250055};
    // 2026-09-02 is a Wednesday: its week starts on Monday 2026-08-31.
    QTest::newRow("weeks") << QList<QJsonObject>{transaction(u"2026-09-02 10:00:00"_s, -1000),
                                                 transaction(u"2026-09-06 10:00:00"_s, 300.3),
                                                 transaction(u"2026-11-20 10:00:00"_s, 1.01)}
                           << int(OverviewData::Period::Week)
                           << QList<QDate>{QDate(2026, 8, 31),  QDate(2026, 9, 7),
                                           QDate(2026, 9, 14),  QDate(2026, 9, 21),
                                           QDate(2026, 9, 28),  QDate(2026, 10, 5),
                                           QDate(2026, 10, 12), QDate(2026, 10, 19),
                                           QDate(2026, 10, 26), QDate(2026, 11, 2),
                                           QDate(2026, 11, 9),  QDate(2026, 11, 16)}
                           << QList<qint64>{30030, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 101}
                           << QList<qint64>{-100000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("months") << QList<QJsonObject>{transaction(u"2025-12-31 10:00:00"_s, 1),
                                                  transaction(u"2026-01-01 10:00:00"_s, -2),
                                                  transaction(u"2026-11-25"_s, 3.33)}
                            << int(OverviewData::Period::Month)
                            << QList<QDate>{QDate(2025, 12, 1), QDate(2026, 1, 1),
                                            QDate(2026, 2, 1),  QDate(2026, 3, 1),
                                            QDate(2026, 4, 1),  QDate(2026, 5, 1),
                                            QDate(2026, 6, 1),  QDate(2026, 7, 1),
                                            QDate(2026, 8, 1),  QDate(2026, 9, 1),
                                            QDate(2026, 10, 1), QDate(2026, 11, 1)}
                            << QList<qint64>{100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 333}
                            << QList<qint64>{0, -200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
}

void TestOverviewData::transactionsBucketed()
{
    QFETCH(QList<QJsonObject>, rows);
    QFETCH(int, period);
    QFETCH(QList<QDate>, starts);
    QFETCH(QList<qint64>, moneyIn);
    QFETCH(QList<qint64>, moneyOut);
    // A second currency and a row without a date (left out).
    rows.append(transaction(u"2026-11-05 08:00:00"_s, 7, u"EUR"_s));
    rows.append(transaction(u"not a date"_s, 1234));
    writeRows(MirrorList::BcTransactions, rows);

    const OverviewData data = compute();
    QCOMPARE(int(data.period), period);
    QCOMPARE(data.periodStarts, starts);
    QCOMPARE(data.transactions.size(), 2);
    const OverviewData::TransactionSeries &usd = data.transactions.at(0);
    QCOMPARE(usd.currency, u"USD"_s);
    QCOMPARE(usd.moneyIn, moneyIn);
    QCOMPARE(usd.moneyOut, moneyOut);
    QCOMPARE(usd.transactions, rows.size() - 2);
    qint64 in = 0;
    for (const qint64 v : moneyIn)
        in += v;
    QCOMPARE(usd.totalIn, in);
    const OverviewData::TransactionSeries &eur = data.transactions.at(1);
    QCOMPARE(eur.currency, u"EUR"_s);
    QCOMPARE(eur.totalIn, 700);
    QCOMPARE(eur.moneyIn.size(), starts.size());
}

void TestOverviewData::otherBusinessCentersStayOut()
{
    const QString other = u"7000000000000000099"_s;
    writeRows(MirrorList::Invoices, {invoice(1, u"UNPAID"_s, u"USD"_s, u"50.00"_s)}, {}, other);
    writeRows(MirrorList::AdAccounts, {{{u"asset_id"_s, u"1"_s}}}, {}, other);
    writeRows(MirrorList::BcTransactions, {transaction(u"2026-11-03 09:00:00"_s, 1)}, {}, other);
    const OverviewData data = compute();
    QVERIFY(data.unpaid.isEmpty());
    QCOMPARE(data.count(MirrorList::AdAccounts), 0);
    QVERIFY(data.transactions.isEmpty());
    QVERIFY(data.freshness.isEmpty());
}

void TestOverviewData::readerAnswersOffTheUiThread()
{
    writeRows(MirrorList::Invoices, {invoice(1, u"UNPAID"_s, u"USD"_s, u"50.25"_s)});
    OverviewReader reader(m_location, m_identity);
    QSignalSpy read(&reader, &OverviewReader::read);
    reader.load(7, m_bc);
    reader.load(8, u"7000000000000000099"_s);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 10000);
    QCOMPARE(read.at(0).at(0).toULongLong(), 7u);
    const auto first = read.at(0).at(1).value<OverviewData>();
    QCOMPARE(first.bcId, m_bc);
    QCOMPARE(first.unpaid.size(), 1);
    QCOMPARE(first.unpaid.at(0).amount, 5025);
    QVERIFY(!read.at(0).at(2).value<StoreError>().isError());
    QCOMPARE(read.at(1).at(0).toULongLong(), 8u);
    QVERIFY(read.at(1).at(1).value<OverviewData>().unpaid.isEmpty());

    // A mirror of another environment is refused, as an error, not as an empty Overview.
    OverviewReader wrong(m_location, StoreIdentity{u"x"_s, u"production"_s, u"https://x/"_s});
    QSignalSpy refused(&wrong, &OverviewReader::read);
    wrong.load(1, m_bc);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QVERIFY(refused.at(0).at(2).value<StoreError>().isError());
}

QTEST_GUILESS_MAIN(TestOverviewData)
#include "tst_overviewdata.moc"
