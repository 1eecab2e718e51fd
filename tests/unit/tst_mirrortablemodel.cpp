#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "models/mirrorcolumnset.h"
#include "models/mirrortablemodel.h"
#include "models/roles.h"
#include "models/typedfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::models;
using bc::store::ListWrite;
using bc::store::MirrorList;
using bc::store::MirrorStore;
using bc::store::MirrorWriter;
using bc::store::StoreError;
using bc::store::StoreIdentity;
using bc::store::StoreLocation;

class TestMirrorTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void servesRowsInBatches();
    void autoFetchLoadsEveryRowUnderTheTesters();
    void sortsByRawValue_data();
    void sortsByRawValue();
    void filters_data();
    void filters();
    void reloadUpdatesInPlaceAfterAWrite();
    void reloadBeforeTheLastPageResets();
    void keepsNineteenDigitIdsExact();
    void rawJsonRoleHasFieldsTheSpecDoesNotModel();
    void showsMoneyExactlyWithItsCurrency();
    void freshnessAndFetchedAt();

private:
    void writeRows(MirrorList list, const QList<QJsonObject> &rows, const QString &scope = u""_s);
    static bool waitLoaded(MirrorTableModel &model);

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

QJsonObject adAccount(int i, const QString &status = u"STATUS_ENABLE"_s)
{
    static const QStringList roles = {u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s};
    return {{u"asset_id"_s, longId(1000 + i)},
            {u"asset_name"_s, u"Account %1"_s.arg(i, 5, 10, QChar(u'0'))},
            {u"advertiser_role"_s, roles.at(i % roles.size())},
            {u"advertiser_status"_s, status},
            {u"advertiser_account_type"_s, u"AUCTION"_s},
            {u"owner_bc_name"_s, i % 2 == 0 ? u"Café Ünited"_s : u"Demo BC"_s},
            {u"relation_type"_s, u"OWN"_s},
            {u"relation_status"_s, i % 3 == 0 ? u"PENDING"_s : u"ACTIVE"_s},
            {u"pay_type"_s, i % 2 == 0 ? u"PREPAY"_s : u"POSTPAY"_s}};
}

QList<QJsonObject> adAccounts(int count)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < count; ++i)
        rows.append(adAccount(i));
    return rows;
}

QJsonObject transaction(const QString &id, const QJsonValue &amount, const QString &currency,
                        const QString &time)
{
    return {{u"transaction_id"_s, id},
            {u"account_id"_s, longId(1)},
            {u"account_name"_s, u"Shop"_s},
            {u"amount"_s, amount},
            {u"subtotal"_s, amount},
            {u"tax_amount"_s, u"0.00"_s},
            {u"currency"_s, currency},
            {u"amount_type"_s, u"INCREASE"_s},
            {u"transaction_type"_s, u"RECHARGE"_s},
            {u"billing_type"_s, u"CASH"_s},
            {u"create_time"_s, time}};
}

// Ids in the model's rows (through `model`'s IdRole), top to bottom.
QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(IdRole).toString());
    return ids;
}

} // namespace

void TestMirrorTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Display texts below are asserted in this locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMirrorTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s));
    StoreError error;
    m_store = MirrorStore::open(m_location, m_identity, &error);
    QVERIFY2(m_store, qPrintable(error.describe()));
}

void TestMirrorTableModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestMirrorTableModel::writeRows(MirrorList list, const QList<QJsonObject> &rows,
                                     const QString &scope)
{
    ListWrite write;
    write.list = list;
    write.bcId = m_bc;
    write.scope = scope;
    write.rows = rows;
    write.complete = true;
    const bc::store::ListWriteResult result = m_store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, rows.size());
}

bool TestMirrorTableModel::waitLoaded(MirrorTableModel &model)
{
    if (model.isLoaded())
        return true;
    QSignalSpy loaded(&model, &MirrorTableModel::loaded);
    return loaded.wait(10000) && model.isLoaded();
}

void TestMirrorTableModel::servesRowsInBatches()
{
    writeRows(MirrorList::AdAccounts, adAccounts(2500));
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAutoFetch(false);
    model.setBatchSize(1000);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.load();
    QVERIFY(inserted.wait());
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isLoaded());

    model.fetchMore({});
    QVERIFY(inserted.wait());
    QCOMPARE(model.rowCount(), 2000);
    QVERIFY(model.canFetchMore({}));

    QSignalSpy loaded(&model, &MirrorTableModel::loaded);
    model.fetchMore({});
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2500);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.size(), 3);
    // Every row once, in id order (the keyset pages neither skip nor repeat a row).
    QStringList expected;
    for (int i = 0; i < 2500; ++i)
        expected.append(longId(1000 + i));
    QCOMPARE(idsOf(model), expected);
}

