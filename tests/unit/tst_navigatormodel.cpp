#include "models/navigatormodel.h"
#include "models/roles.h"
#include "tests/support/sampledata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::models::NavigatorModel;
using bc::testing::sampleBusinessCenter;

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileWithBusinessCenters();
    void renameUpdatesInPlace();
    void replacingProfileDropsItsCenters();
};

void TestNavigatorModel::profileWithBusinessCenters()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setBusinessCenters({sampleBusinessCenter(u"1"_s, u"Ignored"_s)}); // no profile yet
    QCOMPARE(model.rowCount(), 0);

    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"東京"_s)});
    const QModelIndex profile = model.profileIndex();
    QCOMPARE(profile.data().toString(), u"Demo (DEMO)"_s);
    QCOMPARE(profile.data(bc::models::NodeKindRole).value<NavigatorModel::NodeKind>(),
             NavigatorModel::NodeKind::Profile);
    QCOMPARE(model.rowCount(profile), 2);
    const QModelIndex second = model.index(1, 0, profile);
    QCOMPARE(second.data().toString(), u"東京"_s);
    QCOMPARE(second.data(bc::models::IdRole).toString(), u"2"_s);
    QCOMPARE(second.parent(), profile);
    QCOMPARE(model.businessCenterIndex(u"2"_s), second);
    QVERIFY(!model.businessCenterIndex(u"3"_s).isValid());
}

void TestNavigatorModel::renameUpdatesInPlace()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"Two"_s)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"Zwei"_s)});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.businessCenterIndex(u"2"_s).data().toString(), u"Zwei"_s);

    model.setBusinessCenters({sampleBusinessCenter(u"3"_s, u"Three"_s)});
    QCOMPARE(model.rowCount(model.profileIndex()), 1);
    model.setBusinessCenters({});
    QCOMPARE(model.rowCount(model.profileIndex()), 0);
}

void TestNavigatorModel::replacingProfileDropsItsCenters()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(u"Sandbox"_s, u"SANDBOX"_s);
    model.setBusinessCenters({sampleBusinessCenter(u"1"_s, u"Sandbox BC"_s)});
    model.setProfile(u"Production"_s, u"PRODUCTION"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.profileIndex().data().toString(), u"Production (PRODUCTION)"_s);
    QCOMPARE(model.rowCount(model.profileIndex()), 0);
    QVERIFY(!model.businessCenterIndex(u"1"_s).isValid());
}

QTEST_GUILESS_MAIN(TestNavigatorModel)
#include "tst_navigatormodel.moc"
