#include "models/navigatormodel.h"
#include "models/roles.h"
#include "models/section.h"
#include "tests/support/sampledata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::models::NavigatorModel;
using bc::models::Section;
using bc::testing::sampleBusinessCenter;

Q_DECLARE_METATYPE(bc::models::Section)

namespace {

// The sections directly under a BC, as the navigator lists them.
const QList<Section> bcSections = {
        Section::Overview,     Section::AdAccounts,  Section::Members,       Section::Partners,
        Section::Assets,       Section::AssetGroups, Section::BillingGroups, Section::Invoices,
        Section::Transactions, Section::Costs,       Section::Pixels,
};

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts << model.index(row, 0, parent).data().toString();
    return texts;
}

} // namespace

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileWithBusinessCenters();
    void renameUpdatesInPlace();
    void replacingProfileDropsItsCenters();
    void sectionsOfABusinessCenter();
    void sectionIndexRoundTrip_data();
    void sectionIndexRoundTrip();
    void assetTypeChildren();
    void activityIsTheProfilesLastChild();
    void replacingBusinessCentersKeepsThoseThatStay();
    void sectionCounts();
    void sectionKeysAndTitles_data();
    void sectionKeysAndTitles();
    void sectionLists_data();
    void sectionLists();
    void assetTypeTitles();
};

void TestNavigatorModel::profileWithBusinessCenters()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setBusinessCenters({sampleBusinessCenter(u"1"_s, u"Ignored"_s)}); // no profile yet
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.activityIndex().isValid());

    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"東京"_s)});
    const QModelIndex profile = model.profileIndex();
    QCOMPARE(profile.data().toString(), u"Demo (DEMO)"_s);
    QCOMPARE(profile.data(bc::models::NodeKindRole).value<NavigatorModel::NodeKind>(),
             NavigatorModel::NodeKind::Profile);
    QCOMPARE(model.rowCount(profile), 3); // two BCs and Activity
    const QModelIndex second = model.index(1, 0, profile);
    QCOMPARE(second.data().toString(), u"東京"_s);
    QCOMPARE(second.data(bc::models::IdRole).toString(), u"2"_s);
    QCOMPARE(second.data(bc::models::BcIdRole).toString(), u"2"_s);
    QCOMPARE(second.data(bc::models::NodeKindRole).value<NavigatorModel::NodeKind>(),
             NavigatorModel::NodeKind::BusinessCenter);
    QVERIFY(!second.data(bc::models::SectionRole).isValid());
    QCOMPARE(second.parent(), profile);
    QCOMPARE(model.businessCenterIndex(u"2"_s), second);
    QVERIFY(!model.businessCenterIndex(u"3"_s).isValid());
    QVERIFY(!model.businessCenterIndex(QString()).isValid());
    QCOMPARE(NavigatorModel::bcIdAt(second), u"2"_s);
    QVERIFY(!NavigatorModel::sectionAt(second));
    QVERIFY(!NavigatorModel::sectionAt(profile));
    QVERIFY(NavigatorModel::bcIdAt(profile).isEmpty());
}

void TestNavigatorModel::renameUpdatesInPlace()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"Two"_s)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"Zwei"_s)});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QModelIndex>(), model.businessCenterIndex(u"2"_s));
    QCOMPARE(model.businessCenterIndex(u"2"_s).data().toString(), u"Zwei"_s);

    // The same list again changes nothing at all.
    changed.clear();
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"Zwei"_s)});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);

    model.setBusinessCenters({sampleBusinessCenter(u"3"_s, u"Three"_s)});
    QCOMPARE(model.rowCount(model.profileIndex()), 2);
    QCOMPARE(childTexts(model, model.profileIndex()), (QStringList{u"Three"_s, u"Activity"_s}));
    model.setBusinessCenters({});
    QCOMPARE(model.rowCount(model.profileIndex()), 1);
    QCOMPARE(model.index(0, 0, model.profileIndex()), model.activityIndex());
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
    QCOMPARE(model.rowCount(model.profileIndex()), 1); // Activity only
    QVERIFY(!model.businessCenterIndex(u"1"_s).isValid());
    QVERIFY(!model.sectionIndex(u"1"_s, Section::Members).isValid());
    QVERIFY(model.activityIndex().isValid());
}