void TestMirrorTableModel::autoFetchLoadsEveryRowUnderTheTesters()
{
    writeRows(MirrorList::AdAccounts, adAccounts(1100));
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    TypedFilterProxyModel proxy;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setBatchSize(250);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.load();
    QVERIFY(waitLoaded(model));
    QCOMPARE(inserted.size(), 5);
    QCOMPARE(model.rowCount(), 1100);
    QCOMPARE(proxy.rowCount(), 1100);
    proxy.setFilterText(u"demo"_s);
    proxy.sort(AdAccountColumns::Name, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 550);
    QCOMPARE(proxy.index(0, AdAccountColumns::Name).data().toString(), u"Account 01099"_s);
}

void TestMirrorTableModel::sortsByRawValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    // Display texts would sort "-5.00", "1,000.00", "10.00", "9.00" and "1/10/2026" before
    // "12/31/2025" before "2/1/2026".
    QTest::newRow("money by minor units")
            << int(AccountTransactionColumns::Amount)
            << QStringList{u"t4"_s, u"t2"_s, u"t3"_s, u"t1"_s, u"t5"_s};
    QTest::newRow("dates by ISO text") << int(AccountTransactionColumns::Time)
                                       << QStringList{u"t3"_s, u"t1"_s, u"t5"_s, u"t2"_s, u"t4"_s};
    QTest::newRow("ids as given (row order)")
            << int(AccountTransactionColumns::Id)
            << QStringList{u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s, u"t5"_s};
}

void TestMirrorTableModel::sortsByRawValue()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    writeRows(MirrorList::AccountTransactions,
              {transaction(u"t1"_s, u"10.00"_s, u"USD"_s, u"2026-01-10 08:00:00"_s),
               transaction(u"t2"_s, 9, u"USD"_s, u"2026-02-01 00:00:00"_s),
               transaction(u"t3"_s, u"9.50"_s, u"EUR"_s, u"2025-12-31 23:59:59"_s),
               transaction(u"t4"_s, u"-5.00"_s, u"USD"_s, u"2026-11-02 00:00:00"_s),
               transaction(u"t5"_s, 1000, u"JPY"_s, u"2026-01-10 09:00:00"_s)});
    MirrorTableModel model(*m_store, MirrorList::AccountTransactions, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AccountTransactions));
    TypedFilterProxyModel proxy;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.load();
    QVERIFY(waitLoaded(model));

    const QPersistentModelIndex t3(proxy.index(2, 0));
    QCOMPARE(t3.data(IdRole).toString(), u"t3"_s);
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(idsOf(proxy), ascending);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(idsOf(proxy), descending);
    // Selections survive a sort: the persistent index moved with its row.
    QVERIFY(t3.isValid());
    QCOMPARE(t3.data(IdRole).toString(), u"t3"_s);
    QCOMPARE(t3.row(), int(descending.indexOf(u"t3"_s)));
    // The same through a plain QSortFilterProxyModel on SortRole (the generic path).
    QSortFilterProxyModel plain;
    plain.setSortRole(SortRole);
    plain.setSourceModel(&model);
    plain.sort(column, Qt::AscendingOrder);
    QCOMPARE(idsOf(plain), ascending);
}

void TestMirrorTableModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("valueColumn");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("rows");
    using namespace AdAccountColumns;
    const QDate none;
    QTest::newRow("nothing") << QString() << -1 << QStringList() << none << none << 30;
    QTest::newRow("text, case and accents")
            << u"CAFÉ"_s << -1 << QStringList() << none << none << 15;
    QTest::newRow("text, every word") << u"café 0002"_s << -1 << QStringList() << none << none
                                      << 6; // 00002, 00020, 00022, 00024, 00026, 00028
    QTest::newRow("text, enum display text")
            << u"disabled"_s << -1 << QStringList() << none << none << 10;
    QTest::newRow("text, enum raw value")
            << u"status_disable"_s << -1 << QStringList() << none << none << 10;
    QTest::newRow("text, id digits")
            << u"7000000000000001029"_s << -1 << QStringList() << none << none << 1;
    QTest::newRow("status") << QString() << int(Status) << QStringList{u"STATUS_DISABLE"_s} << none
                            << none << 10;
    QTest::newRow("role, two values")
            << QString() << int(AdAccountColumns::Role) << QStringList{u"ADMIN"_s, u"ANALYST"_s}
            << none << none << 20;
    QTest::newRow("relation status and text")
            << u"demo"_s << int(RelationStatus) << QStringList{u"PENDING"_s} << none << none
            << 5; // odd multiples of 3 below 30
    QTest::newRow("payment from the raw JSON")
            << QString() << int(PayType) << QStringList{u"PREPAY"_s} << none << none << 15;
    QTest::newRow("no match") << u"zzz"_s << -1 << QStringList() << none << none << 0;
}

