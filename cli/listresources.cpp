#include "cli/listresources.h"

#include "core/api/endpoints/assetendpoints.h"
#include "core/api/endpoints/billinggroupendpoints.h"
#include "core/api/endpoints/businesscenterendpoints.h"
#include "core/api/endpoints/invoiceendpoints.h"
#include "core/api/endpoints/memberendpoints.h"
#include "core/api/endpoints/partnerendpoints.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

using store::MirrorList;

QList<ListResource> buildResources()
{
    QList<ListResource> resources;

    ListResource bc;
    bc.resource = u"bc"_s;
    bc.verb = u"list"_s;
    bc.synopsis = u"bc list"_s;
    bc.summary = ListResources::tr("the Business Centers the token can see");
    bc.list = MirrorList::BusinessCenters;
    bc.perBusinessCenter = false;
    bc.request = [](const QString &, const ListFilter &) {
        return api::BusinessCenterEndpoints::listRequest({});
    };
    bc.listSpec = api::BusinessCenterEndpoints::listSpec();
    bc.flattenBcInfo = true;
    bc.columns = {u"bc_id"_s,    u"name"_s,   u"company"_s,   u"currency"_s,
                  u"timezone"_s, u"status"_s, u"user_role"_s, u"finance_role"_s};
    bc.sortFields = {u"bc_id"_s};
    resources.append(bc);

    ListResource advertisers;
    advertisers.resource = u"advertisers"_s;
    advertisers.verb = u"list"_s;
    advertisers.synopsis = u"advertisers list --bc ID"_s;
    advertisers.summary = ListResources::tr("the ad accounts of a Business Center");
    advertisers.list = MirrorList::AdAccounts;
    advertisers.request = [](const QString &bcId, const ListFilter &) {
        api::AssetQuery query;
        query.bcId = bcId;
        query.assetType = u"ADVERTISER"_s;
        return api::AssetEndpoints::listRequest(query);
    };
    advertisers.listSpec = api::AssetEndpoints::listSpec();
    advertisers.columns = {u"asset_id"_s,        u"asset_name"_s,    u"advertiser_status"_s,
                           u"advertiser_role"_s, u"relation_type"_s, u"owner_bc_name"_s};
    advertisers.sortFields = {u"asset_id"_s};
    resources.append(advertisers);

    ListResource members;
    members.resource = u"members"_s;
    members.verb = u"list"_s;
    members.synopsis = u"members list --bc ID"_s;
    members.summary =
            ListResources::tr("the members of a Business Center, pending invitations too");
    members.list = MirrorList::Members;
    members.request = [](const QString &bcId, const ListFilter &) {
        return api::MemberEndpoints::listRequest({bcId, {}, {}, {}, {}});
    };
    members.listSpec = api::MemberEndpoints::listSpec();
    members.columns = {u"user_id"_s,
                       u"user_name"_s,
                       u"user_email"_s,
                       u"user_role"_s,
                       u"ext_user_role.finance_role"_s,
                       u"relation_status"_s};
    members.sortFields = {u"user_id"_s, u"user_email"_s};
    resources.append(members);

    ListResource partners;
    partners.resource = u"partners"_s;
    partners.verb = u"list"_s;
    partners.synopsis = u"partners list --bc ID"_s;
    partners.summary = ListResources::tr("the partner Business Centers of a Business Center");
    partners.list = MirrorList::Partners;
    partners.request = [](const QString &bcId, const ListFilter &) {
        return api::PartnerEndpoints::listRequest({bcId, {}});
    };
    partners.listSpec = api::PartnerEndpoints::listSpec();
    partners.columns = {u"bc_id"_s, u"bc_name"_s};
    partners.sortFields = {u"bc_id"_s};
    resources.append(partners);

    ListResource billingGroups;
    billingGroups.resource = u"billing-groups"_s;
    billingGroups.verb = u"list"_s;
    billingGroups.synopsis = u"billing-groups list --bc ID"_s;
    billingGroups.summary = ListResources::tr("the billing groups of a Business Center");
    billingGroups.list = MirrorList::BillingGroups;
    billingGroups.request = [](const QString &bcId, const ListFilter &) {
        api::BillingGroupQuery query;
        query.bcId = bcId;
        return api::BillingGroupEndpoints::listRequest(query);
    };
    billingGroups.listSpec = api::BillingGroupEndpoints::listSpec();
    billingGroups.columns = {u"billing_group_id"_s, u"billing_group_name"_s, u"status"_s,
                             u"is_primary"_s,       u"billing_group_type"_s, u"invoice_group_by"_s,
                             u"billed_to_type"_s};
    billingGroups.sortFields = {u"billing_group_id"_s};
    resources.append(billingGroups);

    ListResource invoices;
    invoices.resource = u"invoices"_s;
    invoices.verb = u"list"_s;
    invoices.synopsis = u"invoices list --bc ID [--pay-status UNPAID|PAID|PARTIAL_PAID|NO_NEED] "
                        "[--type RECON|CREDIT|AUTO_PAY] [--from YYYY-MM-DD] [--to YYYY-MM-DD]"_s;
    invoices.summary = ListResources::tr("the invoices of a Business Center (finance role)");
    invoices.list = MirrorList::Invoices;
    invoices.filters =
            ListResource::PayStatus | ListResource::InvoiceType | ListResource::DateRange;
    invoices.dateField = u"send_date"_s;
    invoices.request = [](const QString &bcId, const ListFilter &filter) {
        api::InvoiceQuery query;
        query.bcId = bcId;
        query.payStatuses = filter.payStatuses;
        query.invoiceTypes = filter.invoiceTypes;
        if (filter.from.isValid())
            query.startTime = filter.from.startOfDay(Qt::UTC);
        if (filter.to.isValid())
            query.endTime = filter.to.startOfDay(Qt::UTC).addSecs(24 * 3600 - 1);
        return api::InvoiceEndpoints::listRequest(query);
    };
    invoices.listSpec = api::InvoiceEndpoints::listSpec();
    invoices.columns = {u"invoice_id"_s,    u"serial_number"_s, u"invoice_type"_s,  u"pay_status"_s,
                        u"send_date"_s,     u"due_date"_s,      u"currency_code"_s, u"amount"_s,
                        u"unpaid_amount"_s, u"invoice_title"_s};
    invoices.sortFields = {u"send_date"_s, u"invoice_id"_s};
    resources.append(invoices);

    ListResource balance;
    balance.resource = u"balance"_s;
    balance.verb = u"get"_s;
    balance.synopsis = u"balance get --bc ID"_s;
    balance.summary = ListResources::tr("the balance of a Business Center (finance role)");
    balance.list = MirrorList::BcBalance;
    balance.singleObject = true;
    balance.request = [](const QString &bcId, const ListFilter &) {
        api::BusinessCenterBalanceQuery query;
        query.bcId = bcId;
        return api::BusinessCenterEndpoints::balanceRequest(query);
    };
    balance.columns = {
            u"bc_id"_s,          u"currency"_s, u"account_balance"_s, u"valid_account_balance"_s,
            u"frozen_balance"_s, u"tax"_s,      u"cash_balance"_s,    u"grant_balance"_s};
    resources.append(balance);

    // The Business Center's own statement (/bc/transaction/get/): it takes the --from/--to of
    // the contract as start_date/end_date (YYYY-MM-DD). /bc/account/transaction/get/ is the ad
    // accounts' ledger (times, not dates, and its own filters); the mirror keeps it apart.
    ListResource transactions;
    transactions.resource = u"transactions"_s;
    transactions.verb = u"list"_s;
    transactions.synopsis = u"transactions list --bc ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]"_s;
    transactions.summary = ListResources::tr(
            "the Business Center's own transactions (by default the last 90 days)");
    transactions.list = MirrorList::BcTransactions;
    transactions.filters = ListResource::DateRange;
    transactions.dateField = u"date"_s;
    transactions.request = [](const QString &bcId, const ListFilter &filter) {
        api::BusinessCenterTransactionQuery query;
        query.bcId = bcId;
        query.startDate = filter.from;
        query.endDate = filter.to;
        return api::BusinessCenterEndpoints::transactionsRequest(query);
    };
    transactions.listSpec = api::BusinessCenterEndpoints::listSpec();
    transactions.columns = {u"date"_s,     u"funds_type"_s, u"amount"_s,
                            u"currency"_s, u"invoice_id"_s, u"invoice_serial_number"_s};
    transactions.sortFields = {u"date"_s};
    resources.append(transactions);

    return resources;
}

} // namespace

const QList<ListResource> &ListResources::all()
{
    static const QList<ListResource> resources = buildResources();
    return resources;
}

} // namespace bc::cli
