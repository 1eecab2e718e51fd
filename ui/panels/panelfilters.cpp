#include "ui/panels/panelfilters.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

struct Wanted
{
    QStringList values; // fields (SQL columns or JSON paths) picked by value, in button order
    QStringList dates;  // date fields with a from/to range
};

Wanted wantedFor(store::MirrorList list)
{
    using store::MirrorList;
    switch (list) {
    case MirrorList::BusinessCenters:
        return {{u"status"_s, u"user_role"_s, u"finance_role"_s, u"currency"_s}, {}};
    case MirrorList::AdAccounts:
        return {{u"advertiser_role"_s, u"advertiser_status"_s, u"relation_status"_s, u"currency"_s,
                 u"pay_type"_s},
                {}};
    case MirrorList::Assets:
        return {{u"asset_type"_s, u"relation_status"_s}, {}};
    case MirrorList::Members:
        return {{u"user_role"_s, u"finance_role"_s, u"relation_status"_s}, {}};
    case MirrorList::Partners:
        return {{u"relation_status"_s, u"relation_type"_s}, {}};
    case MirrorList::AssetGroups:
        return {};
    case MirrorList::BillingGroups:
        return {{u"status"_s, u"billing_group_type"_s, u"billed_to_type"_s}, {}};
    case MirrorList::BillingGroupAccounts:
        return {};
    case MirrorList::Invoices:
        return {{u"invoice_type"_s, u"pay_status"_s, u"overdue_status"_s, u"currency"_s,
                 u"billing_group_id"_s},
                {u"send_date"_s}};
    case MirrorList::BcTransactions:
        return {{u"funds_type"_s, u"currency"_s}, {u"txn_date"_s}};
    case MirrorList::AccountTransactions:
        return {{u"transaction_type"_s, u"amount_type"_s, u"currency"_s}, {u"create_time"_s}};
    case MirrorList::AccountCosts:
        return {{u"currency"_s}, {}};
    case MirrorList::BcBalance:
        return {};
    case MirrorList::AccountBalances:
        return {{u"advertiser_status"_s, u"currency"_s}, {}};
    case MirrorList::Pixels:
        return {};
    }
    return {};
}

QString fieldOf(const models::MirrorTableColumn &column)
{
    return column.sqlColumn.isEmpty() ? column.jsonPath : column.sqlColumn;
}

} // namespace

QList<PanelFilter> PanelFilters::forList(store::MirrorList list,
                                         const QList<models::MirrorTableColumn> &columns)
{
    const Wanted wanted = wantedFor(list);
    QList<PanelFilter> filters;
    for (const QString &field : wanted.values) {
        for (int column = 0; column < columns.size(); ++column) {
            if (fieldOf(columns.at(column)) == field) {
                filters.append(
                        {PanelFilter::Kind::Values, column, columns.at(column).header, field});
                break;
            }
        }
    }
    for (const QString &field : wanted.dates) {
        for (int column = 0; column < columns.size(); ++column) {
            if (fieldOf(columns.at(column)) == field
                && columns.at(column).kind == models::ColumnKind::Date) {
                filters.append(
                        {PanelFilter::Kind::DateRange, column, columns.at(column).header, field});
                break;
            }
        }
    }
    return filters;
}

} // namespace bc::ui