void TestNavigatorModel::sectionsOfABusinessCenter()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters({sampleBusinessCenter(u"7000000000000000001"_s, u"Acme"_s)});
    const QModelIndex bc = model.businessCenterIndex(u"7000000000000000001"_s);
    QCOMPARE(childTexts(model, bc),
             (QStringList{u"Overview"_s, u"Ad accounts"_s, u"Members"_s, u"Partners"_s, u"Assets"_s,
                          u"Asset groups"_s, u"Billing groups"_s, u"Invoices"_s, u"Transactions"_s,
                          u"Costs"_s, u"Pixels"_s}));
    for (int row = 0; row < model.rowCount(bc); ++row) {
        const QModelIndex node = model.index(row, 0, bc);
        QCOMPARE(node.data(bc::models::NodeKindRole).value<NavigatorModel::NodeKind>(),
                 NavigatorModel::NodeKind::Section);
        QCOMPARE(node.data(bc::models::SectionRole).toInt(), static_cast<int>(bcSections.at(row)));
        QCOMPARE(NavigatorModel::sectionAt(node), bcSections.at(row));
        // The id stays digit-exact on every node below the BC.
        QCOMPARE(node.data(bc::models::BcIdRole).toString(), u"7000000000000000001"_s);
        QVERIFY(node.data(bc::models::IdRole).toString().isEmpty());
        QVERIFY(!node.data(bc::models::ScopeRole).isValid());
        QCOMPARE(node.parent(), bc);
    }

    // Transactions holds the BC's own transactions.
    const QModelIndex transactions =
            model.sectionIndex(bc.data(bc::models::IdRole).toString(), Section::Transactions);
    QCOMPARE(model.rowCount(transactions), 1);
    const QModelIndex own = model.index(0, 0, transactions);
    QCOMPARE(own.data().toString(), u"Business Center transactions"_s);
    QCOMPARE(NavigatorModel::sectionAt(own), Section::BcTransactions);
    QCOMPARE(NavigatorModel::bcIdAt(own), u"7000000000000000001"_s);
    QCOMPARE(model.rowCount(model.sectionIndex(u"7000000000000000001"_s, Section::Members)), 0);
}

void TestNavigatorModel::sectionIndexRoundTrip_data()
{
    QTest::addColumn<Section>("section");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parentText");

    QTest::newRow("overview") << Section::Overview << QString() << u"Overview"_s << u"Two"_s;
    QTest::newRow("ad accounts") << Section::AdAccounts << QString() << u"Ad accounts"_s
                                 << u"Two"_s;
    QTest::newRow("assets") << Section::Assets << QString() << u"Assets"_s << u"Two"_s;
    QTest::newRow("catalogs") << Section::Assets << u"CATALOG"_s << u"Catalogs"_s << u"Assets"_s;
    QTest::newRow("tiktok accounts")
            << Section::Assets << u"TT_ACCOUNT"_s << u"TikTok accounts"_s << u"Assets"_s;
    QTest::newRow("bc transactions") << Section::BcTransactions << QString()
                                     << u"Business Center transactions"_s << u"Transactions"_s;
    QTest::newRow("costs") << Section::Costs << QString() << u"Costs"_s << u"Two"_s;
    QTest::newRow("pixels") << Section::Pixels << QString() << u"Pixels"_s << u"Two"_s;
    QTest::newRow("activity") << Section::Activity << QString() << u"Activity"_s
                              << u"Demo (DEMO)"_s;
}

