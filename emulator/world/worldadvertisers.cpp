// World: ad accounts (create, update, budgets, disable), terms, Pangle lists, image upload and
// UnionPay (reference §3.7–3.12, §3.21, §4.4, §4.5).
#include "emulator/world.h"

#include "currencies.h"
#include "worldtime.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxAdvertiserNameLength = 100;
constexpr qsizetype maxCompanyLength = 255;
constexpr qsizetype maxBudgetChanges = 50;
constexpr qsizetype maxPangleApps = 5000;
constexpr qint64 maxImageBytes = 10 * 1024 * 1024;

const QStringList budgetModes = {u"UNLIMITED"_s, u"MONTHLY_BUDGET"_s, u"DAILY_BUDGET"_s,
                                 u"CUSTOM_BUDGET"_s};

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text).hasMatch();
}

// iOS App Store ids are digits; Android apps are package names.
bool isAppId(const QString &app)
{
    static const QRegularExpression pattern(
            u"^([0-9]{6,12}|[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+)$"_s);
    return pattern.match(app).hasMatch();
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes.at(at))) << 24) | (quint32(quint8(bytes.at(at + 1))) << 16)
           | (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
}

quint16 bigEndian16(const QByteArray &bytes, qsizetype at)
{
    return static_cast<quint16>((quint8(bytes.at(at)) << 8) | quint8(bytes.at(at + 1)));
}

// JPEG dimensions live in the first start-of-frame segment.
void jpegSize(const QByteArray &bytes, int *width, int *height)
{
    qsizetype at = 2;
    while (at + 9 < bytes.size()) {
        if (quint8(bytes.at(at)) != 0xFF)
            return;
        const quint8 marker = quint8(bytes.at(at + 1));
        const quint16 length = bigEndian16(bytes, at + 2);
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4
                                  && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            *height = bigEndian16(bytes, at + 5);
            *width = bigEndian16(bytes, at + 7);
            return;
        }
        at += 2 + length;
    }
}

} // namespace

// ---- Create, update, budgets, disable ----------------------------------------------------------

