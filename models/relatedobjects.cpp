#include "models/relatedobjects.h"

#include "core/store/mirrorstore.h"

#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace bc::models {

using store::MirrorList;

namespace {

QString tableOf(MirrorList list)
{
    return store::mirrorListSpec(list).table;
}

QString text(const QJsonObject &raw, const QString &field)
{
    const QJsonValue value = raw.value(field);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return value.toVariant().toString(); // ids digit-exact, never through a double
    return {};
}

} // namespace

RelatedObjects::RelatedObjects(store::MirrorStore &store)
    : m_store(store)
{ }

std::optional<QVariantList> RelatedObjects::first(const QString &sql,
                                                  const QVariantList &values) const
{
    QSqlQuery query;
    const store::StoreError error = m_store.connection().run(sql, values, &query);
    if (error.isError() || !query.next())
        return std::nullopt;
    QVariantList row;
    for (int i = 0; i < query.record().count(); ++i)
        row.append(query.value(i));
    return row;
}

qint64 RelatedObjects::count(const QString &sql, const QVariantList &values) const
{
    const auto row = first(sql, values);
    return row ? row->value(0).toLongLong() : 0;
}

bool RelatedObjects::mirrored(MirrorList list, const QString &bcId,
                              const std::optional<QString> &scope) const
{
    const QString key = store::mirrorListSpec(list).key;
    if (scope)
        return first(u"SELECT 1 FROM list_fetches WHERE bc_id = ? AND list = ? AND scope = ?"_s,
                     {bcId, key, *scope})
                .has_value();
    return first(u"SELECT 1 FROM list_fetches WHERE bc_id = ? AND list = ? LIMIT 1"_s, {bcId, key})
            .has_value();
}

bool RelatedObjects::hasRow(MirrorList list, const QString &bcId, const QString &id) const
{
    return first(u"SELECT 1 FROM "_s + tableOf(list) + u" WHERE bc_id = ? AND id = ? LIMIT 1"_s,
                 {bcId, id})
            .has_value();
}

QString RelatedObjects::nameOf(MirrorList list, const QString &bcId, const QString &id) const
{
    const QString column = list == MirrorList::Invoices ? u"serial_number"_s : u"name"_s;
    const auto row = first(u"SELECT "_s + column + u" FROM "_s + tableOf(list)
                                   + u" WHERE bc_id = ? AND id = ? LIMIT 1"_s,
                           {bcId, id});
    return row ? row->value(0).toString() : QString();
}

void RelatedObjects::addRow(QList<RelatedLink> &links, const QString &what, MirrorList list,
                            const QString &bcId, const QString &id) const
{
    if (id.isEmpty())
        return;
    if (hasRow(list, bcId, id)) {
        const QString name = nameOf(list, bcId, id);
        links.append({tr("%1: %2").arg(what, name.isEmpty() ? id : name), list, {}, id, {}, true});
    } else {
        links.append({tr("%1 %2: not in the mirror").arg(what, id), list, {}, id, {}, false});
    }
}

void RelatedObjects::addAccountLinks(QList<RelatedLink> &links, const QString &bcId,
                                     const QString &accountId) const
{
    const QLocale locale;
    // The billing group: billing_group_accounts rows are scoped by their group's id.
    if (const auto group = first(u"SELECT a.scope, g.name FROM billing_group_accounts a "
                                 "LEFT JOIN billing_groups g ON g.bc_id = a.bc_id "
                                 "AND g.scope = '' AND g.id = a.scope "
                                 "WHERE a.bc_id = ? AND a.id = ? ORDER BY a.scope LIMIT 1"_s,
                                 {bcId, accountId})) {
        const QString groupId = group->value(0).toString();
        const QString name = group->value(1).toString();
        links.append({tr("Billing group: %1").arg(name.isEmpty() ? groupId : name),
                      MirrorList::BillingGroups,
                      {},
                      groupId,
                      {},
                      true});
    } else if (mirrored(MirrorList::BillingGroupAccounts, bcId)) {
        links.append({tr("Billing group: none in the mirror"),
                      MirrorList::BillingGroups,
                      {},
                      {},
                      {},
                      false});
    } else {
        links.append({tr("Billing group: not mirrored (sync the billing groups' ad accounts)"),
                      MirrorList::BillingGroups,
                      {},
                      {},
                      {},
                      false});
    }

    if (mirrored(MirrorList::AccountTransactions, bcId)) {
        const qint64 transactions = count(
                u"SELECT COUNT(*) FROM account_transactions WHERE bc_id = ? AND account_id = ?"_s,
                {bcId, accountId});
        links.append({tr("Transactions (%1)").arg(locale.toString(transactions)),
                      MirrorList::AccountTransactions,
                      {},
                      {},
                      accountId,
                      transactions > 0});
    } else {
        links.append({tr("Transactions: not mirrored"),
                      MirrorList::AccountTransactions,
                      {},
                      {},
                      accountId,
                      false});
    }

    // Costs are kept per date range (the scope); the latest range that has the account.
    if (const auto cost = first(u"SELECT scope FROM account_costs WHERE bc_id = ? AND id = ? "
                                "ORDER BY scope DESC LIMIT 1"_s,
                                {bcId, accountId})) {
        const QString range = cost->value(0).toString();
        links.append({tr("Costs (%1)").arg(range),
                      MirrorList::AccountCosts,
                      range,
                      accountId,
                      {},
                      true});
    } else {
        links.append({mirrored(MirrorList::AccountCosts, bcId) ? tr("Costs: none in the mirror")
                                                               : tr("Costs: not mirrored"),
                      MirrorList::AccountCosts,
                      {},
                      {},
                      {},
                      false});
    }
}