void TestNavigatorModel::sectionIndexRoundTrip()
{
    QFETCH(Section, section);
    QFETCH(QString, scope);
    QFETCH(QString, text);
    QFETCH(QString, parentText);

    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"Two"_s)});
    const QModelIndex index = model.sectionIndex(u"2"_s, section, scope);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), text);
    QCOMPARE(index.parent().data().toString(), parentText);
    QCOMPARE(NavigatorModel::sectionAt(index), section);
    QCOMPARE(NavigatorModel::scopeAt(index), scope);
    QCOMPARE(NavigatorModel::bcIdAt(index), section == Section::Activity ? QString() : u"2"_s);
    // And back: the roles lead to the same node.
    QCOMPARE(model.sectionIndex(NavigatorModel::bcIdAt(index), *NavigatorModel::sectionAt(index),
                                NavigatorModel::scopeAt(index)),
             index);
    // The other BC's node is another one.
    if (section != Section::Activity) {
        const QModelIndex other = model.sectionIndex(u"1"_s, section, scope);
        QVERIFY(other.isValid());
        QVERIFY(other != index);
        QCOMPARE(NavigatorModel::bcIdAt(other), u"1"_s);
    }
    QVERIFY(!model.sectionIndex(u"9"_s, Section::Overview).isValid());
}

void TestNavigatorModel::assetTypeChildren()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.assetTypes(), NavigatorModel::defaultAssetTypes());
    QCOMPARE(model.assetTypes().size(), 6);
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters(
            {sampleBusinessCenter(u"1"_s, u"One"_s), sampleBusinessCenter(u"2"_s, u"Two"_s)});
    const QModelIndex assets = model.sectionIndex(u"1"_s, Section::Assets);
    QCOMPARE(childTexts(model, assets),
             (QStringList{u"Catalogs"_s, u"Leads"_s, u"Pixels"_s, u"Storefronts"_s,
                          u"TikTok Shops"_s, u"TikTok accounts"_s}));
    const QModelIndex pixel = model.index(2, 0, assets);
    QCOMPARE(pixel.data(bc::models::ScopeRole).toString(), u"PIXEL"_s);
    QCOMPARE(NavigatorModel::sectionAt(pixel), Section::Assets);
    QCOMPARE(model.sectionIndex(u"1"_s, Section::Assets, u"PIXEL"_s), pixel);
    QVERIFY(!model.sectionIndex(u"1"_s, Section::Assets, u"NOPE"_s).isValid());

    // The window passes the sync's list; every BC's Assets follows it.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setAssetTypes({u"TT_ACCOUNT"_s, u"NEW_KIND"_s});
    QCOMPARE(removed.count(), 2); // the old types of both BCs, nothing else
    QCOMPARE(childTexts(model, model.sectionIndex(u"2"_s, Section::Assets)),
             (QStringList{u"TikTok accounts"_s, u"NEW_KIND"_s}));
    QCOMPARE(NavigatorModel::scopeAt(model.sectionIndex(u"2"_s, Section::Assets, u"NEW_KIND"_s)),
             u"NEW_KIND"_s);
    QVERIFY(!model.sectionIndex(u"2"_s, Section::Assets, u"PIXEL"_s).isValid());

    // BCs added later get the current types.
    model.setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s),
                              sampleBusinessCenter(u"2"_s, u"Two"_s),
                              sampleBusinessCenter(u"3"_s, u"Three"_s)});
    QCOMPARE(model.rowCount(model.sectionIndex(u"3"_s, Section::Assets)), 2);
    model.setAssetTypes({});
    QCOMPARE(model.rowCount(model.sectionIndex(u"3"_s, Section::Assets)), 0);
}