WorldResult<QString> World::createAdvertiser(const QString &token,
                                             const AdvertiserCreateRequest &request)
{
    if (WorldError error = checkAdmin(token, request.bcId); !error.ok())
        return error;
    const GeneratedBusinessCenter &view = *findBusinessCenter(request.bcId);
    if (request.name.trimmed().isEmpty() || request.name.size() > maxAdvertiserNameLength)
        return WorldError::parameter(u"advertiser_info.name: must be 1 to 100 characters."_s);
    const QString currency = request.currency.isEmpty() ? view.currency : request.currency;
    if (currency != view.currency) {
        return WorldError::parameter(
                u"advertiser_info.currency: must be the Business Center's currency ("_s
                + view.currency + u")."_s);
    }
    if (request.type != u"AUCTION"_s && request.type != u"RESERVATION"_s)
        return WorldError::parameter(u"advertiser_info.type: must be AUCTION or RESERVATION."_s);
    if (view.type == u"DIRECT"_s && request.type != u"AUCTION"_s)
        return WorldError::parameter(
                u"advertiser_info.type: DIRECT Business Centers create AUCTION accounts only."_s);
    if (request.company.size() > maxCompanyLength)
        return WorldError::parameter(u"customer_info.company: at most 255 characters."_s);
    const QString area =
            request.registeredArea.isEmpty() ? view.registeredArea : request.registeredArea;
    if (!view.advertiserRegionCodes.contains(area)) {
        return WorldError::parameter(
                u"customer_info.registered_area: not available for this Business Center: "_s
                + area);
    }
    const bool agency = view.type == u"AGENCY"_s || view.type == u"SELF_SERVICE_AGENCY"_s;
    if (agency && request.promotionLink.isEmpty())
        return WorldError::parameter(
                u"qualification_info.promotion_link: required in agency Business Centers."_s);
    if (!request.contactEmail.isEmpty() && !isEmail(request.contactEmail))
        return WorldError::parameter(u"contact_info.email: not an email address."_s);
    QStringList images = request.qualificationImageIds;
    if (!request.licenseImageId.isEmpty())
        images.append(request.licenseImageId);
    for (const QString &imageId : std::as_const(images)) {
        if (!findImage(request.bcId, imageId))
            return WorldError::notFound(u"Image does not exist: "_s + imageId);
    }
    if (!request.qualificationId.isEmpty()) {
        const bool known = std::any_of(view.qualifications.cbegin(), view.qualifications.cend(),
                                       [&](const Qualification &q) {
                                           return q.qualificationId == request.qualificationId;
                                       });
        if (!known)
            return WorldError::notFound(u"Qualification does not exist: "_s
                                        + request.qualificationId);
    }
    if (!request.billingGroupId.isEmpty()
        && !findBillingGroup(request.bcId, request.billingGroupId))
        return WorldError::notFound(u"Billing group does not exist: "_s + request.billingGroupId);

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(request.bcId);
    AdAccount account;
    account.advertiserId = newId();
    account.name = request.name;
    account.company = request.company.isEmpty() ? bc.company : request.company;
    account.currency = currency;
    account.timezone = request.timezone.isEmpty() ? bc.timezone : request.timezone;
    account.displayTimezone = account.timezone;
    account.utcOffsetMinutes = bc.utcOffsetMinutes;
    account.country = area;
    account.industry = request.industry;
    account.address = request.address;
    account.language = u"en"_s;
    account.licenseNo = request.licenseNo;
    account.promotionLink = request.promotionLink;
    account.contactName = request.contactName;
    account.contactEmail = request.contactEmail;
    account.cellphoneNumber = request.contactNumber;
    account.showStatus = u"SHOW_ACCOUNT_STATUS_IN_REVIEW"_s;
    account.status = u"STATUS_PENDING_CONFIRM"_s;
    account.type = request.type;
    account.role = agency ? u"ROLE_CHILD_ADVERTISER"_s : u"ROLE_ADVERTISER"_s;
    account.createTime = nowSecs();
    account.companyNameEditable = true;
    account.ownerBcId = bc.bcId;
    account.ownerBcName = bc.name;
    account.relationType = u"OWNER_BC"_s;
    account.relationStatus = u"BOUND"_s;
    account.billingType = bc.monthlyInvoicing ? u"CREDIT"_s : u"CASH"_s;
    account.minTransferableCash = Currencies::fromDollars(100, currency);
    account.minTransferableGrant = 1;
    account.minTransferableCredit =
            bc.monthlyInvoicing ? Currencies::fromDollars(100, currency) : 0;
    account.budgetMode = u"UNLIMITED"_s;
    account.minimumBudget = Currencies::fromDollars(5000, currency);
    account.qualificationId = request.qualificationId;
    bc.adAccounts.append(account);
    indexAdAccount(indexOfBusinessCenter(bc.bcId), bc.adAccounts.size() - 1);

    for (BillingGroup &group : bc.billingGroups) {
        const bool join = request.billingGroupId.isEmpty()
                                  ? group.isPrimary
                                  : group.billingGroupId == request.billingGroupId;
        if (join) {
            group.advertiserIds.append(account.advertiserId);
            break;
        }
    }
    return account.advertiserId;
}