void TestMirrorTableModel::filters()
{
    QFETCH(QString, text);
    QFETCH(int, valueColumn);
    QFETCH(QStringList, values);
    QFETCH(int, rows);
    QList<QJsonObject> accounts;
    for (int i = 0; i < 30; ++i)
        accounts.append(adAccount(i, i >= 20 ? u"STATUS_DISABLE"_s : u"STATUS_ENABLE"_s));
    writeRows(MirrorList::AdAccounts, accounts);
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    TypedFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.load();
    QVERIFY(waitLoaded(model));
    proxy.setFilterText(text);
    if (valueColumn >= 0)
        proxy.setValueFilter(valueColumn, values);
    QCOMPARE(proxy.rowCount(), rows);
    proxy.clearTypedFilters();
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 30);
}

void TestMirrorTableModel::reloadUpdatesInPlaceAfterAWrite()
{
    writeRows(MirrorList::AdAccounts, adAccounts(50));
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    TypedFilterProxyModel proxy;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setBatchSize(20);
    model.load();
    QVERIFY(waitLoaded(model));
    proxy.sort(AdAccountColumns::Name, Qt::DescendingOrder);
    const QPersistentModelIndex kept(model.index(model.rowOf(longId(1010)), 0));

    // Through the writer's own connection, as a sync does: row 3 renamed, row 7 gone, row 50
    // new, the date range filter is indifferent.
    QList<QJsonObject> rows = adAccounts(51);
    rows[3].insert(u"asset_name"_s, u"Renamed"_s);
    rows.removeAt(7);
    MirrorWriter writer(m_location, m_identity);
    QSignalSpy written(&writer, &MirrorWriter::written);
    ListWrite write;
    write.list = MirrorList::AdAccounts;
    write.bcId = m_bc;
    write.scope = u""_s;
    write.rows = rows;
    write.complete = true;
    writer.submit(write);
    QVERIFY(written.wait());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reload();
    QVERIFY(waitLoaded(model));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.rowOf(longId(1007)), -1);
    QCOMPARE(model.index(model.rowOf(longId(1003)), 0).data().toString(), u"Renamed"_s);
    QVERIFY(model.rowOf(longId(1050)) >= 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(IdRole).toString(), longId(1010));
    // The sort holds for the new row too.
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Renamed"_s);
    QCOMPARE(proxy.index(1, 0).data().toString(), u"Account 00050"_s);
    QCOMPARE(model.rawJson(model.rowOf(longId(1003))).value(u"asset_name"_s).toString(),
             u"Renamed"_s);
}

void TestMirrorTableModel::reloadBeforeTheLastPageResets()
{
    writeRows(MirrorList::AdAccounts, adAccounts(30));
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAutoFetch(false);
    model.setBatchSize(10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.load();
    QVERIFY(inserted.wait());
    QCOMPARE(model.rowCount(), 10);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.size(), 1);
    model.setAutoFetch(true);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 30);
    const QStringList ids = idsOf(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 30);
}

void TestMirrorTableModel::keepsNineteenDigitIdsExact()
{
    // 9007199254740993 and larger are not doubles; as JSON numbers and strings alike.
    QJsonObject asNumber = adAccount(1);
    asNumber.insert(u"asset_id"_s, QJsonValue(qint64(7234567890123456789)));
    QJsonObject asString = adAccount(2);
    asString.insert(u"asset_id"_s, u"7234567890123456791"_s);
    writeRows(MirrorList::AdAccounts, {asNumber, asString});
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitLoaded(model));
    QCOMPARE(idsOf(model), (QStringList{u"7234567890123456789"_s, u"7234567890123456791"_s}));
    QCOMPARE(model.index(0, AdAccountColumns::Id).data().toString(), u"7234567890123456789"_s);
    QCOMPARE(model.index(0, 0).data(RawJsonRole).toJsonObject().value(u"asset_id"_s).toInteger(),
             qint64(7234567890123456789));
}

