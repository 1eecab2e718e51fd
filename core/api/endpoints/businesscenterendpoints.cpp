#include "core/api/endpoints/businesscenterendpoints.h"

#include "core/api/businesscenterdecoder.h"
#include "core/api/decoders/accountcostdecoder.h"
#include "core/api/decoders/accountcostsummarydecoder.h"
#include "core/api/decoders/accounttransactiondecoder.h"
#include "core/api/decoders/budgetchangelogentrydecoder.h"
#include "core/api/decoders/businesscenterbalancedecoder.h"
#include "core/api/decoders/businesscentertransactiondecoder.h"
#include "core/api/decoders/businesscentertransactionsummarydecoder.h"
#include "core/api/decoders/childbusinesscenterdecoder.h"
#include "core/api/decoders/imageuploaddecoder.h"
#include "core/api/requestfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::addFilteringIfSet;
using fields::putDate;
using fields::putIfSet;
using fields::putTime;

namespace {

// One row is enough to read what an endpoint sends beside its list.
ApiRequest firstRowOnly(ApiRequest request)
{
    request.setQuery(u"page"_s, u"1"_s);
    request.setQuery(u"page_size"_s, u"1"_s);
    return request;
}

} // namespace

ApiRequest BusinessCenterEndpoints::listRequest(const BusinessCenterQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/get/"_s);
    if (!query.bcId.isEmpty())
        request.addQuery(u"bc_id"_s, query.bcId);
    if (!query.keyword.isEmpty())
        request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, query.keyword}});
    return request;
}

ApiRequest BusinessCenterEndpoints::balanceRequest(const BusinessCenterBalanceQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/balance/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    if (!query.childBcId.isEmpty())
        request.addQuery(u"child_bc_id"_s, query.childBcId);
    if (!query.paymentPortfolioId.isEmpty())
        request.addQuery(u"payment_portfolio_id"_s, query.paymentPortfolioId);
    return request;
}

ApiRequest BusinessCenterEndpoints::transactionsRequest(const BusinessCenterTransactionQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/transaction/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    // ⚠ §3.3: an array (Y); B's single string is not sent.
    if (!query.fundsTypes.isEmpty()) {
        request.addJsonQuery(
                u"filtering"_s,
                QJsonObject{{u"funds_type"_s, QJsonArray::fromStringList(query.fundsTypes)}});
    }
    if (query.startDate.isValid())
        request.addQuery(u"start_date"_s, query.startDate.toString(Qt::ISODate));
    if (query.endDate.isValid())
        request.addQuery(u"end_date"_s, query.endDate.toString(Qt::ISODate));
    return request;
}