WorldResult<AdvertiserUpdateOutcome> World::updateAdvertiser(const QString &token,
                                                             const AdvertiserUpdateRequest &request)
{
    if (WorldError error =
                checkAdvertiserAccess(token, request.advertiserId, AdvertiserAccess::Write);
        !error.ok())
        return error;
    if (request.advertiserName
        && (request.advertiserName->trimmed().isEmpty()
            || request.advertiserName->size() > maxAdvertiserNameLength))
        return WorldError::parameter(u"advertiser_name: must be 1 to 100 characters."_s);
    if (request.company
        && (request.company->isEmpty() || request.company->size() > maxCompanyLength))
        return WorldError::parameter(u"company: must be 1 to 255 characters."_s);
    if (request.contactEmail && !isEmail(*request.contactEmail))
        return WorldError::parameter(u"contact_email: not an email address."_s);

    AdAccount &account = *mutableAdAccount(request.advertiserId);
    AdvertiserUpdateOutcome outcome;
    outcome.advertiserId = account.advertiserId;
    // Reported per account, as the endpoint does, not as an error of the call.
    if (request.company && *request.company != account.company && !account.companyNameEditable) {
        outcome.status = u"FAILED"_s;
        outcome.errorMessage = u"The company name of this ad account cannot be edited."_s;
        return outcome;
    }
    if (request.advertiserName)
        account.name = *request.advertiserName;
    if (request.company)
        account.company = *request.company;
    if (request.contactName)
        account.contactName = *request.contactName;
    if (request.contactEmail)
        account.contactEmail = *request.contactEmail;
    if (request.contactNumber)
        account.cellphoneNumber = *request.contactNumber;
    if (request.promotionLink)
        account.promotionLink = *request.promotionLink;
    if (request.licenseNo)
        account.licenseNo = *request.licenseNo;
    if (request.address)
        account.address = *request.address;
    outcome.status = u"SUCCESS"_s;
    return outcome;
}

WorldResult<QList<AdvertiserUpdateOutcome>> World::updateBudgets(const QString &token,
                                                                 const BudgetUpdateRequest &request)
{
    if (WorldError error = checkFinance(token, request.bcId, FinanceAccess::Manage); !error.ok())
        return error;
    static const QStringList types = {u"UPDATE"_s, u"RESET"_s, u"INCREMENTAL_UPDATE"_s,
                                      u"ONE_CLICK_SET"_s};
    if (!types.contains(request.updateType)) {
        return WorldError::parameter(
                u"budget_update_type: must be UPDATE, RESET, INCREMENTAL_UPDATE or ONE_CLICK_SET."_s);
    }
    const bool batch = request.updateType == u"UPDATE"_s || request.updateType == u"RESET"_s;
    if (request.changes.isEmpty() || request.changes.size() > (batch ? maxBudgetChanges : 1)) {
        return WorldError::parameter(batch ? u"advertiser_budgets: must hold 1 to 50 items."_s
                                           : u"advertiser_budgets: must hold exactly 1 item."_s);
    }

    const QString operatorId = userIdForToken(token);
    const Member *operatorMember = findMember(request.bcId, operatorId);
    const QString operatorName = operatorMember ? operatorMember->userName : QString();
    const qint64 today = WorldTime::dayOf(nowSecs());

    QList<AdvertiserUpdateOutcome> outcomes;
    for (const BudgetChange &change : request.changes) {
        AdvertiserUpdateOutcome outcome;
        outcome.advertiserId = change.advertiserId;
        outcome.status = u"FAILED"_s;
        const auto fail = [&](const QString &message) {
            outcome.errorMessage = message;
            outcomes.append(outcome);
        };
        if (!findAdAccount(request.bcId, change.advertiserId)) {
            fail(u"Advertiser does not exist in this Business Center."_s);
            continue;
        }
        AdAccount &account = *mutableAdAccount(change.advertiserId);
        if (!change.budgetMode.isEmpty() && !budgetModes.contains(change.budgetMode)) {
            fail(u"budget_mode: must be UNLIMITED, MONTHLY_BUDGET, DAILY_BUDGET or CUSTOM_BUDGET."_s);
            continue;
        }
        if (budgetChangesUsedToday(account) >= budgetChangesPerDay()) {
            fail(u"The budget can be changed at most "_s + QString::number(budgetChangesPerDay())
                 + u" times a day."_s);
            continue;
        }

        QString mode = change.budgetMode.isEmpty() ? account.budgetMode : change.budgetMode;
        Cents budget = change.budget;
        Cents budgetCost = account.budgetCost;
        if (request.updateType == u"RESET"_s) {
            budgetCost = 0; // a new budget period
        } else if (request.updateType == u"INCREMENTAL_UPDATE"_s) {
            if (account.budgetMode == u"UNLIMITED"_s) {
                fail(u"The ad account has no budget to change incrementally."_s);
                continue;
            }
            mode = account.budgetMode;
            budget = account.budget + change.budget;
        } else if (request.updateType == u"ONE_CLICK_SET"_s) {
            // As much as the account can still spend: what is spent plus what it holds.
            if (mode == u"UNLIMITED"_s)
                mode = u"CUSTOM_BUDGET"_s;
            budget = account.budgetCost + account.balance.validAccountBalance();
            outcome.oneClickSetAmount = budget;
        }
        if (mode == u"UNLIMITED"_s)
            budget = 0;
        if (mode != u"UNLIMITED"_s) {
            if (budget < account.minimumBudget) {
                fail(u"budget: at least "_s + Money::format(account.minimumBudget) + u' '
                     + account.currency + u"."_s);
                continue;
            }
            if (budget < budgetCost) {
                fail(u"budget: below what was already spent ("_s + Money::format(budgetCost) + u' '
                     + account.currency + u")."_s);
                continue;
            }
        }

        QString activity;
        if (request.updateType == u"RESET"_s)
            activity = u"RESET"_s;
        else if (mode == u"UNLIMITED"_s && account.budgetMode != u"UNLIMITED"_s)
            activity = u"REMOVE_BUDGET"_s;
        else if (mode != account.budgetMode)
            activity = u"BUDGET_MODE_UPDATE"_s;
        else if (budget > account.budget)
            activity = u"INCREASE_BUDGET"_s;
        else if (budget < account.budget)
            activity = u"DECREASE_BUDGET"_s;

        outcome.status = u"SUCCESS"_s;
        outcomes.append(outcome);
        if (activity.isEmpty())
            continue; // nothing changed: no log entry, no count against the daily limit

        BudgetChangelogEntry entry;
        entry.operationTime = nowSecs();
        entry.activityType = activity;
        entry.previousBudget = account.budget;
        entry.previousBudgetMode = account.budgetMode;
        entry.currentBudget = budget;
        entry.currentBudgetMode = mode;
        entry.currency = account.currency;
        entry.operatorId = operatorId;
        entry.operatorName = operatorName;
        account.budgetChangelog.append(entry);
        account.budgetMode = mode;
        account.budget = budget;
        account.budgetCost = budgetCost;
        account.budgetChangesThatDay = budgetChangesUsedToday(account) + 1;
        account.budgetChangeDay = today;
    }
    return outcomes;
}