void TestMirrorTableModel::rawJsonRoleHasFieldsTheSpecDoesNotModel()
{
    QJsonObject row = adAccount(5);
    row.insert(u"future_field"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s}}});
    writeRows(MirrorList::AdAccounts, {row});
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    model.load();
    QVERIFY(waitLoaded(model));
    const QJsonObject raw = model.index(0, 3).data(RawJsonRole).toJsonObject();
    QCOMPARE(raw, row);
    QCOMPARE(raw.value(u"future_field"_s).toObject().value(u"nested"_s).toArray().at(1),
             QJsonValue(u"two"_s));
    // A column read from the raw JSON by path (no typed column for it).
    QCOMPARE(model.index(0, AdAccountColumns::PayType).data(SortRole).toString(), u"POSTPAY"_s);
}

void TestMirrorTableModel::showsMoneyExactlyWithItsCurrency()
{
    writeRows(MirrorList::AccountTransactions,
              {transaction(u"a"_s, u"12345678901234.57"_s, u"USD"_s, u"2026-01-10 08:00:00"_s),
               transaction(u"b"_s, u"-0.05"_s, u"EUR"_s, u"2026-01-11"_s)});
    MirrorTableModel model(*m_store, MirrorList::AccountTransactions, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AccountTransactions));
    model.load();
    QVERIFY(waitLoaded(model));
    using namespace AccountTransactionColumns;
    QCOMPARE(model.index(0, Amount).data().toString(), u"12,345,678,901,234.57 USD"_s);
    QCOMPARE(model.index(0, Amount).data(SortRole).toLongLong(), qint64(1234567890123457));
    QCOMPARE(model.index(1, Amount).data().toString(), u"-0.05 EUR"_s);
    QCOMPARE(model.index(0, Time).data().toString(),
             QLocale().toString(QDateTime(QDate(2026, 1, 10), QTime(8, 0)), QLocale::ShortFormat));
    QCOMPARE(model.index(1, Time).data().toString(),
             QLocale().toString(QDate(2026, 1, 11), QLocale::ShortFormat));
    QCOMPARE(model.index(0, AmountType).data().toString(), u"In"_s);
    QCOMPARE(model.headerData(Amount, Qt::Horizontal).toString(), u"Amount"_s);

    TypedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"678,901"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText({});
    proxy.setValueFilter(Currency, {u"EUR"_s});
    QCOMPARE(idsOf(proxy), QStringList{u"b"_s});
    proxy.clearTypedFilters();
    proxy.setDateRange(Time, QDate(2026, 1, 11), QDate());
    QCOMPARE(idsOf(proxy), QStringList{u"b"_s});
    proxy.setDateRange(Time, QDate(), QDate(2026, 1, 10));
    QCOMPARE(idsOf(proxy), QStringList{u"a"_s});
    proxy.setDateRange(Time, QDate(2026, 1, 12), QDate(2026, 2, 1));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestMirrorTableModel::freshnessAndFetchedAt()
{
    MirrorTableModel model(*m_store, MirrorList::AdAccounts, m_bc, u""_s,
                           MirrorColumnSet::forList(MirrorList::AdAccounts));
    model.load();
    QVERIFY(waitLoaded(model));
    QVERIFY(!model.freshness().has_value());
    QCOMPARE(model.rowCount(), 0);

    const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    ListWrite write;
    write.list = MirrorList::AdAccounts;
    write.bcId = m_bc;
    write.scope = u""_s;
    write.rows = adAccounts(3);
    write.complete = true;
    write.fetchedAt = when;
    QVERIFY(!m_store->write(write).error.isError());
    model.reload();
    QVERIFY(waitLoaded(model));
    QVERIFY(model.freshness().has_value());
    QCOMPARE(model.freshness()->fetchedAt, when);
    QCOMPARE(model.freshness()->rowCount, 3);
    QCOMPARE(model.index(2, 0).data(FetchedAtRole).toDateTime(), when);
}

QTEST_GUILESS_MAIN(TestMirrorTableModel)
#include "tst_mirrortablemodel.moc"
