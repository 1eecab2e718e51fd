#include "models/businesscentertablemodel.h"
#include "models/tablefilterproxymodel.h"
#include "tests/support/sampledata.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::models::BusinessCenterTableModel;
using bc::models::TableFilterProxyModel;
using bc::testing::sampleBusinessCenter;

class TestTableFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersOnEveryWord_data();
    void filtersOnEveryWord();
    void sortsByRawValue();
    void followsSourceChanges();
};

namespace {

QList<bc::domain::BusinessCenter> sample()
{
    return {sampleBusinessCenter(u"1"_s, u"Café Berlin"_s, u"EUR"_s, u"ADMIN"_s),
            sampleBusinessCenter(u"22"_s, u"東京広告"_s, u"JPY"_s, u"STANDARD"_s),
            sampleBusinessCenter(u"333"_s, u"Rocket Media"_s, u"USD"_s, u"ADMIN"_s, u"ANALYST"_s)};
}

} // namespace

void TestTableFilterProxyModel::filtersOnEveryWord_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty") << QString() << 3;
    QTest::newRow("one word, any column") << u"eur"_s << 1;
    QTest::newRow("two words, both must match") << u"admin usd"_s << 1;
    QTest::newRow("case-insensitive accents") << u"CAFÉ"_s << 1;
    QTest::newRow("CJK") << u"東京"_s << 1;
    QTest::newRow("id") << u"333"_s << 1;
    QTest::newRow("display text of enums") << u"finance analyst"_s << 1;
    QTest::newRow("no match") << u"nothing-like-this"_s << 0;
    QTest::newRow("spaces only") << u"   "_s << 3;
}

void TestTableFilterProxyModel::filtersOnEveryWord()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    BusinessCenterTableModel source;
    TableFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.setBusinessCenters(sample());
    proxy.setFilterText(filter);
    QCOMPARE(proxy.rowCount(), rows);
}

void TestTableFilterProxyModel::sortsByRawValue()
{
    BusinessCenterTableModel source;
    TableFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.setBusinessCenters(sample());
    proxy.sort(BusinessCenterTableModel::Id, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, BusinessCenterTableModel::Id).data().toString(), u"333"_s);
    QCOMPARE(proxy.index(2, BusinessCenterTableModel::Id).data().toString(), u"1"_s);
}

void TestTableFilterProxyModel::followsSourceChanges()
{
    BusinessCenterTableModel source;
    TableFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setFilterText(u"admin"_s);
    source.setBusinessCenters(sample());
    QCOMPARE(proxy.rowCount(), 2);
    auto changed = sample();
    changed[1].userRole = u"ADMIN"_s;
    source.setBusinessCenters(changed);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.filterText(), u"admin"_s);
}

QTEST_GUILESS_MAIN(TestTableFilterProxyModel)
#include "tst_tablefilterproxymodel.moc"
