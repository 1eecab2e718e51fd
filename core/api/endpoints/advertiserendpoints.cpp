#include "core/api/endpoints/advertiserendpoints.h"

#include "core/api/decoders/adperformancedecoder.h"
#include "core/api/decoders/advertiserbalancedecoder.h"
#include "core/api/decoders/advertiserinfodecoder.h"
#include "core/api/decoders/advertisertransactiondecoder.h"
#include "core/api/decoders/audienceinsightdecoder.h"
#include "core/api/decoders/pangleaudiencepackagedecoder.h"
#include "core/api/decoders/pangleblocklistdecoder.h"
#include "core/api/decoders/pangleblocklistupdatedecoder.h"
#include "core/api/decoders/termdecoder.h"
#include "core/api/jsonfields.h"
#include "core/api/requestfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::putIfSet;

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate); // YYYY-MM-DD
}

void addDateIfSet(ApiRequest &request, const QString &key, const QDate &date)
{
    if (date.isValid())
        request.addQuery(key, isoDate(date));
}

void addArrayIfSet(ApiRequest &request, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        request.addJsonQuery(key, QJsonArray::fromStringList(values));
}

ApiRequest advertiserGet(const QString &path, const QString &advertiserId)
{
    ApiRequest request = ApiRequest::get(path);
    request.addQuery(u"advertiser_id"_s, advertiserId);
    return request;
}

QJsonObject pangleChangeBody(const PangleBlockListChange &change)
{
    QJsonObject body{{u"advertiser_id"_s, change.advertiserId}};
    fields::putIfSet(body, u"add_app_list"_s, change.addApps);
    fields::putIfSet(body, u"delete_app_list"_s, change.deleteApps);
    if (change.clearOldApps)
        body.insert(u"clear_old_app"_s, *change.clearOldApps);
    return body;
}

} // namespace

ApiRequest AdvertiserEndpoints::infoRequest(const AdvertiserInfoQuery &query)
{
    ApiRequest request = ApiRequest::get(u"advertiser/info/"_s);
    request.addJsonQuery(u"advertiser_ids"_s, QJsonArray::fromStringList(query.advertiserIds));
    addArrayIfSet(request, u"fields"_s, query.fields);
    return request;
}

