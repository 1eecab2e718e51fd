#include "core/store/mirrorlist.h"

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

MirrorColumn text(const QString &name, const QString &path = {})
{
    return {name, path.isEmpty() ? name : path, ColumnType::Text};
}

MirrorColumn money(const QString &name, const QString &path = {})
{
    return {name, path.isEmpty() ? name : path, ColumnType::Amount};
}

MirrorColumn flag(const QString &name, const QString &path = {})
{
    return {name, path.isEmpty() ? name : path, ColumnType::Boolean};
}

QList<MirrorColumn> balanceColumns()
{
    return {text(u"currency"_s),
            money(u"account_balance"_s),
            money(u"valid_account_balance"_s),
            money(u"frozen_balance"_s),
            money(u"tax"_s),
            money(u"cash_balance"_s),
            money(u"valid_cash_balance"_s),
            money(u"grant_balance"_s),
            money(u"valid_grant_balance"_s)};
}

QList<MirrorListSpec> buildSpecs()
{
    QList<MirrorColumn> accountBalance = balanceColumns();
    accountBalance.prepend(text(u"advertiser_status"_s));
    accountBalance.prepend(text(u"name"_s, u"advertiser_name"_s));
    accountBalance.append(money(u"transferable_amount"_s));

    return {
            {MirrorList::BusinessCenters,
             u"business_centers"_s,
             u"business_centers"_s,
             {u"bc_info.bc_id"_s},
             {text(u"name"_s, u"bc_info.name"_s), text(u"company"_s, u"bc_info.company"_s),
              text(u"currency"_s, u"bc_info.currency"_s), text(u"status"_s, u"bc_info.status"_s),
              text(u"type"_s, u"bc_info.type"_s), text(u"timezone"_s, u"bc_info.timezone"_s),
              text(u"registered_area"_s, u"bc_info.registered_area"_s), text(u"user_role"_s),
              text(u"finance_role"_s, u"ext_user_role.finance_role"_s)}},
            {MirrorList::AdAccounts,
             u"ad_accounts"_s,
             u"ad_accounts"_s,
             {u"asset_id"_s},
             {text(u"name"_s, u"asset_name"_s), text(u"advertiser_role"_s),
              text(u"advertiser_status"_s), text(u"advertiser_account_type"_s),
              text(u"owner_bc_name"_s), text(u"relation_type"_s), text(u"relation_status"_s)}},
            {MirrorList::Assets,
             u"assets"_s,
             u"assets"_s,
             {u"asset_id"_s},
             {text(u"asset_type"_s), text(u"name"_s, u"asset_name"_s), text(u"owner_bc_name"_s)}},
            {MirrorList::Members,
             u"members"_s,
             u"members"_s,
             {u"user_id"_s},
             {text(u"name"_s, u"user_name"_s), text(u"email"_s, u"user_email"_s),
              text(u"user_role"_s), text(u"finance_role"_s, u"ext_user_role.finance_role"_s),
              text(u"relation_status"_s)},
             u"user_email"_s},
            {MirrorList::Partners,
             u"partners"_s,
             u"partners"_s,
             {u"bc_id"_s},
             {text(u"name"_s, u"bc_name"_s)}},
            {MirrorList::AssetGroups,
             u"asset_groups"_s,
             u"asset_groups"_s,
             {u"asset_group_id"_s},
             {text(u"name"_s, u"asset_group_name"_s)}},
            {MirrorList::BillingGroups,
             u"billing_groups"_s,
             u"billing_groups"_s,
             {u"billing_group_id"_s},
             {text(u"name"_s, u"billing_group_name"_s), text(u"status"_s), flag(u"is_primary"_s),
              text(u"billing_group_type"_s), text(u"billed_to_type"_s),
              text(u"invoice_group_by"_s)}},
            {MirrorList::BillingGroupAccounts,
             u"billing_group_accounts"_s,
             u"billing_group_accounts"_s,
             {u"advertiser_id"_s},
             {text(u"name"_s, u"advertiser_name"_s)}},
            {MirrorList::Invoices,
             u"invoices"_s,
             u"invoices"_s,
             {u"invoice_id"_s},
             {text(u"serial_number"_s), text(u"invoice_type"_s), text(u"pay_status"_s),
              text(u"overdue_status"_s), text(u"status"_s), text(u"currency"_s, u"currency_code"_s),
              money(u"amount"_s), money(u"amount_excluding_tax"_s), money(u"total_tax_amount"_s),
              money(u"unpaid_amount"_s), text(u"send_date"_s), text(u"due_date"_s),
              text(u"billing_group_id"_s), text(u"invoice_title"_s)}},
            {MirrorList::BcTransactions,
             u"bc_transactions"_s,
             u"bc_transactions"_s,
             {u"date"_s, u"funds_type"_s, u"invoice_id"_s, u"amount"_s, u"currency"_s},
             {text(u"txn_date"_s, u"date"_s), money(u"amount"_s), text(u"currency"_s),
              text(u"funds_type"_s), text(u"invoice_id"_s), text(u"invoice_serial_number"_s),
              text(u"timezone"_s)}},
            {MirrorList::AccountTransactions,
             u"account_transactions"_s,
             u"account_transactions"_s,
             {u"transaction_id"_s},
             {text(u"account_id"_s), text(u"account_name"_s), money(u"amount"_s),
              money(u"subtotal"_s), money(u"tax_amount"_s), text(u"currency"_s),
              text(u"amount_type"_s), text(u"transaction_type"_s), text(u"billing_type"_s),
              text(u"create_time"_s), text(u"invoice_id"_s), text(u"serial_number"_s)}},
            {MirrorList::AccountCosts,
             u"account_costs"_s,
             u"account_costs"_s,
             {u"advertiser_id"_s},
             {text(u"name"_s, u"advertiser_name"_s), money(u"amount"_s), money(u"cash_amount"_s),
              money(u"grant_amount"_s), money(u"tax_amount"_s), text(u"currency"_s)}},
            {MirrorList::BcBalance, u"bc_balance"_s, u"bc_balances"_s, {}, balanceColumns()},
            {MirrorList::AccountBalances,
             u"account_balances"_s,
             u"account_balances"_s,
             {u"advertiser_id"_s},
             accountBalance},
            {MirrorList::Pixels,
             u"pixels"_s,
             u"pixels"_s,
             {u"pixel_id"_s},
             {text(u"pixel_code"_s), text(u"name"_s, u"pixel_name"_s)}},
    };
}

} // namespace

const QList<MirrorListSpec> &mirrorListSpecs()
{
    static const QList<MirrorListSpec> specs = buildSpecs();
    return specs;
}

const MirrorListSpec &mirrorListSpec(MirrorList list)
{
    for (const MirrorListSpec &spec : mirrorListSpecs()) {
        if (spec.list == list)
            return spec;
    }
    Q_UNREACHABLE();
}

std::optional<MirrorList> mirrorListFromKey(const QString &key)
{
    for (const MirrorListSpec &spec : mirrorListSpecs()) {
        if (spec.key == key)
            return spec.list;
    }
    return std::nullopt;
}

} // namespace bc::store
