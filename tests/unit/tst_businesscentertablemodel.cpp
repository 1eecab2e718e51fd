#include "models/businesscentertablemodel.h"
#include "models/roles.h"
#include "tests/support/sampledata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::models::BusinessCenterTableModel;
using bc::testing::sampleBusinessCenter;

class TestBusinessCenterTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryColumn();
    void rolesCarryIdAndRawValues();
    void refreshUpdatesInPlace();
    void emptyAndClear();
    void headers();

private:
    BusinessCenterTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestBusinessCenterTableModel::init()
{
    m_model = new BusinessCenterTableModel(this);
    m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestBusinessCenterTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestBusinessCenterTableModel::showsEveryColumn()
{
    m_model->setBusinessCenters({sampleBusinessCenter(u"7093123456789012345"_s, u"Café Berlin"_s,
                                                      u"EUR"_s, u"ADMIN"_s, u"MANAGER"_s)});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(BusinessCenterTableModel::ColumnCount));
    auto cell = [this](int column) { return m_model->index(0, column).data().toString(); };
    QCOMPARE(cell(BusinessCenterTableModel::Name), u"Café Berlin"_s);
    QCOMPARE(cell(BusinessCenterTableModel::Id), u"7093123456789012345"_s);
    QCOMPARE(cell(BusinessCenterTableModel::Company), u"Café Berlin Ltd"_s);
    QCOMPARE(cell(BusinessCenterTableModel::Currency), u"EUR"_s);
    QCOMPARE(cell(BusinessCenterTableModel::Timezone), u"Etc/GMT"_s);
    QCOMPARE(cell(BusinessCenterTableModel::Status), u"Active"_s);
    QCOMPARE(cell(BusinessCenterTableModel::UserRole), u"Admin"_s);
    QCOMPARE(cell(BusinessCenterTableModel::FinanceRole), u"Finance manager"_s);
}

void TestBusinessCenterTableModel::rolesCarryIdAndRawValues()
{
    m_model->setBusinessCenters({sampleBusinessCenter(u"99"_s, u"Small"_s),
                                 sampleBusinessCenter(u"7093123456789012345"_s, u"Big"_s)});
    const QModelIndex status = m_model->index(0, BusinessCenterTableModel::Status);
    QCOMPARE(status.data(bc::models::IdRole).toString(), u"99"_s);
    QCOMPARE(status.data(bc::models::SortRole).toString(), u"ENABLE"_s);
    QVERIFY(status.data(bc::models::RawJsonRole).toJsonObject().contains("bc_info"_L1));
    // Ids sort numerically although they are strings of different lengths.
    const QString small =
            m_model->index(0, BusinessCenterTableModel::Id).data(bc::models::SortRole).toString();
    const QString big =
            m_model->index(1, BusinessCenterTableModel::Id).data(bc::models::SortRole).toString();
    QVERIFY(small < big);
}

void TestBusinessCenterTableModel::refreshUpdatesInPlace()
{
    m_model->setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s),
                                 sampleBusinessCenter(u"2"_s, u"Two"_s),
                                 sampleBusinessCenter(u"3"_s, u"Three"_s)});
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // "2" went, "3" was renamed, "4" is new; "1" is unchanged.
    m_model->setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s),
                                 sampleBusinessCenter(u"3"_s, u"Drei"_s),
                                 sampleBusinessCenter(u"4"_s, u"Four"_s)});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(u"1"_s), 0);
    QCOMPARE(m_model->rowOf(u"3"_s), 1);
    QCOMPARE(m_model->rowOf(u"4"_s), 2);
    QCOMPARE(m_model->rowOf(u"2"_s), -1);
    QCOMPARE(m_model->index(1, BusinessCenterTableModel::Name).data().toString(), u"Drei"_s);
}

void TestBusinessCenterTableModel::emptyAndClear()
{
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s)});
    m_model->setBusinessCenters({});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s)});
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->index(0, 0).isValid());
}

void TestBusinessCenterTableModel::headers()
{
    QCOMPARE(m_model->headerData(BusinessCenterTableModel::FinanceRole, Qt::Horizontal).toString(),
             u"Your finance role"_s);
    for (int column = 0; column < BusinessCenterTableModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestBusinessCenterTableModel)
#include "tst_businesscentertablemodel.moc"