ApiRequest AdvertiserEndpoints::balancesRequest(const AdvertiserBalanceQuery &query)
{
    // ⚠ B calls bc/advertiser/balance/get/; PY, L and D use this path.
    ApiRequest request = ApiRequest::get(u"advertiser/balance/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    if (!query.childBcId.isEmpty())
        request.addQuery(u"child_bc_id"_s, query.childBcId);
    addArrayIfSet(request, u"fields"_s, query.fields);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    putIfSet(filtering, u"advertiser_status"_s, query.advertiserStatuses);
    putIfSet(filtering, u"payment_portfolio_id"_s, query.paymentPortfolioId);
    fields::addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest AdvertiserEndpoints::transactionsRequest(const AdvertiserTransactionQuery &query)
{
    ApiRequest request = ApiRequest::get(u"advertiser/transaction/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    QJsonObject filtering;
    putIfSet(filtering, u"transfer_type"_s, query.transferType);
    putIfSet(filtering, u"funds_type"_s, query.fundsTypes);
    if (query.summaryByAccount)
        filtering.insert(u"summary_by_account"_s, *query.summaryByAccount);
    putIfSet(filtering, u"keyword"_s, query.keyword);
    fields::putDate(filtering, u"start_date"_s, query.startDate);
    fields::putDate(filtering, u"end_date"_s, query.endDate);
    fields::addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest AdvertiserEndpoints::termRequest(const TermQuery &query)
{
    ApiRequest request = advertiserGet(u"term/get/"_s, query.advertiserId);
    request.addQuery(u"term_type"_s, query.termType);
    if (!query.lang.isEmpty())
        request.addQuery(u"lang"_s, query.lang);
    return request;
}

ApiRequest AdvertiserEndpoints::termCheckRequest(const TermQuery &query)
{
    ApiRequest request = advertiserGet(u"term/check/"_s, query.advertiserId);
    request.addQuery(u"term_type"_s, query.termType);
    return request;
}

ApiRequest AdvertiserEndpoints::termConfirmRequest(const TermQuery &query)
{
    return ApiRequest::post(u"term/confirm/"_s, {{u"advertiser_id"_s, query.advertiserId},
                                                 {u"term_type"_s, query.termType}});
}

ApiRequest AdvertiserEndpoints::pangleBlockListRequest(const QString &advertiserId)
{
    return advertiserGet(u"pangle_block_list/get/"_s, advertiserId);
}

ApiRequest AdvertiserEndpoints::pangleBlockListUpdateRequest(const PangleBlockListChange &change)
{
    return ApiRequest::post(u"pangle_block_list/update/"_s, pangleChangeBody(change));
}

ApiRequest AdvertiserEndpoints::pangleCampaignBlockListRequest(const QString &advertiserId,
                                                               const QString &campaignId)
{
    ApiRequest request = advertiserGet(u"pangle_block_list/campaign/get/"_s, advertiserId);
    request.addQuery(u"campaign_id"_s, campaignId);
    return request;
}

ApiRequest
AdvertiserEndpoints::pangleCampaignBlockListUpdateRequest(const PangleBlockListChange &change)
{
    QJsonObject body = pangleChangeBody(change);
    body.insert(u"campaign_id"_s, change.campaignId);
    return ApiRequest::post(u"pangle_block_list/campaign/update/"_s, body);
}

ApiRequest AdvertiserEndpoints::pangleAudiencePackagesRequest(const QString &advertiserId)
{
    return advertiserGet(u"pangle_audience_package/get/"_s, advertiserId);
}

ApiRequest AdvertiserEndpoints::audienceInsightRequest(const AudienceInsightQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/inspiration_tool/audience_insight/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    request.addQuery(u"dimension"_s, query.dimension);
    addDateIfSet(request, u"start_date"_s, query.startDate);
    addDateIfSet(request, u"end_date"_s, query.endDate);
    addArrayIfSet(request, u"advertiser_ids"_s, query.advertiserIds);
    return request;
}

ApiRequest AdvertiserEndpoints::adPerformanceRequest(const AdPerformanceQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/inspiration_tool/ad_performance/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    addDateIfSet(request, u"start_date"_s, query.startDate);
    addDateIfSet(request, u"end_date"_s, query.endDate);
    addArrayIfSet(request, u"advertiser_ids"_s, query.advertiserIds);
    addArrayIfSet(request, u"metrics"_s, query.metrics);
    return request;
}

ApiCall *AdvertiserEndpoints::info(const AdvertiserInfoQuery &query, QObject *context,
                                   ResultHandler<QList<domain::AdvertiserInfo>> done)
{
    return sendTyped<QList<domain::AdvertiserInfo>>(
            m_client, infoRequest(query), context,
            [](const QJsonObject &data) {
                return json::decodeList<AdvertiserInfoDecoder>(data.value("list"_L1));
            },
            std::move(done));
}

ListFetch *AdvertiserEndpoints::balances(const AdvertiserBalanceQuery &query, QObject *context,
                                         ResultHandler<QList<domain::AdvertiserBalance>> done,
                                         RequestPriority priority)
{
    ApiRequest request = balancesRequest(query);
    request.priority = priority;
    return fetchAllTyped<AdvertiserBalanceDecoder>(m_client, request, balanceListSpec(), context,
                                                   std::move(done));
}

ListFetch *
AdvertiserEndpoints::transactions(const AdvertiserTransactionQuery &query, QObject *context,
                                  ResultHandler<QList<domain::AdvertiserTransaction>> done,
                                  RequestPriority priority)
{
    ApiRequest request = transactionsRequest(query);
    request.priority = priority;
    return fetchAllTyped<AdvertiserTransactionDecoder>(m_client, request, transactionListSpec(),
                                                       context, std::move(done));
}

ApiCall *AdvertiserEndpoints::term(const TermQuery &query, QObject *context,
                                   ResultHandler<domain::Term> done)
{
    return sendTyped<domain::Term>(m_client, termRequest(query), context, &TermDecoder::decode,
                                   std::move(done));
}

ApiCall *AdvertiserEndpoints::checkTerm(const TermQuery &query, QObject *context,
                                        ResultHandler<domain::Term> done)
{
    return sendTyped<domain::Term>(m_client, termCheckRequest(query), context, &TermDecoder::decode,
                                   std::move(done));
}

ApiCall *AdvertiserEndpoints::confirmTerm(const TermQuery &query, QObject *context,
                                          ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, termConfirmRequest(query), context, std::move(done));
}

ApiCall *AdvertiserEndpoints::pangleBlockList(const QString &advertiserId, QObject *context,
                                              ResultHandler<domain::PangleBlockList> done)
{
    return sendTyped<domain::PangleBlockList>(m_client, pangleBlockListRequest(advertiserId),
                                              context, &PangleBlockListDecoder::decode,
                                              std::move(done));
}

ApiCall *
AdvertiserEndpoints::updatePangleBlockList(const PangleBlockListChange &change, QObject *context,
                                           ResultHandler<domain::PangleBlockListUpdate> done)
{
    return sendTyped<domain::PangleBlockListUpdate>(m_client, pangleBlockListUpdateRequest(change),
                                                    context, &PangleBlockListUpdateDecoder::decode,
                                                    std::move(done));
}

ApiCall *AdvertiserEndpoints::pangleCampaignBlockList(const QString &advertiserId,
                                                      const QString &campaignId, QObject *context,
                                                      ResultHandler<domain::PangleBlockList> done)
{
    return sendTyped<domain::PangleBlockList>(
            m_client, pangleCampaignBlockListRequest(advertiserId, campaignId), context,
            &PangleBlockListDecoder::decode, std::move(done));
}

ApiCall *AdvertiserEndpoints::updatePangleCampaignBlockList(
        const PangleBlockListChange &change, QObject *context,
        ResultHandler<domain::PangleBlockListUpdate> done)
{
    return sendTyped<domain::PangleBlockListUpdate>(
            m_client, pangleCampaignBlockListUpdateRequest(change), context,
            &PangleBlockListUpdateDecoder::decode, std::move(done));
}

ApiCall *AdvertiserEndpoints::pangleAudiencePackages(
        const QString &advertiserId, QObject *context,
        ResultHandler<QList<domain::PangleAudiencePackage>> done)
{
    return sendTyped<QList<domain::PangleAudiencePackage>>(
            m_client, pangleAudiencePackagesRequest(advertiserId), context,
            [](const QJsonObject &data) {
                return json::decodeList<PangleAudiencePackageDecoder>(data.value("packages"_L1));
            },
            std::move(done));
}

ListFetch *AdvertiserEndpoints::audienceInsight(const AudienceInsightQuery &query, QObject *context,
                                                ResultHandler<QList<domain::AudienceInsight>> done,
                                                RequestPriority priority)
{
    ApiRequest request = audienceInsightRequest(query);
    request.priority = priority;
    return fetchAllTyped<AudienceInsightDecoder>(m_client, request, inspirationListSpec(), context,
                                                 std::move(done));
}

ListFetch *AdvertiserEndpoints::adPerformance(const AdPerformanceQuery &query, QObject *context,
                                              ResultHandler<QList<domain::AdPerformance>> done,
                                              RequestPriority priority)
{
    ApiRequest request = adPerformanceRequest(query);
    request.priority = priority;
    return fetchAllTyped<AdPerformanceDecoder>(m_client, request, inspirationListSpec(), context,
                                               std::move(done));
}

} // namespace bc::api