WorldResult<DisableResult> World::disableAdvertisers(const QString &token, const QString &bcId,
                                                     const QStringList &advertiserIds)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (advertiserIds.size() != 1)
        return WorldError::parameter(u"advertiser_ids: exactly one id."_s);
    const QString &id = advertiserIds.constFirst();
    if (!findAdAccount(bcId, id))
        return WorldError::notFound(u"Advertiser does not exist in this Business Center: "_s + id);
    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    AdAccount &account = *mutableAdAccount(id);
    if (account.relationType != u"OWNER_BC"_s)
        return WorldError::parameter(u"advertiser_ids: only owned ad accounts can be disabled: "_s
                                     + id);

    DisableResult result;
    if (account.disabled) {
        result.disabledAdvertiserIds.append(id); // already done: nothing moves again
        return result;
    }
    QString reason;
    if (account.delivering)
        reason = u"DELIVERING"_s;
    else if (account.unpaidBill)
        reason = u"UNPAID_BILL"_s;
    else if (account.showStatus == u"SHOW_ACCOUNT_STATUS_PUNISHED"_s
             || account.status == u"STATUS_LIMIT"_s)
        reason = u"SUSPENDED"_s;
    else if (account.balance.frozenBalance() > 0)
        reason = u"UNFINISHED_TRANSFER"_s;
    else if (account.autopayUnbilled)
        reason = u"AUTOPAY_UNBILLED"_s;
    if (!reason.isEmpty()) {
        result.failedInfos.insert(id, reason);
        return result;
    }

    // The reserved tax is released with the cash; then everything goes back to the BC.
    account.balance.validCash += account.balance.cashTax;
    account.balance.cashTax = 0;
    const QList<std::pair<QString, Cents>> parts = {{u"CASH"_s, account.balance.validCash},
                                                    {u"GRANT"_s, account.balance.validGrant},
                                                    {u"CREDIT"_s, account.balance.validCredit}};
    for (const auto &[kind, amount] : parts) {
        if (amount > 0)
            recordTransfer(bc, account, u"REFUND"_s, kind, amount);
    }
    account.disabled = true;
    account.disableTime = nowSecs();
    account.status = u"STATUS_DISABLE"_s;
    result.disabledAdvertiserIds.append(id);
    return result;
}