QList<RelatedLink> RelatedObjects::forRow(MirrorList list, const QString &bcId,
                                          const QString &scope, const QString &id,
                                          const QJsonObject &raw) const
{
    QList<RelatedLink> links;
    const QLocale locale;
    switch (list) {
    case MirrorList::AdAccounts:
        addAccountLinks(links, bcId, id);
        if (hasRow(MirrorList::AccountBalances, bcId, id))
            links.append({tr("Balance"), MirrorList::AccountBalances, {}, id, {}, true});
        // /bc/asset/member/get/ is not part of the mirror.
        links.append(
                {tr("Members with access: not mirrored"), MirrorList::Members, {}, {}, {}, false});
        break;
    case MirrorList::BillingGroupAccounts:
        addRow(links, tr("Ad account"), MirrorList::AdAccounts, bcId, id);
        addRow(links, tr("Billing group"), MirrorList::BillingGroups, bcId, scope);
        break;
    case MirrorList::AccountBalances:
    case MirrorList::AccountCosts:
        addRow(links, tr("Ad account"), MirrorList::AdAccounts, bcId, id);
        addAccountLinks(links, bcId, id);
        break;
    case MirrorList::BillingGroups: {
        if (mirrored(MirrorList::BillingGroupAccounts, bcId, id)) {
            const qint64 accounts = count(
                    u"SELECT COUNT(*) FROM billing_group_accounts WHERE bc_id = ? AND scope = ?"_s,
                    {bcId, id});
            links.append({tr("Ad accounts (%1)").arg(locale.toString(accounts)),
                          MirrorList::BillingGroupAccounts,
                          id,
                          {},
                          {},
                          true});
        } else {
            links.append({tr("Ad accounts: not mirrored"),
                          MirrorList::BillingGroupAccounts,
                          id,
                          {},
                          {},
                          false});
        }
        if (mirrored(MirrorList::Invoices, bcId)) {
            const qint64 invoices = count(
                    u"SELECT COUNT(*) FROM invoices WHERE bc_id = ? AND billing_group_id = ?"_s,
                    {bcId, id});
            links.append({tr("Invoices (%1)").arg(locale.toString(invoices)),
                          MirrorList::Invoices,
                          {},
                          {},
                          id,
                          invoices > 0});
        } else {
            links.append({tr("Invoices: not mirrored"), MirrorList::Invoices, {}, {}, id, false});
        }
        break;
    }
    case MirrorList::Members:
        // The mirror keeps the member list, not each member's assets (/bc/member/asset/...).
        links.append(
                {tr("Assets of this member: not mirrored"), MirrorList::Assets, {}, {}, {}, false});
        break;
    case MirrorList::Invoices: {
        addRow(links, tr("Billing group"), MirrorList::BillingGroups, bcId,
               text(raw, u"billing_group_id"_s));
        const qint64 bcTransactions =
                count(u"SELECT COUNT(*) FROM bc_transactions WHERE bc_id = ? AND invoice_id = ?"_s,
                      {bcId, id});
        if (bcTransactions > 0)
            links.append({tr("BC transactions (%1)").arg(locale.toString(bcTransactions)),
                          MirrorList::BcTransactions,
                          {},
                          {},
                          id,
                          true});
        const qint64 accountTransactions = count(
                u"SELECT COUNT(*) FROM account_transactions WHERE bc_id = ? AND invoice_id = ?"_s,
                {bcId, id});
        if (accountTransactions > 0)
            links.append(
                    {tr("Ad account transactions (%1)").arg(locale.toString(accountTransactions)),
                     MirrorList::AccountTransactions,
                     {},
                     {},
                     id,
                     true});
        break;
    }
    case MirrorList::AccountTransactions:
        addRow(links, tr("Ad account"), MirrorList::AdAccounts, bcId, text(raw, u"account_id"_s));
        addRow(links, tr("Invoice"), MirrorList::Invoices, bcId, text(raw, u"invoice_id"_s));
        break;
    case MirrorList::BcTransactions:
        addRow(links, tr("Invoice"), MirrorList::Invoices, bcId, text(raw, u"invoice_id"_s));
        break;
    default:
        break;
    }
    return links;
}

} // namespace bc::models
