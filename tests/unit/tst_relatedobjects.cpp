#include "core/store/mirrorstore.h"
#include "models/relatedobjects.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::models::RelatedLink;
using bc::models::RelatedObjects;
using namespace bc::store;

class TestRelatedObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void adAccountLinksToItsBillingGroupTransactionsAndCosts();
    void adAccountSaysWhatIsNotMirrored();
    void billingGroupLinksToItsAccountsAndInvoices();
    void invoiceAndTransactionsPointBack();
    void memberAssetsAreNotMirrored();

private:
    void write(MirrorList list, const QList<QJsonObject> &rows, const QString &scope = {});
    [[nodiscard]] static const RelatedLink *find(const QList<RelatedLink> &links,
                                                 const QString &titleStart);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MirrorStore> m_store;
    const QString m_bc = u"7000000000000000042"_s;
    const QString m_account = u"7093000000000004417"_s;
    const QString m_other = u"7093000000000005521"_s;
    const QString m_group = u"6000000000000000007"_s;
    const QString m_invoice = u"8000000000000000001"_s;
};

void TestRelatedObjects::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StoreError error;
    m_store =
            MirrorStore::open(StoreLocation::sqliteFile(m_dir->filePath(u"m.sqlite"_s)),
                              {u"test"_s, u"demo"_s, u"https://demo.invalid/open_api/"_s}, &error);
    QVERIFY2(m_store, qPrintable(error.describe()));
    write(MirrorList::AdAccounts,
          {{{u"asset_id"_s, m_account}, {u"asset_name"_s, u"Café Berlin"_s}},
           {{u"asset_id"_s, m_other}, {u"asset_name"_s, u"広告 Tokyo"_s}}});
}

void TestRelatedObjects::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestRelatedObjects::write(MirrorList list, const QList<QJsonObject> &rows,
                               const QString &scope)
{
    ListWrite write;
    write.list = list;
    write.bcId = m_bc;
    write.scope = scope;
    write.rows = rows;
    write.complete = true;
    const ListWriteResult result = m_store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
}

const RelatedLink *TestRelatedObjects::find(const QList<RelatedLink> &links,
                                            const QString &titleStart)
{
    for (const RelatedLink &link : links) {
        if (link.title.startsWith(titleStart))
            return &link;
    }
    return nullptr;
}

void TestRelatedObjects::adAccountLinksToItsBillingGroupTransactionsAndCosts()
{
    write(MirrorList::BillingGroups,
          {{{u"billing_group_id"_s, m_group}, {u"billing_group_name"_s, u"EU-1"_s}}});
    write(MirrorList::BillingGroupAccounts, {{{u"advertiser_id"_s, m_account}}}, m_group);
    write(MirrorList::AccountTransactions,
          {{{u"transaction_id"_s, u"1"_s}, {u"account_id"_s, m_account}, {u"amount"_s, u"1.00"_s}},
           {{u"transaction_id"_s, u"2"_s}, {u"account_id"_s, m_account}, {u"amount"_s, u"2.00"_s}},
           {{u"transaction_id"_s, u"3"_s}, {u"account_id"_s, m_other}, {u"amount"_s, u"3.00"_s}}});
    write(MirrorList::AccountCosts, {{{u"advertiser_id"_s, m_account}, {u"amount"_s, u"5.00"_s}}},
          u"2026-01-01..2026-01-31"_s);
    write(MirrorList::AccountCosts, {{{u"advertiser_id"_s, m_account}, {u"amount"_s, u"6.00"_s}}},
          u"2026-02-01..2026-02-28"_s);

    RelatedObjects related(*m_store);
    const QList<RelatedLink> links =
            related.forRow(MirrorList::AdAccounts, m_bc, {}, m_account, {});
    QVERIFY(!links.isEmpty());
    // The billing group comes first (what Enter opens), by name, selecting the group.
    const RelatedLink &group = links.first();
    QCOMPARE(group.title, u"Billing group: EU-1"_s);
    QCOMPARE(group.list, MirrorList::BillingGroups);
    QCOMPARE(group.selectId, m_group);
    QVERIFY(group.available);

    const RelatedLink *transactions = find(links, u"Transactions"_s);
    QVERIFY(transactions);
    QCOMPARE(transactions->title, u"Transactions (2)"_s);
    QCOMPARE(transactions->list, MirrorList::AccountTransactions);
    QCOMPARE(transactions->filter, m_account);
    QVERIFY(transactions->selectId.isEmpty());

    const RelatedLink *costs = find(links, u"Costs"_s);
    QVERIFY(costs);
    QCOMPARE(costs->scope, u"2026-02-01..2026-02-28"_s); // the latest range
    QCOMPARE(costs->selectId, m_account);
    QVERIFY(costs->available);

    // The other account is in no group (the groups' accounts are mirrored) and has one
    // transaction.
    const QList<RelatedLink> other = related.forRow(MirrorList::AdAccounts, m_bc, {}, m_other, {});
    QCOMPARE(other.first().title, u"Billing group: none in the mirror"_s);
    QVERIFY(!other.first().available);
    QCOMPARE(find(other, u"Transactions"_s)->title, u"Transactions (1)"_s);
}