// ---- Terms, Pangle ----------------------------------------------------------------------------

QStringList World::termTypes()
{
    return {u"InstantPage"_s, u"LeadAds"_s, u"Pixel"_s, u"ReachFrequency"_s};
}

QStringList World::termText(const QString &termType, const QString &lang)
{
    if (!termTypes().contains(termType))
        return {};
    if (lang == u"JA"_s) {
        return {termType + u" 利用規約（エミュレーター）"_s,
                u"1. 本機能を利用することにより、広告主はTikTokの広告ポリシーに同意したものとみなされます。"_s,
                u"2. 収集したデータは適用される法令に従って取り扱うものとします。"_s};
    }
    if (lang == u"ZH"_s) {
        return {termType + u" 服务条款（模拟器）"_s,
                u"1. 使用此功能即表示广告主同意遵守 TikTok 广告政策。"_s,
                u"2. 收集的数据应按照适用法律进行处理。"_s};
    }
    return {termType + u" Terms of Service (emulator)"_s,
            u"1. By using this feature the advertiser agrees to TikTok's advertising policies."_s,
            u"2. Data collected through it must be handled according to applicable law."_s};
}

WorldError World::confirmTerm(const QString &token, const QString &advertiserId,
                              const QString &termType)
{
    if (WorldError error = checkAdvertiserAccess(token, advertiserId, AdvertiserAccess::Write);
        !error.ok())
        return error;
    if (!termTypes().contains(termType))
        return WorldError::parameter(
                u"term_type: must be InstantPage, LeadAds, Pixel or ReachFrequency."_s);
    AdAccount &account = *mutableAdAccount(advertiserId);
    if (!account.confirmedTerms.contains(termType))
        account.confirmedTerms.append(termType);
    return {};
}

bool World::isTermConfirmed(const QString &advertiserId, const QString &termType) const
{
    const AdAccount *account = findAdAccount(advertiserId);
    return account && account->confirmedTerms.contains(termType);
}

WorldResult<int> World::updatePangleBlockList(const QString &token, const QString &advertiserId,
                                              const QStringList &addApps,
                                              const QStringList &deleteApps, bool clearOldApps,
                                              const QString &campaignId)
{
    if (WorldError error = checkAdvertiserAccess(token, advertiserId, AdvertiserAccess::Write);
        !error.ok())
        return error;
    for (const QString &app : addApps) {
        if (!isAppId(app)) {
            return WorldError::parameter(
                    u"add_app_list: not an App Store id or Android package name: \""_s + app
                    + u"\"."_s);
        }
    }
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    if (!campaignId.isEmpty() && !digits.match(campaignId).hasMatch())
        return WorldError::parameter(u"campaign_id: must be a numeric id."_s);

    AdAccount &account = *mutableAdAccount(advertiserId);
    PangleBlockList list = campaignId.isEmpty()
                                   ? account.pangleBlockList
                                   : account.campaignPangleBlockLists.value(campaignId);
    if (clearOldApps)
        list.apps.clear();
    for (const QString &app : deleteApps)
        list.apps.removeAll(app);
    int added = 0;
    for (const QString &app : addApps) {
        if (!list.apps.contains(app)) {
            list.apps.append(app);
            ++added;
        }
    }
    if (list.apps.size() > maxPangleApps)
        return WorldError::parameter(u"add_app_list: a block list holds at most 5000 apps."_s);
    if (list.appPackageId.isEmpty())
        list.appPackageId = newId();
    list.modifyTime = nowSecs();
    if (campaignId.isEmpty())
        account.pangleBlockList = list;
    else
        account.campaignPangleBlockLists.insert(campaignId, list);
    return added;
}