void TestNavigatorModel::activityIsTheProfilesLastChild()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    QModelIndex activity = model.activityIndex();
    QVERIFY(activity.isValid());
    QCOMPARE(activity.parent(), model.profileIndex());
    QCOMPARE(activity.data().toString(), u"Activity"_s);
    QCOMPARE(NavigatorModel::sectionAt(activity), Section::Activity);
    QCOMPARE(activity.data(bc::models::NodeKindRole).value<NavigatorModel::NodeKind>(),
             NavigatorModel::NodeKind::Section);
    QCOMPARE(model.rowCount(activity), 0);

    model.setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s),
                              sampleBusinessCenter(u"2"_s, u"Two"_s),
                              sampleBusinessCenter(u"3"_s, u"Three"_s)});
    activity = model.activityIndex();
    QCOMPARE(activity.row(), 3);
    QCOMPARE(model.rowCount(model.profileIndex()), 4);
    QCOMPARE(model.sectionIndex(u"2"_s, Section::Activity), activity);
    QCOMPARE(model.sectionIndex(QString(), Section::Activity), activity);
}

void TestNavigatorModel::replacingBusinessCentersKeepsThoseThatStay()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s),
                              sampleBusinessCenter(u"2"_s, u"Two"_s),
                              sampleBusinessCenter(u"3"_s, u"Three"_s)});
    // A view's persistent index (its selection) on a section of a BC that stays.
    const QPersistentModelIndex members(model.sectionIndex(u"3"_s, Section::Members));
    const QPersistentModelIndex gone(model.sectionIndex(u"2"_s, Section::Invoices));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // 2 goes, 4 comes, 1 and 3 change places.
    model.setBusinessCenters({sampleBusinessCenter(u"3"_s, u"Three"_s),
                              sampleBusinessCenter(u"4"_s, u"Four"_s),
                              sampleBusinessCenter(u"1"_s, u"One"_s)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(childTexts(model, model.profileIndex()),
             (QStringList{u"Three"_s, u"Four"_s, u"One"_s, u"Activity"_s}));
    QVERIFY(members.isValid());
    QCOMPARE(QModelIndex(members), model.sectionIndex(u"3"_s, Section::Members));
    QCOMPARE(NavigatorModel::bcIdAt(members), u"3"_s);
    QVERIFY(!gone.isValid());
    QCOMPARE(model.rowCount(model.businessCenterIndex(u"4"_s)), 11);
    QCOMPARE(model.businessCenterIndex(u"1"_s).row(), 2);
    QCOMPARE(model.activityIndex().row(), 3);
}

void TestNavigatorModel::sectionCounts()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setProfile(u"Demo"_s, u"DEMO"_s);
    model.setBusinessCenters({sampleBusinessCenter(u"1"_s, u"One"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSectionCount(u"1"_s, Section::AdAccounts, 5012);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.sectionIndex(u"1"_s, Section::AdAccounts).data().toString(),
             u"Ad accounts (5,012)"_s);
    model.setSectionCount(u"1"_s, Section::AdAccounts, 5012); // unchanged: no signal
    QCOMPARE(changed.count(), 1);
    model.setSectionCount(u"1"_s, Section::Assets, 0, u"LEAD"_s);
    QCOMPARE(model.sectionIndex(u"1"_s, Section::Assets, u"LEAD"_s).data().toString(),
             u"Leads (0)"_s);
    model.setSectionCount(u"1"_s, Section::AdAccounts, -1);
    QCOMPARE(model.sectionIndex(u"1"_s, Section::AdAccounts).data().toString(), u"Ad accounts"_s);
    model.setSectionCount(u"9"_s, Section::AdAccounts, 3); // unknown BC: ignored
    QCOMPARE(changed.count(), 3);
    QLocale::setDefault(QLocale::c());
}

void TestNavigatorModel::sectionKeysAndTitles_data()
{
    QTest::addColumn<Section>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    const QStringList keys = {u"overview"_s,        u"ad-accounts"_s, u"members"_s,
                              u"partners"_s,        u"assets"_s,      u"asset-groups"_s,
                              u"billing-groups"_s,  u"invoices"_s,    u"transactions"_s,
                              u"bc-transactions"_s, u"costs"_s,       u"pixels"_s,
                              u"activity"_s};
    const QStringList titles = {u"Overview"_s,       u"Ad accounts"_s,
                                u"Members"_s,        u"Partners"_s,
                                u"Assets"_s,         u"Asset groups"_s,
                                u"Billing groups"_s, u"Invoices"_s,
                                u"Transactions"_s,   u"Business Center transactions"_s,
                                u"Costs"_s,          u"Pixels"_s,
                                u"Activity"_s};
    QCOMPARE(bc::models::allSections().size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        QTest::newRow(qPrintable(keys.at(i)))
                << bc::models::allSections().at(i) << keys.at(i) << titles.at(i);
    }
}

void TestNavigatorModel::sectionKeysAndTitles()
{
    QFETCH(Section, section);
    QFETCH(QString, key);
    QFETCH(QString, title);
    QCOMPARE(bc::models::sectionKey(section), key);
    QCOMPARE(bc::models::sectionFromKey(key), section);
    QCOMPARE(bc::models::sectionTitle(section), title);
    for (const QChar c : key)
        QVERIFY(c.isLower() || c == u'-');
    QVERIFY(!bc::models::sectionFromKey(key.toUpper()));
    QVERIFY(!bc::models::sectionFromKey(key + u"s"_s));
    QVERIFY(!bc::models::sectionFromKey(QString()));
}

void TestNavigatorModel::sectionLists_data()
{
    using bc::store::MirrorList;
    QTest::addColumn<Section>("section");
    QTest::addColumn<bool>("hasList");
    QTest::addColumn<int>("list");
    auto row = [](const char *name, Section section, std::optional<MirrorList> list) {
        QTest::newRow(name) << section << list.has_value() << (list ? static_cast<int>(*list) : -1);
    };
    row("overview", Section::Overview, std::nullopt);
    row("ad accounts", Section::AdAccounts, MirrorList::AdAccounts);
    row("members", Section::Members, MirrorList::Members);
    row("partners", Section::Partners, MirrorList::Partners);
    row("assets", Section::Assets, MirrorList::Assets);
    row("asset groups", Section::AssetGroups, MirrorList::AssetGroups);
    row("billing groups", Section::BillingGroups, MirrorList::BillingGroups);
    row("invoices", Section::Invoices, MirrorList::Invoices);
    row("transactions", Section::Transactions, MirrorList::AccountTransactions);
    row("bc transactions", Section::BcTransactions, MirrorList::BcTransactions);
    row("costs", Section::Costs, MirrorList::AccountCosts);
    row("pixels", Section::Pixels, MirrorList::Pixels);
    row("activity", Section::Activity, std::nullopt);
}

void TestNavigatorModel::sectionLists()
{
    QFETCH(Section, section);
    QFETCH(bool, hasList);
    QFETCH(int, list);
    const auto actual = bc::models::sectionList(section);
    QCOMPARE(actual.has_value(), hasList);
    if (hasList)
        QCOMPARE(static_cast<int>(*actual), list);
}

void TestNavigatorModel::assetTypeTitles()
{
    QCOMPARE(bc::models::assetTypeTitle(u"CATALOG"_s), u"Catalogs"_s);
    QCOMPARE(bc::models::assetTypeTitle(u"PIXEL"_s), u"Pixels"_s);
    QCOMPARE(bc::models::assetTypeTitle(u"TT_ACCOUNT"_s), u"TikTok accounts"_s);
    QCOMPARE(bc::models::assetTypeTitle(u"LEAD"_s), u"Leads"_s);
    QCOMPARE(bc::models::assetTypeTitle(u"STOREFRONT"_s), u"Storefronts"_s);
    QCOMPARE(bc::models::assetTypeTitle(u"TIKTOK_SHOP"_s), u"TikTok Shops"_s);
    QCOMPARE(bc::models::assetTypeTitle(u"SOMETHING_NEW"_s), u"SOMETHING_NEW"_s);
}

QTEST_GUILESS_MAIN(TestNavigatorModel)
#include "tst_navigatormodel.moc"
