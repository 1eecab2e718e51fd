#pragma once

#include "core/api/businesscenterquery.h"
#include "core/api/endpoints/businesscenterrequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/accountcost.h"
#include "core/domain/accountcostsummary.h"
#include "core/domain/accounttransaction.h"
#include "core/domain/budgetchangelogentry.h"
#include "core/domain/businesscenter.h"
#include "core/domain/businesscenterbalance.h"
#include "core/domain/businesscentertransaction.h"
#include "core/domain/businesscentertransactionsummary.h"
#include "core/domain/childbusinesscenter.h"
#include "core/domain/imageupload.h"

namespace bc::api {

// What is read and done at the level of a Business Center itself (reference §3.1–§3.6, §3.21,
// §3.22): the BCs, their money (finance role needed), qualification images and child BCs. Each
// xxxRequest() builds the exact request (tested without a network); each call sends it through
// the client.
class BusinessCenterEndpoints final
{
public:
    explicit BusinessCenterEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // Every paged endpoint here documents page_size 1–50 (§1.5).
    static constexpr int maxPageSize = 50;
    [[nodiscard]] static ListSpec listSpec() { return {QStringLiteral("list"), maxPageSize}; }
    // ⚠ §3.4: Y names the records `transaction_list`, B `transaction`; both are read.
    // ⚠ Y lists the rows under transaction_list, B under transaction.
    [[nodiscard]] static ListSpec accountTransactionListSpec()
    {
        return {QStringLiteral("transaction_list"), maxPageSize, {QStringLiteral("transaction")}};
    }
    [[nodiscard]] static ListSpec costListSpec()
    {
        return {QStringLiteral("cost_list"), maxPageSize};
    }
    [[nodiscard]] static ListSpec changelogListSpec()
    {
        return {QStringLiteral("changelog_list"), maxPageSize};
    }

    // The same request as ApiClient::fetchBusinessCenters().
    [[nodiscard]] static ApiRequest listRequest(const BusinessCenterQuery &query);
    [[nodiscard]] static ApiRequest balanceRequest(const BusinessCenterBalanceQuery &query);
    [[nodiscard]] static ApiRequest
    transactionsRequest(const BusinessCenterTransactionQuery &query);
    [[nodiscard]] static ApiRequest
    accountTransactionsRequest(const AccountTransactionQuery &query);
    [[nodiscard]] static ApiRequest accountCostsRequest(const AccountCostQuery &query);
    [[nodiscard]] static ApiRequest budgetChangelogRequest(const BudgetChangelogQuery &query);
    [[nodiscard]] static ApiRequest imageUploadRequest(const ImageUploadForm &form);
    [[nodiscard]] static ApiRequest childInviteRequest(const ChildBusinessCenterLink &link);
    [[nodiscard]] static ApiRequest childUnbindRequest(const ChildBusinessCenterLink &link);

    ListFetch *list(const BusinessCenterQuery &query, QObject *context,
                    ResultHandler<QList<domain::BusinessCenter>> done,
                    RequestPriority priority = RequestPriority::Normal);
    ApiCall *balance(const BusinessCenterBalanceQuery &query, QObject *context,
                     ResultHandler<domain::BusinessCenterBalance> done);
    ListFetch *transactions(const BusinessCenterTransactionQuery &query, QObject *context,
                            ResultHandler<QList<domain::BusinessCenterTransaction>> done,
                            RequestPriority priority = RequestPriority::Normal);
    // The totals over the whole filtered range (one row's page is enough to get them).
    ApiCall *transactionSummary(const BusinessCenterTransactionQuery &query, QObject *context,
                                ResultHandler<domain::BusinessCenterTransactionSummary> done);
    // When no row arrives under Y's key although the list has rows, it is read again under B's:
    // the returned fetch is the first read.
    ListFetch *accountTransactions(const AccountTransactionQuery &query, QObject *context,
                                   ResultHandler<QList<domain::AccountTransaction>> done,
                                   RequestPriority priority = RequestPriority::Normal);
    ListFetch *accountCosts(const AccountCostQuery &query, QObject *context,
                            ResultHandler<QList<domain::AccountCost>> done,
                            RequestPriority priority = RequestPriority::Normal);
    ApiCall *accountCostSummary(const AccountCostQuery &query, QObject *context,
                                ResultHandler<domain::AccountCostSummary> done);
    ListFetch *budgetChangelog(const BudgetChangelogQuery &query, QObject *context,
                               ResultHandler<QList<domain::BudgetChangelogEntry>> done,
                               RequestPriority priority = RequestPriority::Normal);
    ApiCall *uploadImage(const ImageUploadForm &form, QObject *context,
                         ResultHandler<domain::ImageUpload> done);
    ApiCall *inviteChild(const ChildBusinessCenterLink &link, QObject *context,
                         ResultHandler<domain::ChildBusinessCenter> done);
    ApiCall *unbindChild(const ChildBusinessCenterLink &link, QObject *context,
                         ResultHandler<domain::ChildBusinessCenter> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
