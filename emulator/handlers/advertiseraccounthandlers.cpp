// Ad-account management of the finance family: create, update (details and budgets), disable,
// qualifications, attributes, UnionPay (reference §3.7–3.12).
#include "financecommon.h"
#include "financehandlers.h"
#include "nullable.h"
#include "worldreplies.h"

#include "emulator/bodyreader.h"
#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/paramreader.h"
#include "emulator/world.h"
#include "emulator/world/roughedges.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxNameLength = 100;
constexpr qsizetype maxCompanyLength = 255;
constexpr qsizetype maxLinkLength = 255;
constexpr qsizetype maxAddressLength = 512;
constexpr qsizetype maxQualificationImages = 10;
constexpr qsizetype maxBudgetItems = 50;
constexpr qint64 maxQualificationPageSize = 100;
// An allowlist-only field (reference §1.9): the emulator's app is on no allowlist.
constexpr int notInAllowlist = 40118;

QJsonObject outcomeJson(const AdvertiserUpdateOutcome &outcome)
{
    return {
            {u"advertiser_id"_s, RoughEdges::idValue(outcome.advertiserId)},
            {u"status"_s, outcome.status},
            {u"error_msg"_s, orNull(outcome.errorMessage)},
            {u"one_click_set_amount"_s, outcome.oneClickSetAmount
                                                ? Money::toJson(*outcome.oneClickSetAmount)
                                                : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

// ---- POST /bc/advertiser/create/ ----------------------------------------------------------------

EmulatorReply handleBcAdvertiserCreate(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    if (body.hasError())
        return body.errorReply();
    AdvertiserCreateRequest create;
    create.bcId = body.id(u"bc_id"_s, Need::Required);

    const QString ai = u"advertiser_info"_s;
    const QJsonObject advertiserInfo = body.object(ai, Need::Required);
    create.name = body.string(advertiserInfo, ai, u"name"_s, Need::Required, maxNameLength);
    create.currency = body.string(advertiserInfo, ai, u"currency"_s, Need::Optional);
    create.timezone = body.string(advertiserInfo, ai, u"timezone"_s, Need::Optional);
    create.type = body.enumeration(advertiserInfo, ai, u"type"_s, {u"AUCTION"_s, u"RESERVATION"_s},
                                   Need::Optional, u"AUCTION"_s);

    // ⚠ PY's customer_info; B's "customer" is an unknown field here and ignored.
    const QString ci = u"customer_info"_s;
    const QJsonObject customerInfo = body.object(ci, Need::Optional);
    create.company = body.string(customerInfo, ci, u"company"_s, Need::Optional, maxCompanyLength);
    create.industry = body.id(customerInfo, ci, u"industry"_s, Need::Optional);
    create.registeredArea = body.string(customerInfo, ci, u"registered_area"_s, Need::Optional);

    const QString qi = u"qualification_info"_s;
    const QJsonObject qualificationInfo = body.object(qi, Need::Optional);
    create.promotionLink =
            body.string(qualificationInfo, qi, u"promotion_link"_s, Need::Optional, maxLinkLength);
    create.licenseNo = body.string(qualificationInfo, qi, u"license_no"_s, Need::Optional);
    create.licenseImageId = body.id(qualificationInfo, qi, u"license_image_id"_s, Need::Optional);
    create.qualificationImageIds = body.idList(qualificationInfo, qi, u"qualification_image_ids"_s,
                                               Need::Optional, 0, maxQualificationImages);
    create.qualificationId = body.id(qualificationInfo, qi, u"qualification_id"_s, Need::Optional);

    const QString co = u"contact_info"_s;
    const QJsonObject contactInfo = body.object(co, Need::Optional);
    create.contactName = body.string(contactInfo, co, u"name"_s, Need::Optional, maxNameLength);
    create.contactEmail = body.string(contactInfo, co, u"email"_s, Need::Optional);
    create.contactNumber = body.string(contactInfo, co, u"number"_s, Need::Optional);

    const QString bi = u"billing_info"_s;
    const QJsonObject billingInfo = body.object(bi, Need::Optional);
    create.address = body.string(billingInfo, bi, u"address"_s, Need::Optional, maxAddressLength);
    // ⚠ PY's tax_map, a string (B: tax_field_dict, an object). Validated, not stored.
    body.string(billingInfo, bi, u"tax_map"_s, Need::Optional);

    const QString bg = u"billing_group_info"_s;
    const QJsonObject billingGroupInfo = body.object(bg, Need::Optional);
    const QString groupBy =
            billingGroupInfo.contains(u"invoice_group_by"_s)
                    ? body.enumeration(billingGroupInfo, bg, u"invoice_group_by"_s,
                                       {u"ACCOUNT"_s, u"ADVERTISER"_s}, Need::Required)
                    : QString();
    create.billingGroupId = body.id(billingGroupInfo, bg, u"billing_group_id"_s,
                                    groupBy == u"ACCOUNT"_s ? Need::Required : Need::Optional);
    if (billingGroupInfo.contains(u"invoice_payer"_s))
        body.enumeration(billingGroupInfo, bg, u"invoice_payer"_s, {u"AGENCY"_s, u"ADVERTISER"_s},
                         Need::Required);
    const std::optional<bool> tied = body.boolean(u"tied_to_billing_group"_s);

    const QString pi = u"payment_info"_s;
    const QJsonObject paymentInfo = body.object(pi, Need::Optional);
    const QString portfolioId = body.id(paymentInfo, pi, u"payment_portfolio_id"_s, Need::Optional);
    if (body.hasError())
        return body.errorReply();
    if (tied.value_or(false)) {
        return EmulatorReply::error(notInAllowlist,
                                    u"tied_to_billing_group: the app is not in the allowlist."_s);
    }

    const WorldResult<QString> created = world.createAdvertiser(request.accessToken(), create);
    if (!created.ok())
        return worldErrorReply(created.error);
    QJsonObject data{{u"advertiser_id"_s, created.value}};
    // The world has a single payment portfolio per BC: a binding asked for is reported done.
    data.insert(u"payment_portfolio_binding_result"_s,
                portfolioId.isEmpty()
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(QJsonObject{{u"status"_s, u"SUCCESS"_s},
                                                 {u"error_msg"_s, QJsonValue::Null}}));
    data.insert(u"budget_setup_result"_s, QJsonValue::Null);
    return EmulatorReply::success(data);
}

// ---- POST /advertiser/update/ -------------------------------------------------------------------

EmulatorReply handleAdvertiserUpdate(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    if (body.hasError())
        return body.errorReply();
    const QString advertiserId = body.id(u"advertiser_id"_s, Need::Optional);
    const QString bcId = body.id(u"bc_id"_s, Need::Optional);
    body.id(u"child_bc_id"_s, Need::Optional);

    AdvertiserUpdateRequest update;
    update.advertiserId = advertiserId;
    update.advertiserName = body.optionalString(u"advertiser_name"_s, maxNameLength);
    update.company = body.optionalString(u"company"_s, maxCompanyLength);
    update.contactName = body.optionalString(u"contact_name"_s, maxNameLength);
    update.contactEmail = body.optionalString(u"contact_email"_s);
    update.contactNumber = body.optionalString(u"contact_number"_s);
    update.promotionLink = body.optionalString(u"promotion_link"_s, maxLinkLength);
    update.licenseNo = body.optionalString(u"license_no"_s);
    body.id(u"license_image_id"_s, Need::Optional);
    update.address = body.optionalString(u"address"_s, maxAddressLength);
    if (const auto images =
                body.array(u"qualification_images"_s, Need::Optional, 0, maxQualificationImages)) {
        for (const QJsonValue &image : *images) {
            if (!image.isObject() || !BodyReader::idText(image.toObject().value(u"image_id"_s))) {
                body.fail(u"qualification_images: every item must be {\"image_id\": \"<id>\"}."_s);
                break;
            }
        }
    }
    // tax_map here is a map of strings (Y), unlike the create body's string.
    const QJsonObject taxMap = body.object(u"tax_map"_s, Need::Optional);
    for (auto it = taxMap.begin(); it != taxMap.end(); ++it) {
        if (!it.value().isString()) {
            body.fail(u"tax_map."_s + it.key() + u": must be a string."_s);
            break;
        }
    }
    body.boolean(u"need_submit_certificate"_s);
    const QString updateType =
            body.enumeration(u"budget_update_type"_s,
                             {u"UPDATE"_s, u"RESET"_s, u"INCREMENTAL_UPDATE"_s, u"ONE_CLICK_SET"_s},
                             Need::Optional, u"UPDATE"_s);
    const bool batch = updateType == u"UPDATE"_s || updateType == u"RESET"_s;
    const std::optional<QJsonArray> budgets =
            body.array(u"advertiser_budgets"_s, Need::Optional, 1, batch ? maxBudgetItems : 1);

    BudgetUpdateRequest budgetUpdate;
    budgetUpdate.bcId = bcId;
    budgetUpdate.updateType = updateType;
    if (budgets) {
        const auto readChange = [&](const QJsonObject &item, const QString &path) {
            BudgetChange change;
            change.advertiserId = body.id(item, path, u"advertiser_id"_s, Need::Required);
            if (item.contains(u"budget_mode"_s)) {
                change.budgetMode = body.enumeration(item, path, u"budget_mode"_s,
                                                     {u"UNLIMITED"_s, u"MONTHLY_BUDGET"_s,
                                                      u"DAILY_BUDGET"_s, u"CUSTOM_BUDGET"_s},
                                                     Need::Required);
            }
            const std::optional<Cents> budget = body.money(item, path, u"budget"_s);
            if (budget && *budget < 0 && updateType != u"INCREMENTAL_UPDATE"_s)
                body.fail(path + u".budget: must not be negative."_s);
            change.budget = budget.value_or(0);
            budgetUpdate.changes.append(change);
        };
        body.forEachObject(*budgets, u"advertiser_budgets"_s, readChange);
        if (bcId.isEmpty())
            body.fail(u"bc_id: required for budget updates (advertiser_budgets)."_s);
    } else if (advertiserId.isEmpty()) {
        body.fail(u"advertiser_id: required (or bc_id with advertiser_budgets)."_s);
    }
    if (body.hasError())
        return body.errorReply();

    const QString token = request.accessToken();
    QJsonArray list;
    if (budgets) {
        const WorldResult<QList<AdvertiserUpdateOutcome>> result =
                world.updateBudgets(token, budgetUpdate);
        if (!result.ok())
            return worldErrorReply(result.error);
        for (const AdvertiserUpdateOutcome &outcome : result.value)
            list.append(outcomeJson(outcome));
    }
    const bool detailFields = update.advertiserName || update.company || update.contactName
                              || update.contactEmail || update.contactNumber || update.promotionLink
                              || update.licenseNo || update.address;
    if (!advertiserId.isEmpty() && (detailFields || !budgets)) {
        const WorldResult<AdvertiserUpdateOutcome> result = world.updateAdvertiser(token, update);
        if (!result.ok())
            return worldErrorReply(result.error);
        list.append(outcomeJson(result.value));
    }
    // ⚠ Y's key advertiser_list (B: list).
    return EmulatorReply::success({{u"advertiser_list"_s, list}});
}

// ---- POST /bc/advertiser/disable/ ---------------------------------------------------------------

EmulatorReply handleBcAdvertiserDisable(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    if (body.hasError())
        return body.errorReply();
    const QString bcId = body.id(u"bc_id"_s, Need::Required);
    const QStringList ids = body.idList(u"advertiser_ids"_s, Need::Required, 1, 1);
    if (body.hasError())
        return body.errorReply();
    const WorldResult<DisableResult> result =
            world.disableAdvertisers(request.accessToken(), bcId, ids);
    if (!result.ok())
        return worldErrorReply(result.error);
    QJsonObject failed;
    for (auto it = result.value.failedInfos.cbegin(); it != result.value.failedInfos.cend(); ++it)
        failed.insert(it.key(), it.value());
    return EmulatorReply::success({{u"disabled_advertiser_ids"_s,
                                    QJsonArray::fromStringList(result.value.disabledAdvertiserIds)},
                                   {u"failed_infos"_s, failed}});
}

// ---- GET /bc/advertiser/qualification/get/ ------------------------------------------------------

EmulatorReply handleBcAdvertiserQualificationGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    std::optional<bool> verified;
    const QJsonValue verifiedValue = filtering.value(u"verified"_s);
    if (verifiedValue.isBool())
        verified = verifiedValue.toBool();
    else if (!verifiedValue.isUndefined() && !verifiedValue.isNull())
        params.fail(u"filtering.verified: must be true or false."_s);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(maxQualificationPageSize);
    if (params.hasError())
        return params.errorReply();
    if (WorldError denied = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !denied.ok())
        return worldErrorReply(denied);

    const GeneratedBusinessCenter &bc = *world.findBusinessCenter(bcId);
    const QHash<QString, int> links = world.qualificationLinkCounts(bcId);
    QList<const Qualification *> matches;
    for (const Qualification &qualification : bc.qualifications) {
        if (!verified || *verified == (qualification.status == u"VERIFIED"_s))
            matches.append(&qualification);
    }
    return EmulatorReply::success(pagedList(
            matches, page, pageSize,
            [&](const Qualification *q) {
                return QJsonObject{
                        {u"qualification_id"_s, RoughEdges::idValue(q->qualificationId)},
                        {u"company_name"_s, q->companyName},
                        {u"status"_s, q->status},
                        {u"owner_advertiser_id"_s, orNull(q->ownerAdvertiserId)},
                        {u"linked_advertiser_count"_s, links.value(q->qualificationId, 0)},
                        {u"region_code"_s, orNull(q->regionCode)},
                };
            },
            u"qualifications"_s));
}

// ---- GET /bc/advertiser/attribute/ --------------------------------------------------------------

EmulatorReply handleBcAdvertiserAttribute(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();
    if (WorldError denied = world.checkBusinessCenterAccess(request.accessToken(), bcId);
        !denied.ok())
        return worldErrorReply(denied);
    const GeneratedBusinessCenter &bc = *world.findBusinessCenter(bcId);
    return EmulatorReply::success(
            {{u"currencies"_s, QJsonArray::fromStringList(bc.advertiserCurrencies)},
             {u"region_codes"_s, QJsonArray::fromStringList(bc.advertiserRegionCodes)}});
}

// ---- UnionPay -----------------------------------------------------------------------------------

EmulatorReply handleBcAdvertiserUnionpayCheck(World &, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString licenseNo = params.string(u"license_no"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();
    return EmulatorReply::success({{u"unionpay_verification_required"_s,
                                    World::unionPayVerificationRequired(licenseNo)}});
}

EmulatorReply handleBcAdvertiserUnionpaySubmit(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    if (body.hasError())
        return body.errorReply();
    const QString bcId = body.id(u"bc_id"_s, Need::Required);
    UnionPaySubmission submission;
    submission.advertiserId = body.id(u"advertiser_id"_s, Need::Required);
    submission.representativeName =
            body.string(u"representative_name"_s, Need::Required, maxNameLength);
    submission.representativeDocumentType = body.enumeration(
            u"representative_document_type"_s,
            {u"ID_CARD"_s, u"PASSPORT"_s, u"HK_MACAO_EXIT_ENTRY_PERMIT"_s,
             u"TAIWAN_MAINLAND_TRAVEL_PERMIT"_s, u"HK_MACAO_MAINLAND_TRAVEL_PERMIT"_s},
            Need::Optional, u"ID_CARD"_s);
    submission.representativeId = body.string(u"representative_id"_s, Need::Required);
    submission.unionpayAccount = body.string(u"unionpay_account"_s, Need::Required);
    submission.representativePhoneNumber =
            body.string(u"representative_phone_number"_s, Need::Required);
    // Checked before permissions, as the gateway does (the world checks them again).
    static const QRegularExpression accountPattern(u"^[0-9]{12,19}$"_s);
    static const QRegularExpression phonePattern(u"^[0-9]{11}$"_s);
    if (!body.hasError() && !accountPattern.match(submission.unionpayAccount).hasMatch())
        body.fail(u"unionpay_account: must be 12 to 19 digits."_s);
    if (!body.hasError() && !phonePattern.match(submission.representativePhoneNumber).hasMatch())
        body.fail(u"representative_phone_number: must be 11 digits."_s);
    if (body.hasError())
        return body.errorReply();
    if (WorldError error = world.submitUnionPay(request.accessToken(), bcId, submission);
        !error.ok())
        return worldErrorReply(error);
    return EmulatorReply::success({});
}

} // namespace bc::emulator