void TestRelatedObjects::adAccountSaysWhatIsNotMirrored()
{
    RelatedObjects related(*m_store);
    const QList<RelatedLink> links =
            related.forRow(MirrorList::AdAccounts, m_bc, {}, m_account, {});
    QStringList notMirrored;
    for (const RelatedLink &link : links) {
        QVERIFY2(!link.available, qPrintable(link.title));
        if (link.title.contains(u"not mirrored"_s))
            notMirrored << link.title;
    }
    QCOMPARE(notMirrored.size(), 4); // billing group, transactions, costs, members
    QVERIFY(find(links, u"Members with access: not mirrored"_s));
}

void TestRelatedObjects::billingGroupLinksToItsAccountsAndInvoices()
{
    write(MirrorList::BillingGroups,
          {{{u"billing_group_id"_s, m_group}, {u"billing_group_name"_s, u"EU-1"_s}}});
    write(MirrorList::BillingGroupAccounts,
          {{{u"advertiser_id"_s, m_account}}, {{u"advertiser_id"_s, m_other}}}, m_group);
    write(MirrorList::Invoices,
          {{{u"invoice_id"_s, m_invoice}, {u"billing_group_id"_s, m_group}},
           {{u"invoice_id"_s, u"8000000000000000002"_s}, {u"billing_group_id"_s, u"1"_s}}});

    RelatedObjects related(*m_store);
    const QList<RelatedLink> links =
            related.forRow(MirrorList::BillingGroups, m_bc, {}, m_group, {});
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).title, u"Ad accounts (2)"_s);
    QCOMPARE(links.at(0).list, MirrorList::BillingGroupAccounts);
    QCOMPARE(links.at(0).scope, m_group);
    QCOMPARE(links.at(1).title, u"Invoices (1)"_s);
    QCOMPARE(links.at(1).list, MirrorList::Invoices);
    QCOMPARE(links.at(1).filter, m_group);

    // A group whose accounts were never fetched says so.
    const QList<RelatedLink> unknown =
            related.forRow(MirrorList::BillingGroups, m_bc, {}, u"999"_s, {});
    QCOMPARE(unknown.at(0).title, u"Ad accounts: not mirrored"_s);
    QVERIFY(!unknown.at(0).available);
}

void TestRelatedObjects::invoiceAndTransactionsPointBack()
{
    write(MirrorList::BillingGroups,
          {{{u"billing_group_id"_s, m_group}, {u"billing_group_name"_s, u"EU-1"_s}}});
    write(MirrorList::Invoices, {{{u"invoice_id"_s, m_invoice},
                                  {u"serial_number"_s, u"INV-2026-001"_s},
                                  {u"billing_group_id"_s, m_group}}});
    const QJsonObject transaction{{u"transaction_id"_s, u"11"_s},
                                  {u"account_id"_s, m_account},
                                  {u"invoice_id"_s, m_invoice},
                                  {u"amount"_s, u"1.00"_s}};
    write(MirrorList::AccountTransactions, {transaction});

    RelatedObjects related(*m_store);
    const QList<RelatedLink> invoice = related.forRow(MirrorList::Invoices, m_bc, {}, m_invoice,
                                                      {{u"billing_group_id"_s, m_group}});
    QCOMPARE(invoice.at(0).title, u"Billing group: EU-1"_s);
    QCOMPARE(invoice.at(0).selectId, m_group);
    const RelatedLink *transactions = find(invoice, u"Ad account transactions"_s);
    QVERIFY(transactions);
    QCOMPARE(transactions->title, u"Ad account transactions (1)"_s);
    QCOMPARE(transactions->filter, m_invoice);

    const QList<RelatedLink> back =
            related.forRow(MirrorList::AccountTransactions, m_bc, {}, u"11"_s, transaction);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).title, u"Ad account: Café Berlin"_s);
    QCOMPARE(back.at(0).list, MirrorList::AdAccounts);
    QCOMPARE(back.at(0).selectId, m_account);
    QCOMPARE(back.at(1).title, u"Invoice: INV-2026-001"_s);
    QCOMPARE(back.at(1).selectId, m_invoice);
}

void TestRelatedObjects::memberAssetsAreNotMirrored()
{
    RelatedObjects related(*m_store);
    const QList<RelatedLink> links = related.forRow(MirrorList::Members, m_bc, {}, u"123"_s, {});
    QCOMPARE(links.size(), 1);
    QVERIFY(links.first().title.contains(u"not mirrored"_s));
    QVERIFY(!links.first().available);
}

QTEST_GUILESS_MAIN(TestRelatedObjects)
#include "tst_relatedobjects.moc"
