#include "core/api/endpoints/advertiseraccountendpoints.h"

#include "core/api/decoders/advertiserattributedecoder.h"
#include "core/api/decoders/advertisercreateresultdecoder.h"
#include "core/api/decoders/advertiserdisableresultdecoder.h"
#include "core/api/decoders/advertiserupdateresultdecoder.h"
#include "core/api/decoders/qualificationdecoder.h"
#include "core/api/decoders/transferresultdecoder.h"
#include "core/api/decoders/unionpaycheckdecoder.h"
#include "core/api/jsonfields.h"
#include "core/api/requestfields.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::putIfSet;

namespace {

// Money goes out as a JSON number with two decimals; the double of a cent value prints back as
// that decimal (Qt writes the shortest round-trip form).
void putAmount(QJsonObject &object, const QString &key, const domain::Amount &amount)
{
    if (amount.isSet())
        object.insert(key, double(amount.minorUnits()) / double(domain::Amount::minorPerUnit));
}

QJsonObject taxObject(const QMap<QString, QString> &taxMap)
{
    QJsonObject object;
    for (auto it = taxMap.cbegin(); it != taxMap.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString AdvertiserAccountEndpoints::newTransferKey()
{
    // 62 random bits: positive, and as unlikely to repeat as a key needs to be.
    const quint64 bits = QRandomGenerator::system()->generate64() >> 2;
    return QString::number(qint64(bits) + 1);
}

ApiRequest AdvertiserAccountEndpoints::createRequest(const AdvertiserCreation &creation)
{
    QJsonObject advertiserInfo;
    putIfSet(advertiserInfo, u"name"_s, creation.name);
    putIfSet(advertiserInfo, u"currency"_s, creation.currency);
    putIfSet(advertiserInfo, u"timezone"_s, creation.timezone);
    putIfSet(advertiserInfo, u"type"_s, creation.type);

    QJsonObject customerInfo;
    putIfSet(customerInfo, u"company"_s, creation.company);
    if (creation.industry)
        customerInfo.insert(u"industry"_s, *creation.industry);
    putIfSet(customerInfo, u"registered_area"_s, creation.registeredArea);

    QJsonObject qualificationInfo;
    putIfSet(qualificationInfo, u"promotion_link"_s, creation.promotionLink);
    putIfSet(qualificationInfo, u"license_no"_s, creation.licenseNo);
    putIfSet(qualificationInfo, u"license_image_id"_s, creation.licenseImageId);
    putIfSet(qualificationInfo, u"qualification_image_ids"_s, creation.qualificationImageIds);
    putIfSet(qualificationInfo, u"qualification_id"_s, creation.qualificationId);

    QJsonObject contactInfo;
    putIfSet(contactInfo, u"name"_s, creation.contactName);
    putIfSet(contactInfo, u"email"_s, creation.contactEmail);
    putIfSet(contactInfo, u"number"_s, creation.contactNumber);

    QJsonObject billingInfo;
    putIfSet(billingInfo, u"address"_s, creation.address);
    if (!creation.taxMap.isEmpty()) {
        // PY types tax_map as a string: the map travels as JSON text.
        billingInfo.insert(
                u"tax_map"_s,
                QString::fromUtf8(
                        QJsonDocument(taxObject(creation.taxMap)).toJson(QJsonDocument::Compact)));
    }

    QJsonObject billingGroupInfo;
    putIfSet(billingGroupInfo, u"invoice_group_by"_s, creation.invoiceGroupBy);
    putIfSet(billingGroupInfo, u"billing_group_id"_s, creation.billingGroupId);
    putIfSet(billingGroupInfo, u"invoice_payer"_s, creation.invoicePayer);

    QJsonObject paymentInfo;
    putIfSet(paymentInfo, u"payment_portfolio_id"_s, creation.paymentPortfolioId);

    QJsonObject body{{u"bc_id"_s, creation.bcId}, {u"advertiser_info"_s, advertiserInfo}};
    putIfSet(body, u"customer_info"_s, customerInfo);
    putIfSet(body, u"qualification_info"_s, qualificationInfo);
    putIfSet(body, u"contact_info"_s, contactInfo);
    putIfSet(body, u"billing_info"_s, billingInfo);
    putIfSet(body, u"billing_group_info"_s, billingGroupInfo);
    putIfSet(body, u"tied_to_billing_group"_s, creation.tiedToBillingGroup);
    putIfSet(body, u"payment_info"_s, paymentInfo);
    return ApiRequest::post(u"bc/advertiser/create/"_s, body);
}

ApiRequest AdvertiserAccountEndpoints::updateRequest(const AdvertiserUpdate &update)
{
    QJsonObject body;
    putIfSet(body, u"advertiser_id"_s, update.advertiserId);
    putIfSet(body, u"bc_id"_s, update.bcId);
    putIfSet(body, u"child_bc_id"_s, update.childBcId);
    putIfSet(body, u"advertiser_name"_s, update.advertiserName);
    putIfSet(body, u"company"_s, update.company);
    putIfSet(body, u"contact_name"_s, update.contactName);
    putIfSet(body, u"contact_email"_s, update.contactEmail);
    putIfSet(body, u"contact_number"_s, update.contactNumber);
    putIfSet(body, u"promotion_link"_s, update.promotionLink);
    putIfSet(body, u"license_no"_s, update.licenseNo);
    putIfSet(body, u"license_image_id"_s, update.licenseImageId);
    putIfSet(body, u"address"_s, update.address);
    if (!update.qualificationImageIds.isEmpty()) {
        QJsonArray images;
        for (const QString &imageId : update.qualificationImageIds)
            images.append(QJsonObject{{u"image_id"_s, imageId}});
        body.insert(u"qualification_images"_s, images);
    }
    putIfSet(body, u"tax_map"_s, taxObject(update.taxMap));
    putIfSet(body, u"need_submit_certificate"_s, update.needSubmitCertificate);
    putIfSet(body, u"budget_update_type"_s, update.budgetUpdateType);
    if (!update.budgets.isEmpty()) {
        QJsonArray budgets;
        for (const AdvertiserBudget &budget : update.budgets) {
            QJsonObject item{{u"advertiser_id"_s, budget.advertiserId}};
            putIfSet(item, u"budget_mode"_s, budget.budgetMode);
            putAmount(item, u"budget"_s, budget.budget);
            budgets.append(item);
        }
        body.insert(u"advertiser_budgets"_s, budgets);
    }
    // ⚠ B posts to bc/advertiser/update/; the official specs (Y, PY, L) use this path.
    return ApiRequest::post(u"advertiser/update/"_s, body);
}

ApiRequest AdvertiserAccountEndpoints::disableRequest(const AdvertiserDisabling &disabling)
{
    return ApiRequest::post(u"bc/advertiser/disable/"_s,
                            {{u"bc_id"_s, disabling.bcId},
                             {u"advertiser_ids"_s, QJsonArray{disabling.advertiserId}}});
}

ApiRequest AdvertiserAccountEndpoints::qualificationsRequest(const QualificationQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/advertiser/qualification/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    if (query.verified)
        request.addJsonQuery(u"filtering"_s, QJsonObject{{u"verified"_s, *query.verified}});
    return request;
}

ApiRequest AdvertiserAccountEndpoints::attributeRequest(const QString &bcId)
{
    ApiRequest request = ApiRequest::get(u"bc/advertiser/attribute/"_s);
    request.addQuery(u"bc_id"_s, bcId);
    return request;
}

ApiRequest AdvertiserAccountEndpoints::unionPayCheckRequest(const QString &licenseNo)
{
    ApiRequest request = ApiRequest::get(u"bc/advertiser/unionpay_info/check/"_s);
    request.addQuery(u"license_no"_s, licenseNo);
    return request;
}

ApiRequest AdvertiserAccountEndpoints::unionPaySubmitRequest(const UnionPaySubmission &submission)
{
    QJsonObject body{{u"bc_id"_s, submission.bcId},
                     {u"advertiser_id"_s, submission.advertiserId},
                     {u"representative_name"_s, submission.representativeName},
                     {u"representative_id"_s, submission.representativeId},
                     {u"unionpay_account"_s, submission.unionpayAccount},
                     {u"representative_phone_number"_s, submission.representativePhoneNumber}};
    putIfSet(body, u"representative_document_type"_s, submission.representativeDocumentType);
    return ApiRequest::post(u"bc/advertiser/unionpay_info/submit/"_s, body);
}

ApiRequest AdvertiserAccountEndpoints::transferRequest(const BcTransfer &transfer)
{
    QJsonObject body{{u"bc_id"_s, transfer.bcId}, {u"transfer_type"_s, transfer.transferType}};
    putIfSet(body, u"transfer_level"_s, transfer.transferLevel);
    putIfSet(body, u"advertiser_id"_s, transfer.advertiserId);
    putIfSet(body, u"child_bc_id"_s, transfer.childBcId);
    putIfSet(body, u"payment_portfolio_id"_s, transfer.paymentPortfolioId);
    if (transfer.creditAmount.isSet()) {
        // Only amount_info can carry credit; it replaces the flat amounts, so all go in it.
        QJsonObject amountInfo;
        putAmount(amountInfo, u"cash_amount"_s, transfer.cashAmount);
        putAmount(amountInfo, u"grant_amount"_s, transfer.grantAmount);
        putAmount(amountInfo, u"credit_amount"_s, transfer.creditAmount);
        body.insert(u"amount_info"_s, amountInfo);
    } else {
        putAmount(body, u"cash_amount"_s, transfer.cashAmount);
        putAmount(body, u"grant_amount"_s, transfer.grantAmount);
    }
    ApiRequest request = ApiRequest::post(u"bc/transfer/"_s, body);
    if (transfer.transferLevel == "BC"_L1) {
        const QString key =
                transfer.idempotencyKey.isEmpty() ? newTransferKey() : transfer.idempotencyKey;
        request.body.insert(u"request_id"_s, key);
        request.carriesIdempotencyKey = true;
    }
    return request;
}

ApiCall *AdvertiserAccountEndpoints::create(const AdvertiserCreation &creation, QObject *context,
                                            ResultHandler<domain::AdvertiserCreateResult> done)
{
    return sendTyped<domain::AdvertiserCreateResult>(m_client, createRequest(creation), context,
                                                     &AdvertiserCreateResultDecoder::decode,
                                                     std::move(done));
}

ApiCall *
AdvertiserAccountEndpoints::update(const AdvertiserUpdate &update, QObject *context,
                                   ResultHandler<QList<domain::AdvertiserUpdateResult>> done)
{
    return sendTyped<QList<domain::AdvertiserUpdateResult>>(
            m_client, updateRequest(update), context,
            [](const QJsonObject &data) {
                const QJsonValue list = data.contains("advertiser_list"_L1)
                                                ? data.value("advertiser_list"_L1)
                                                : data.value("list"_L1);
                return json::decodeList<AdvertiserUpdateResultDecoder>(list);
            },
            std::move(done));
}

ApiCall *AdvertiserAccountEndpoints::disable(const AdvertiserDisabling &disabling, QObject *context,
                                             ResultHandler<domain::AdvertiserDisableResult> done)
{
    return sendTyped<domain::AdvertiserDisableResult>(m_client, disableRequest(disabling), context,
                                                      &AdvertiserDisableResultDecoder::decode,
                                                      std::move(done));
}

ListFetch *
AdvertiserAccountEndpoints::qualifications(const QualificationQuery &query, QObject *context,
                                           ResultHandler<QList<domain::Qualification>> done,
                                           RequestPriority priority)
{
    ApiRequest request = qualificationsRequest(query);
    request.priority = priority;
    return fetchAllTyped<QualificationDecoder>(m_client, request, qualificationListSpec(), context,
                                               std::move(done));
}

ApiCall *AdvertiserAccountEndpoints::attribute(const QString &bcId, QObject *context,
                                               ResultHandler<domain::AdvertiserAttribute> done)
{
    return sendTyped<domain::AdvertiserAttribute>(m_client, attributeRequest(bcId), context,
                                                  &AdvertiserAttributeDecoder::decode,
                                                  std::move(done));
}

ApiCall *AdvertiserAccountEndpoints::checkUnionPay(const QString &licenseNo, QObject *context,
                                                   ResultHandler<domain::UnionPayCheck> done)
{
    return sendTyped<domain::UnionPayCheck>(m_client, unionPayCheckRequest(licenseNo), context,
                                            &UnionPayCheckDecoder::decode, std::move(done));
}

ApiCall *AdvertiserAccountEndpoints::submitUnionPay(const UnionPaySubmission &submission,
                                                    QObject *context,
                                                    ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, unionPaySubmitRequest(submission), context, std::move(done));
}

ApiCall *AdvertiserAccountEndpoints::transfer(const BcTransfer &transfer, QObject *context,
                                              ResultHandler<domain::TransferResult> done)
{
    return sendTyped<domain::TransferResult>(m_client, transferRequest(transfer), context,
                                             &TransferResultDecoder::decode, std::move(done));
}

} // namespace bc::api
