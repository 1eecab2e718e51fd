#pragma once

#include "core/api/endpoints/advertiserrequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/adperformance.h"
#include "core/domain/advertiserbalance.h"
#include "core/domain/advertiserinfo.h"
#include "core/domain/advertisertransaction.h"
#include "core/domain/audienceinsight.h"
#include "core/domain/pangleaudiencepackage.h"
#include "core/domain/pangleblocklist.h"
#include "core/domain/pangleblocklistupdate.h"
#include "core/domain/term.h"

namespace bc::api {

// Ad account level endpoints (reference §4) and the BC inspiration tool (§4.6, assumed
// contract). Each xxxRequest() builds the exact request (tested without a network); each call
// sends it through the client.
class AdvertiserEndpoints final
{
public:
    explicit AdvertiserEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // 50 per page for balances and transactions (§1.5); the inspiration tool publishes no
    // maximum, 50 is assumed.
    static constexpr int maxPageSize = 50;
    [[nodiscard]] static ListSpec balanceListSpec()
    {
        return {QStringLiteral("advertiser_account_list"), maxPageSize};
    }
    [[nodiscard]] static ListSpec transactionListSpec()
    {
        return {QStringLiteral("transaction_list"), maxPageSize};
    }
    [[nodiscard]] static ListSpec inspirationListSpec()
    {
        return {QStringLiteral("list"), maxPageSize};
    }

    [[nodiscard]] static ApiRequest infoRequest(const AdvertiserInfoQuery &query);
    [[nodiscard]] static ApiRequest balancesRequest(const AdvertiserBalanceQuery &query);
    [[nodiscard]] static ApiRequest transactionsRequest(const AdvertiserTransactionQuery &query);
    [[nodiscard]] static ApiRequest termRequest(const TermQuery &query);
    [[nodiscard]] static ApiRequest termCheckRequest(const TermQuery &query);
    [[nodiscard]] static ApiRequest termConfirmRequest(const TermQuery &query);
    [[nodiscard]] static ApiRequest pangleBlockListRequest(const QString &advertiserId);
    [[nodiscard]] static ApiRequest
    pangleBlockListUpdateRequest(const PangleBlockListChange &change);
    // No published contract (§4.5 gap): the account-level pair plus a campaign_id.
    [[nodiscard]] static ApiRequest pangleCampaignBlockListRequest(const QString &advertiserId,
                                                                   const QString &campaignId);
    [[nodiscard]] static ApiRequest
    pangleCampaignBlockListUpdateRequest(const PangleBlockListChange &change);
    [[nodiscard]] static ApiRequest pangleAudiencePackagesRequest(const QString &advertiserId);
    [[nodiscard]] static ApiRequest audienceInsightRequest(const AudienceInsightQuery &query);
    [[nodiscard]] static ApiRequest adPerformanceRequest(const AdPerformanceQuery &query);

    // In request order; not paged.
    ApiCall *info(const AdvertiserInfoQuery &query, QObject *context,
                  ResultHandler<QList<domain::AdvertiserInfo>> done);
    ListFetch *balances(const AdvertiserBalanceQuery &query, QObject *context,
                        ResultHandler<QList<domain::AdvertiserBalance>> done,
                        RequestPriority priority = RequestPriority::Normal);
    ListFetch *transactions(const AdvertiserTransactionQuery &query, QObject *context,
                            ResultHandler<QList<domain::AdvertiserTransaction>> done,
                            RequestPriority priority = RequestPriority::Normal);
    ApiCall *term(const TermQuery &query, QObject *context, ResultHandler<domain::Term> done);
    ApiCall *checkTerm(const TermQuery &query, QObject *context, ResultHandler<domain::Term> done);
    ApiCall *confirmTerm(const TermQuery &query, QObject *context,
                         ResultHandler<WriteReceipt> done);
    ApiCall *pangleBlockList(const QString &advertiserId, QObject *context,
                             ResultHandler<domain::PangleBlockList> done);
    ApiCall *updatePangleBlockList(const PangleBlockListChange &change, QObject *context,
                                   ResultHandler<domain::PangleBlockListUpdate> done);
    ApiCall *pangleCampaignBlockList(const QString &advertiserId, const QString &campaignId,
                                     QObject *context, ResultHandler<domain::PangleBlockList> done);
    ApiCall *updatePangleCampaignBlockList(const PangleBlockListChange &change, QObject *context,
                                           ResultHandler<domain::PangleBlockListUpdate> done);
    ApiCall *pangleAudiencePackages(const QString &advertiserId, QObject *context,
                                    ResultHandler<QList<domain::PangleAudiencePackage>> done);
    ListFetch *audienceInsight(const AudienceInsightQuery &query, QObject *context,
                               ResultHandler<QList<domain::AudienceInsight>> done,
                               RequestPriority priority = RequestPriority::Normal);
    ListFetch *adPerformance(const AdPerformanceQuery &query, QObject *context,
                             ResultHandler<QList<domain::AdPerformance>> done,
                             RequestPriority priority = RequestPriority::Normal);

private:
    ApiClient &m_client;
};

} // namespace bc::api