// ---- Images, UnionPay -------------------------------------------------------------------------

WorldResult<UploadedImage> World::uploadImage(const QString &token, const QString &bcId,
                                              const QString &fileName, const QByteArray &bytes)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (bytes.isEmpty())
        return WorldError::parameter(u"image_file: the file is empty."_s);
    if (bytes.size() > maxImageBytes)
        return WorldError::parameter(u"image_file: larger than 10 MB."_s);

    UploadedImage image;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        image.format = u"PNG"_s;
        if (bytes.size() >= 24) {
            image.width = static_cast<int>(bigEndian32(bytes, 16));
            image.height = static_cast<int>(bigEndian32(bytes, 20));
        }
    } else if (bytes.startsWith("\xFF\xD8\xFF")) {
        image.format = u"JPEG"_s;
        jpegSize(bytes, &image.width, &image.height);
    } else {
        return WorldError::parameter(u"image_file: must be a JPG, JPEG or PNG image."_s);
    }
    image.imageId = newId();
    image.imageUrl = u"https://bc-images.example.invalid/"_s + image.imageId
                     + (image.format == u"PNG"_s ? u".png"_s : u".jpeg"_s);
    image.fileName = fileName;
    image.sizeBytes = bytes.size();
    image.signature =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    image.uploadTime = nowSecs();
    mutableBusinessCenter(bcId)->images.append(image);
    return image;
}

WorldError World::submitUnionPay(const QString &token, const QString &bcId,
                                 const UnionPaySubmission &submission)
{
    if (WorldError error = checkAdmin(token, bcId); !error.ok())
        return error;
    if (!findAdAccount(bcId, submission.advertiserId)) {
        return WorldError::notFound(u"Advertiser does not exist in this Business Center: "_s
                                    + submission.advertiserId);
    }
    static const QStringList documentTypes = {
            u"ID_CARD"_s, u"PASSPORT"_s, u"HK_MACAO_EXIT_ENTRY_PERMIT"_s,
            u"TAIWAN_MAINLAND_TRAVEL_PERMIT"_s, u"HK_MACAO_MAINLAND_TRAVEL_PERMIT"_s};
    static const QRegularExpression account(u"^[0-9]{12,19}$"_s);
    static const QRegularExpression phone(u"^[0-9]{11}$"_s);
    if (submission.representativeName.trimmed().isEmpty())
        return WorldError::parameter(u"representative_name: required."_s);
    if (!documentTypes.contains(submission.representativeDocumentType))
        return WorldError::parameter(u"representative_document_type: not a known document type."_s);
    if (submission.representativeId.trimmed().isEmpty())
        return WorldError::parameter(u"representative_id: required."_s);
    if (!account.match(submission.unionpayAccount).hasMatch())
        return WorldError::parameter(u"unionpay_account: must be 12 to 19 digits."_s);
    if (!phone.match(submission.representativePhoneNumber).hasMatch())
        return WorldError::parameter(u"representative_phone_number: must be 11 digits."_s);

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    UnionPaySubmission stored = submission;
    stored.submitTime = nowSecs();
    bc.unionPaySubmissions.removeIf(
            [&](const UnionPaySubmission &s) { return s.advertiserId == submission.advertiserId; });
    bc.unionPaySubmissions.append(stored);
    return {};
}

bool World::unionPayVerificationRequired(const QString &licenseNo)
{
    // China's unified social credit code: 18 characters, digits and upper-case letters.
    static const QRegularExpression creditCode(
            u"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"_s);
    return creditCode.match(licenseNo).hasMatch();
}

} // namespace bc::emulator