ApiRequest BusinessCenterEndpoints::accountTransactionsRequest(const AccountTransactionQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/account/transaction/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    if (!query.childBcId.isEmpty())
        request.addQuery(u"child_bc_id"_s, query.childBcId);
    if (!query.transactionLevel.isEmpty())
        request.addQuery(u"transaction_level"_s, query.transactionLevel);
    QJsonObject filtering;
    putIfSet(filtering, u"account_ids"_s, query.accountIds);
    putIfSet(filtering, u"account_name"_s, query.accountName);
    putIfSet(filtering, u"billing_types"_s, query.billingTypes);
    putIfSet(filtering, u"owner_of_account"_s, query.ownersOfAccount);
    putIfSet(filtering, u"transaction_types"_s, query.transactionTypes);
    putTime(filtering, u"start_time"_s, query.startTime);
    putTime(filtering, u"end_time"_s, query.endTime);
    addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest BusinessCenterEndpoints::accountCostsRequest(const AccountCostQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/account/cost/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    putDate(filtering, u"start_date"_s, query.startDate);
    putDate(filtering, u"end_date"_s, query.endDate);
    addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest BusinessCenterEndpoints::budgetChangelogRequest(const BudgetChangelogQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/account/budget/changelog/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"advertiser_id"_s, query.advertiserId);
    QJsonObject filtering;
    putDate(filtering, u"start_date"_s, query.startDate);
    putDate(filtering, u"end_date"_s, query.endDate);
    addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest BusinessCenterEndpoints::imageUploadRequest(const ImageUploadForm &form)
{
    ApiRequest request = ApiRequest::post(u"bc/image/upload/"_s);
    request.formParts = {{u"bc_id"_s, form.bcId.toUtf8(), {}, {}},
                         {u"image_file"_s, form.imageData, form.fileName, form.mimeType}};
    return request;
}

ApiRequest BusinessCenterEndpoints::childInviteRequest(const ChildBusinessCenterLink &link)
{
    return ApiRequest::post(u"bc/child/invite/"_s,
                            {{u"bc_id"_s, link.bcId}, {u"child_bc_id"_s, link.childBcId}});
}

ApiRequest BusinessCenterEndpoints::childUnbindRequest(const ChildBusinessCenterLink &link)
{
    return ApiRequest::post(u"bc/child/unbind/"_s,
                            {{u"bc_id"_s, link.bcId}, {u"child_bc_id"_s, link.childBcId}});
}

ListFetch *BusinessCenterEndpoints::list(const BusinessCenterQuery &query, QObject *context,
                                         ResultHandler<QList<domain::BusinessCenter>> done,
                                         RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    return fetchAllTyped<BusinessCenterDecoder>(m_client, request, listSpec(), context,
                                                std::move(done));
}

ApiCall *BusinessCenterEndpoints::balance(const BusinessCenterBalanceQuery &query, QObject *context,
                                          ResultHandler<domain::BusinessCenterBalance> done)
{
    return sendTyped<domain::BusinessCenterBalance>(m_client, balanceRequest(query), context,
                                                    &BusinessCenterBalanceDecoder::decode,
                                                    std::move(done));
}

ListFetch *
BusinessCenterEndpoints::transactions(const BusinessCenterTransactionQuery &query, QObject *context,
                                      ResultHandler<QList<domain::BusinessCenterTransaction>> done,
                                      RequestPriority priority)
{
    ApiRequest request = transactionsRequest(query);
    request.priority = priority;
    return fetchAllTyped<BusinessCenterTransactionDecoder>(m_client, request, listSpec(), context,
                                                           std::move(done));
}

ApiCall *BusinessCenterEndpoints::transactionSummary(
        const BusinessCenterTransactionQuery &query, QObject *context,
        ResultHandler<domain::BusinessCenterTransactionSummary> done)
{
    return sendTyped<domain::BusinessCenterTransactionSummary>(
            m_client, firstRowOnly(transactionsRequest(query)), context,
            [](const QJsonObject &data) {
                return BusinessCenterTransactionSummaryDecoder::decode(
                        data.value("transaction_summary"_L1).toObject());
            },
            std::move(done));
}

ListFetch *
BusinessCenterEndpoints::accountTransactions(const AccountTransactionQuery &query, QObject *context,
                                             ResultHandler<QList<domain::AccountTransaction>> done,
                                             RequestPriority priority)
{
    ApiRequest request = accountTransactionsRequest(query);
    request.priority = priority;
    return fetchAllTyped<AccountTransactionDecoder>(m_client, request, accountTransactionListSpec(),
                                                    context, std::move(done));
}

ListFetch *BusinessCenterEndpoints::accountCosts(const AccountCostQuery &query, QObject *context,
                                                 ResultHandler<QList<domain::AccountCost>> done,
                                                 RequestPriority priority)
{
    ApiRequest request = accountCostsRequest(query);
    request.priority = priority;
    return fetchAllTyped<AccountCostDecoder>(m_client, request, costListSpec(), context,
                                             std::move(done));
}

ApiCall *BusinessCenterEndpoints::accountCostSummary(const AccountCostQuery &query,
                                                     QObject *context,
                                                     ResultHandler<domain::AccountCostSummary> done)
{
    return sendTyped<domain::AccountCostSummary>(
            m_client, firstRowOnly(accountCostsRequest(query)), context,
            [](const QJsonObject &data) {
                return AccountCostSummaryDecoder::decode(
                        data.value("transaction_summary"_L1).toObject());
            },
            std::move(done));
}

ListFetch *
BusinessCenterEndpoints::budgetChangelog(const BudgetChangelogQuery &query, QObject *context,
                                         ResultHandler<QList<domain::BudgetChangelogEntry>> done,
                                         RequestPriority priority)
{
    ApiRequest request = budgetChangelogRequest(query);
    request.priority = priority;
    return fetchAllTyped<BudgetChangelogEntryDecoder>(m_client, request, changelogListSpec(),
                                                      context, std::move(done));
}

ApiCall *BusinessCenterEndpoints::uploadImage(const ImageUploadForm &form, QObject *context,
                                              ResultHandler<domain::ImageUpload> done)
{
    return sendTyped<domain::ImageUpload>(m_client, imageUploadRequest(form), context,
                                          &ImageUploadDecoder::decode, std::move(done));
}

ApiCall *BusinessCenterEndpoints::inviteChild(const ChildBusinessCenterLink &link, QObject *context,
                                              ResultHandler<domain::ChildBusinessCenter> done)
{
    return sendTyped<domain::ChildBusinessCenter>(m_client, childInviteRequest(link), context,
                                                  &ChildBusinessCenterDecoder::decode,
                                                  std::move(done));
}

ApiCall *BusinessCenterEndpoints::unbindChild(const ChildBusinessCenterLink &link, QObject *context,
                                              ResultHandler<domain::ChildBusinessCenter> done)
{
    return sendTyped<domain::ChildBusinessCenter>(m_client, childUnbindRequest(link), context,
                                                  &ChildBusinessCenterDecoder::decode,
                                                  std::move(done));
}

} // namespace bc::api
