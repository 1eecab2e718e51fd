#pragma once

#include "core/api/endpoints/advertiseraccountrequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/advertiserattribute.h"
#include "core/domain/advertisercreateresult.h"
#include "core/domain/advertiserdisableresult.h"
#include "core/domain/advertiserupdateresult.h"
#include "core/domain/qualification.h"
#include "core/domain/transferresult.h"
#include "core/domain/unionpaycheck.h"

namespace bc::api {

// Ad account management in a Business Center (reference §3.7–§3.13). Each xxxRequest() builds
// the exact request (tested without a network); each call sends it through the client. No write
// here is retried automatically, except a BC-level transfer, which carries an idempotency key.
class AdvertiserAccountEndpoints final
{
public:
    explicit AdvertiserAccountEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // 100 per page for qualifications (B; §1.5).
    static constexpr int maxQualificationPageSize = 100;
    [[nodiscard]] static ListSpec qualificationListSpec()
    {
        return {QStringLiteral("qualifications"), maxQualificationPageSize};
    }

    // A fresh BC-level transfer key: a positive decimal int64, as TikTok's request_id is.
    [[nodiscard]] static QString newTransferKey();

    [[nodiscard]] static ApiRequest createRequest(const AdvertiserCreation &creation);
    [[nodiscard]] static ApiRequest updateRequest(const AdvertiserUpdate &update);
    [[nodiscard]] static ApiRequest disableRequest(const AdvertiserDisabling &disabling);
    [[nodiscard]] static ApiRequest qualificationsRequest(const QualificationQuery &query);
    [[nodiscard]] static ApiRequest attributeRequest(const QString &bcId);
    [[nodiscard]] static ApiRequest unionPayCheckRequest(const QString &licenseNo);
    [[nodiscard]] static ApiRequest unionPaySubmitRequest(const UnionPaySubmission &submission);
    // At BC level a missing idempotencyKey is generated here; ApiCall::request() shows it.
    [[nodiscard]] static ApiRequest transferRequest(const BcTransfer &transfer);

    ApiCall *create(const AdvertiserCreation &creation, QObject *context,
                    ResultHandler<domain::AdvertiserCreateResult> done);
    // One result per account (⚠ under `advertiser_list` per Y, `list` per B: both are read).
    ApiCall *update(const AdvertiserUpdate &update, QObject *context,
                    ResultHandler<QList<domain::AdvertiserUpdateResult>> done);
    // Refusals come back as a success with failedReasons filled.
    ApiCall *disable(const AdvertiserDisabling &disabling, QObject *context,
                     ResultHandler<domain::AdvertiserDisableResult> done);
    ListFetch *qualifications(const QualificationQuery &query, QObject *context,
                              ResultHandler<QList<domain::Qualification>> done,
                              RequestPriority priority = RequestPriority::Normal);
    ApiCall *attribute(const QString &bcId, QObject *context,
                       ResultHandler<domain::AdvertiserAttribute> done);
    ApiCall *checkUnionPay(const QString &licenseNo, QObject *context,
                           ResultHandler<domain::UnionPayCheck> done);
    ApiCall *submitUnionPay(const UnionPaySubmission &submission, QObject *context,
                            ResultHandler<WriteReceipt> done);
    // Money moves. An ADVERTISER-level transfer is never retried: after an ambiguous failure,
    // read the transactions before sending it again.
    ApiCall *transfer(const BcTransfer &transfer, QObject *context,
                      ResultHandler<domain::TransferResult> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
