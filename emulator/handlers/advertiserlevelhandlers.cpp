#include "advertiserlevelhandlers.h"

#include "nullable.h"
#include "oauthfamilyinput.h"
#include "worldreplies.h"

#include "emulator/bodyreader.h"
#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/parametertext.h"
#include "emulator/paramreader.h"
#include "emulator/world.h"
#include "emulator/world/money.h"
#include "emulator/world/roughedges.h"
#include "emulator/world/worldtime.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qint64 maxPageSize = 50;
constexpr qsizetype maxInfoAdvertisers = 100;
constexpr qsizetype maxPangleAppsPerCall = 5000;
constexpr qint64 defaultTransactionSpanDays = 90;
constexpr qint64 maxTransactionSpanDays = 366;

const QStringList infoFields = {u"telephone_number"_s,
                                u"contacter"_s,
                                u"currency"_s,
                                u"cellphone_number"_s,
                                u"timezone"_s,
                                u"advertiser_id"_s,
                                u"role"_s,
                                u"company"_s,
                                u"status"_s,
                                u"description"_s,
                                u"rejection_reason"_s,
                                u"address"_s,
                                u"name"_s,
                                u"language"_s,
                                u"industry"_s,
                                u"license_no"_s,
                                u"email"_s,
                                u"license_url"_s,
                                u"country"_s,
                                u"balance"_s,
                                u"create_time"_s,
                                u"display_timezone"_s,
                                u"owner_bc_id"_s,
                                u"company_name_editable"_s};

const QStringList balanceExtraFields = {
        u"budget_remaining"_s,          u"budget_frequency_restriction"_s,
        u"budget_amount_restriction"_s, u"min_transferable_amount"_s,
        u"max_transferable_amount"_s,   u"balance_info"_s};

const QStringList showStatuses = {
        u"SHOW_ACCOUNT_STATUS_APPROVED"_s, u"SHOW_ACCOUNT_STATUS_IN_REVIEW"_s,
        u"SHOW_ACCOUNT_STATUS_NOT_APPROVED"_s, u"SHOW_ACCOUNT_STATUS_PUNISHED"_s};

const QStringList transferTypes = {u"TRANS_TYPE_TRANSFER"_s, u"TRANS_TYPE_TAX"_s,
                                   u"TRANS_TYPE_COST"_s, u"TRANS_TYPE_PAYMENT"_s};
const QStringList fundsTypes = {u"FUNDS_TYPE_CASH"_s, u"FUNDS_TYPE_GRANT"_s};

QJsonValue timeOrNull(qint64 secs)
{
    return secs > 0 ? QJsonValue(WorldTime::dateTime(secs)) : QJsonValue(QJsonValue::Null);
}

// "jane.doe@acme.example" → "j***@acme.example"; the API masks contact data.
QString maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return email.isEmpty() ? QString() : u"***"_s;
    return email.left(1) + u"***"_s + email.mid(at);
}

// "+49 30 1234567" → "+49*****67".
QString maskPhone(const QString &phone)
{
    if (phone.size() <= 5)
        return phone.isEmpty() ? QString() : u"*****"_s;
    return phone.left(3) + u"*****"_s + phone.right(2);
}

QString maskName(const QString &name)
{
    return name.isEmpty() ? QString() : name.left(1) + u"**"_s;
}

// ---- advertiser/info/ ---------------------------------------------------------------------------

QJsonObject infoItem(const AdAccount &account, const QStringList &fields)
{
    QJsonObject all;
    all.insert(u"advertiser_id"_s, RoughEdges::idValue(account.advertiserId));
    all.insert(u"name"_s, account.name);
    all.insert(u"company"_s, orNull(account.company));
    all.insert(u"status"_s, account.status);
    all.insert(u"role"_s, orNull(account.role));
    all.insert(u"rejection_reason"_s, orNull(account.rejectionReason));
    all.insert(u"timezone"_s, orNull(account.timezone));
    all.insert(u"display_timezone"_s, orNull(account.displayTimezone));
    all.insert(u"currency"_s, account.currency);
    all.insert(u"country"_s, orNull(account.country));
    all.insert(u"address"_s, orNull(account.address));
    all.insert(u"industry"_s, orNull(account.industry));
    all.insert(u"language"_s, orNull(account.language));
    all.insert(u"contacter"_s, orNull(maskName(account.contactName)));
    all.insert(u"email"_s, orNull(maskEmail(account.contactEmail)));
    all.insert(u"cellphone_number"_s, orNull(maskPhone(account.cellphoneNumber)));
    all.insert(u"telephone_number"_s, orNull(maskPhone(account.telephoneNumber)));
    all.insert(u"license_no"_s, orNull(account.licenseNo));
    all.insert(u"license_url"_s, orNull(account.licenseUrl));
    all.insert(u"description"_s, orNull(account.description));
    all.insert(u"balance"_s, Money::toJson(account.balance.accountBalance()));
    all.insert(u"create_time"_s, account.createTime); // epoch seconds here (reference §1.4)
    all.insert(u"owner_bc_id"_s, orNull(account.ownerBcId));
    all.insert(u"company_name_editable"_s, account.companyNameEditable);

    // company_name_editable asked for: only it and the id (reference §4.1).
    if (fields.contains(u"company_name_editable"_s)) {
        return {{u"advertiser_id"_s, all.value(u"advertiser_id"_s)},
                {u"company_name_editable"_s, account.companyNameEditable}};
    }
    QJsonObject item;
    if (fields.isEmpty()) {
        item = all;
        item.remove(u"company_name_editable"_s);
        // Fields B documents beyond the list of requestable ones, only in the default answer.
        item.insert(u"advertiser_account_type"_s, orNull(account.type));
        item.insert(u"can_use_custom_identity"_s, true);
        item.insert(u"ads_only_mode"_s, QJsonValue(QJsonValue::Null));
    } else {
        item.insert(u"advertiser_id"_s, all.value(u"advertiser_id"_s));
        for (const QString &field : fields)
            item.insert(field, all.value(field));
    }
    return RoughEdges::withUnknownFields(item, account.advertiserId);
}

// ---- advertiser/balance/get/ --------------------------------------------------------------------

QJsonObject centsObject(std::initializer_list<std::pair<QString, Cents>> values)
{
    QJsonObject object;
    for (const auto &[key, cents] : values)
        object.insert(key, Money::toJson(cents));
    return object;
}

QJsonObject balanceItem(const World &world, const AdAccount &account,
                        const QStringList &extraFields, bool singleRow, bool pageSizeOne)
{
    const Balance &b = account.balance;
    QJsonObject item;
    item.insert(u"advertiser_id"_s, RoughEdges::idValue(account.advertiserId));
    item.insert(u"advertiser_name"_s, account.name);
    item.insert(u"advertiser_status"_s, account.showStatus);
    item.insert(u"advertiser_type"_s, orNull(account.type));
    item.insert(u"timezone"_s, orNull(account.displayTimezone));
    item.insert(u"currency"_s, account.currency);
    item.insert(u"account_open_days"_s, std::max<qint64>(0, (world.nowSecs() - account.createTime)
                                                                    / WorldTime::secondsPerDay));
    item.insert(u"balance_reminder"_s, account.balanceReminder);
    item.insert(u"company"_s, orNull(account.company));
    item.insert(u"contact_name"_s, orNull(maskName(account.contactName)));
    item.insert(u"contact_email"_s, orNull(maskEmail(account.contactEmail)));
    item.insert(u"create_time"_s, timeOrNull(account.createTime));
    item.insert(u"account_balance"_s, Money::toJson(b.accountBalance()));
    item.insert(u"valid_account_balance"_s, Money::toJson(b.validAccountBalance()));
    item.insert(u"frozen_balance"_s, Money::toJson(b.frozenBalance()));
    item.insert(u"tax"_s, Money::toJson(b.tax()));
    item.insert(u"cash_balance"_s, Money::toJson(b.cashBalance()));
    item.insert(u"valid_cash_balance"_s, Money::toJson(b.validCashBalance()));
    item.insert(u"grant_balance"_s, Money::toJson(b.grantBalance()));
    item.insert(u"valid_grant_balance"_s, Money::toJson(b.validGrantBalance()));
    item.insert(u"payment_portfolio_id"_s, orNull(account.paymentPortfolioId));
    item.insert(u"payment_portfolio_name"_s, orNull(account.paymentPortfolioName));
    item.insert(u"payment_portfolio_type"_s, orNull(account.paymentPortfolioType));
    item.insert(u"budget_mode"_s, orNull(account.budgetMode));
    item.insert(u"budget"_s, Money::toJson(account.budget));
    item.insert(u"budget_cost"_s, Money::toJson(account.budgetCost));
    // Deprecated (reference §4.2): still in the answer, always null.
    for (const QString &deprecated :
         {u"first_recharge_amount"_s, u"first_recharge_time"_s, u"latest_recharge_time"_s,
          u"recharge_amount"_s, u"recharge_count"_s})
        item.insert(deprecated, QJsonValue(QJsonValue::Null));
    if (singleRow)
        item.insert(u"transferable_amount"_s, Money::toJson(b.validCash));

    if (extraFields.contains(u"budget_remaining"_s))
        item.insert(u"budget_remaining"_s, Money::toJson(account.budgetRemaining()));
    if (extraFields.contains(u"budget_frequency_restriction"_s)) {
        const int used = world.budgetChangesUsedToday(account);
        const qint64 dayStart = WorldTime::startOfDay(world.nowSecs());
        item.insert(u"budget_frequency_restriction"_s,
                    QJsonObject{{u"total_count"_s, World::budgetChangesPerDay()},
                                {u"used_count"_s, used},
                                {u"remaining_count"_s,
                                 std::max(0, World::budgetChangesPerDay() - used)},
                                {u"effective_start_time"_s, WorldTime::dateTime(dayStart)},
                                {u"effective_end_time"_s,
                                 WorldTime::dateTime(dayStart + WorldTime::secondsPerDay - 1)}});
    }
    if (extraFields.contains(u"budget_amount_restriction"_s)) {
        // Some docs type this amount as a string; some rows send it so (RoughEdges).
        const QJsonValue minimum = RoughEdges::moneyAsString(account.advertiserId)
                                           ? QJsonValue(Money::format(account.minimumBudget))
                                           : Money::toJson(account.minimumBudget);
        item.insert(u"budget_amount_restriction"_s, QJsonObject{{u"minimum_amount"_s, minimum}});
    }
    if (extraFields.contains(u"min_transferable_amount"_s) && pageSizeOne) {
        item.insert(u"min_transferable_amount"_s,
                    centsObject({{u"cash_amount"_s, account.minTransferableCash},
                                 {u"grant_amount"_s, account.minTransferableGrant},
                                 {u"credit_amount"_s, account.minTransferableCredit}}));
    }
    if (extraFields.contains(u"max_transferable_amount"_s)) {
        item.insert(u"max_transferable_amount"_s, centsObject({{u"cash_amount"_s, b.validCash},
                                                               {u"grant_amount"_s, b.validGrant}}));
    }
    if (extraFields.contains(u"balance_info"_s)) {
        item.insert(u"balance_info"_s,
                    centsObject({{u"account_balance"_s, b.accountBalance()},
                                 {u"valid_account_balance"_s, b.validAccountBalance()},
                                 {u"frozen_balance"_s, b.frozenBalance()},
                                 {u"tax"_s, b.tax()},
                                 {u"cash_balance"_s, b.cashBalance()},
                                 {u"frozen_cash_balance"_s, b.frozenCash},
                                 {u"cash_tax"_s, b.cashTax},
                                 {u"valid_cash_balance"_s, b.validCashBalance()},
                                 {u"grant_balance"_s, b.grantBalance()},
                                 {u"valid_grant_balance"_s, b.validGrantBalance()},
                                 {u"frozen_grant_balance"_s, b.frozenGrant},
                                 {u"credit_balance"_s, b.creditBalance()},
                                 {u"valid_credit_balance"_s, b.validCredit},
                                 {u"frozen_credit_balance"_s, b.frozenCredit}}));
    }
    return RoughEdges::withUnknownFields(item, account.advertiserId);
}

QJsonObject blockListData(const PangleBlockList &list)
{
    return {{u"app_list"_s, QJsonArray::fromStringList(list.apps)},
            {u"app_package_id"_s, orNull(list.appPackageId)},
            {u"modify_time"_s, list.modifyTime > 0 ? QJsonValue(WorldTime::iso8601(list.modifyTime))
                                                   : QJsonValue(QJsonValue::Null)}};
}

EmulatorReply pangleUpdate(World &world, const EmulatorRequest &request, bool perCampaign)
{
    BodyReader body(request);
    const QString advertiserId = body.id(u"advertiser_id"_s, Need::Required);
    const QString campaignId = perCampaign ? body.id(u"campaign_id"_s, Need::Required) : QString();
    const QStringList addApps =
            body.stringList(u"add_app_list"_s, Need::Optional, 0, maxPangleAppsPerCall);
    const QStringList deleteApps =
            body.stringList(u"delete_app_list"_s, Need::Optional, 0, maxPangleAppsPerCall);
    const bool clearOldApps = body.boolean(u"clear_old_app"_s).value_or(false);
    if (body.hasError())
        return body.errorReply();

    const WorldResult<int> result = world.updatePangleBlockList(
            request.accessToken(), advertiserId, addApps, deleteApps, clearOldApps, campaignId);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success({{u"success_count"_s, result.value}});
}

} // namespace

EmulatorReply handleAdvertiserInfo(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const std::optional<QStringList> ids = OauthFamilyInput::stringArray(
            params, request, u"advertiser_ids"_s, true, 1, maxInfoAdvertisers);
    const std::optional<QStringList> fields = OauthFamilyInput::stringArray(
            params, request, u"fields"_s, false, 1, infoFields.size());
    if (params.hasError())
        return params.errorReply();
    for (const QString &id : *ids) {
        if (!ParameterText::isIdText(id))
            params.fail(u"advertiser_ids: every element must be a numeric id string."_s);
    }
    for (const QString &field : fields.value_or(QStringList())) {
        if (!infoFields.contains(field))
            params.fail(u"fields: unknown field \""_s + field.left(64) + u"\"."_s);
    }
    if (params.hasError())
        return params.errorReply();

    QStringList seen;
    QJsonArray list;
    for (const QString &id : *ids) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        EmulatorReply refusal;
        const AdAccount *account = readableAdAccount(world, request, id, &refusal);
        if (!account)
            return refusal;
        list.append(infoItem(*account, fields.value_or(QStringList())));
    }
    return EmulatorReply::success({{u"list"_s, list}});
}

EmulatorReply handleAdvertiserBalanceGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString childBcId = params.id(u"child_bc_id"_s);
    const std::optional<QStringList> fields =
            OauthFamilyInput::stringArray(params, request, u"fields"_s, false, 1, 100);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    const QString keyword = params.objectString(filtering, u"filtering"_s, u"keyword"_s);
    const QString portfolioId =
            params.objectString(filtering, u"filtering"_s, u"payment_portfolio_id"_s);
    QStringList statuses;
    if (filtering.contains(u"advertiser_status"_s)) {
        const QJsonValue value = filtering.value(u"advertiser_status"_s);
        if (!value.isArray())
            params.fail(u"filtering.advertiser_status: must be an array."_s);
        for (const QJsonValue &status : value.toArray()) {
            if (!showStatuses.contains(status.toString())) {
                params.fail(u"filtering.advertiser_status: must contain only "_s
                            + showStatuses.join(u", "_s) + u'.');
            }
            statuses.append(status.toString());
        }
    }
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(maxPageSize);
    QStringList extras;
    for (const QString &field : fields.value_or(QStringList())) {
        if (!balanceExtraFields.contains(field))
            params.fail(u"fields: unknown field \""_s + field.left(64) + u"\"."_s);
        extras.append(field);
    }
    if (params.hasError())
        return params.errorReply();

    EmulatorReply refusal;
    if (!financeReadableBusinessCenter(world, request, bcId, &refusal))
        return refusal;
    QString listedBcId = bcId;
    if (!childBcId.isEmpty()) {
        // A parent acting on a child BC: the child must be bound to it.
        const ChildBusinessCenter *child = world.findChildBusinessCenter(bcId, childBcId);
        if (!child || child->relationStatus != u"BOUND"_s) {
            return EmulatorReply::error(ReturnCode::NoPermission,
                                        u"No permission to operate Business Center: "_s
                                                + childBcId);
        }
        listedBcId = childBcId;
    }

    // Only accounts the user administers (reference §4.2) and the token grants.
    const QString token = request.accessToken();
    const QString userId = world.userIdForToken(token);
    QList<const AdAccount *> matches;
    if (const GeneratedBusinessCenter *bc = world.findBusinessCenter(listedBcId)) {
        for (const AdAccount &account : bc->adAccounts) {
            if (world.advertiserRole(userId, account.advertiserId) != u"ADMIN"_s
                || !world.tokenGrantsAdvertiser(token, account.advertiserId))
                continue;
            if (!keyword.isEmpty() && !account.name.contains(keyword, Qt::CaseInsensitive)
                && !account.advertiserId.contains(keyword))
                continue;
            if (!statuses.isEmpty() && !statuses.contains(account.showStatus))
                continue;
            if (!portfolioId.isEmpty() && account.paymentPortfolioId != portfolioId)
                continue;
            matches.append(&account);
        }
    }

    return EmulatorReply::success(pagedList(
            matches, page, pageSize,
            [&](const AdAccount *account) {
                return balanceItem(world, *account, extras, matches.size() == 1, pageSize == 1);
            },
            u"advertiser_account_list"_s));
}

EmulatorReply handleAdvertiserTransactionGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    const QString transferType =
            params.objectEnumeration(filtering, u"filtering"_s, u"transfer_type"_s, transferTypes);
    // ⚠ funds_type: a list in the official SDK (PY), a single value in B; the SDK wins.
    QStringList funds;
    if (filtering.contains(u"funds_type"_s)) {
        const QJsonValue value = filtering.value(u"funds_type"_s);
        if (!value.isArray())
            params.fail(
                    u"filtering.funds_type: must be an array of FUNDS_TYPE_CASH, FUNDS_TYPE_GRANT."_s);
        for (const QJsonValue &type : value.toArray()) {
            if (!fundsTypes.contains(type.toString()))
                params.fail(
                        u"filtering.funds_type: must contain only FUNDS_TYPE_CASH, FUNDS_TYPE_GRANT."_s);
            funds.append(type.toString());
        }
    }
    bool summaryByAccount = false;
    if (filtering.contains(u"summary_by_account"_s)) {
        if (!filtering.value(u"summary_by_account"_s).isBool())
            params.fail(u"filtering.summary_by_account: must be true or false."_s);
        summaryByAccount = filtering.value(u"summary_by_account"_s).toBool();
    }
    const QString keyword = params.objectString(filtering, u"filtering"_s, u"keyword"_s);
    const QString startText = params.objectString(filtering, u"filtering"_s, u"start_date"_s);
    const QString endText = params.objectString(filtering, u"filtering"_s, u"end_date"_s);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(maxPageSize);
    if (params.hasError())
        return params.errorReply();

    static const QRegularExpression datePattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    const auto parseDate = [&](const QString &text, const QString &key) -> qint64 {
        if (text.isEmpty())
            return -1;
        const qint64 secs = datePattern.match(text).hasMatch() ? WorldTime::parse(text) : -1;
        if (secs < 0)
            params.fail(u"filtering."_s + key + u": must be a date YYYY-MM-DD."_s);
        return secs;
    };
    const qint64 today = WorldTime::startOfDay(world.nowSecs());
    qint64 endDay = parseDate(endText, u"end_date"_s);
    qint64 startDay = parseDate(startText, u"start_date"_s);
    if (params.hasError())
        return params.errorReply();
    if (endDay < 0)
        endDay = today;
    if (startDay < 0)
        startDay = endDay - (defaultTransactionSpanDays - 1) * WorldTime::secondsPerDay;
    if (startDay > endDay)
        return EmulatorReply::error(ReturnCode::ParameterError,
                                    u"filtering.start_date: must not be after end_date."_s);
    if ((endDay - startDay) / WorldTime::secondsPerDay >= maxTransactionSpanDays) {
        return EmulatorReply::error(ReturnCode::ParameterError,
                                    u"filtering.start_date: the range must not exceed one year."_s);
    }

    EmulatorReply refusal;
    const GeneratedBusinessCenter *readable =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!readable)
        return refusal;
    const GeneratedBusinessCenter &bc = *readable;
    // Not for NORMAL BCs (reference §4.3): a parameter the gateway cannot check, so 40002.
    if (bc.type == u"NORMAL"_s) {
        return EmulatorReply::error(ReturnCode::ParameterError,
                                    u"bc_id: not supported for Business Centers of type NORMAL: "_s
                                            + bcId);
    }

    const QString wantedType = transferType.isEmpty() ? u"TRANS_TYPE_TRANSFER"_s : transferType;
    const qint64 rangeEnd = endDay + WorldTime::secondsPerDay; // end_date is inclusive
    QList<const AccountTransaction *> matches;
    for (auto it = bc.accountTransactions.crbegin(); it != bc.accountTransactions.crend(); ++it) {
        const AccountTransaction &t = *it; // newest first
        if (t.transferType != wantedType || t.time < startDay || t.time >= rangeEnd)
            continue;
        if (!funds.isEmpty() && !funds.contains(t.fundsType))
            continue;
        const AdAccount *account = world.findAdAccount(t.advertiserId);
        const QString name = account ? account->name : QString();
        if (!keyword.isEmpty() && !name.contains(keyword, Qt::CaseInsensitive)
            && !t.advertiserId.contains(keyword))
            continue;
        matches.append(&t);
    }

    const auto row = [&](const AccountTransaction &t, Cents amount, bool summary) {
        const AdAccount *account = world.findAdAccount(t.advertiserId);
        QJsonObject item = RoughEdges::unknownFields(t.transactionId);
        item.insert(u"advertiser_id"_s, RoughEdges::idValue(t.advertiserId));
        item.insert(u"advertiser_name"_s, account ? QJsonValue(account->name) : QJsonValue());
        item.insert(u"amount"_s, Money::toJson(amount));
        item.insert(u"currency"_s, t.currency);
        item.insert(u"date"_s, summary ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(WorldTime::dateTime(t.time)));
        const bool noFunds = t.transferType == u"TRANS_TYPE_TAX"_s
                             || t.transferType == u"TRANS_TYPE_COST"_s || summary;
        item.insert(u"funds_type"_s, noFunds ? QJsonValue(QJsonValue::Null) : orNull(t.fundsType));
        item.insert(u"transfer_type"_s, t.transferType);
        item.insert(u"timezone"_s,
                    account ? orNull(account->displayTimezone) : QJsonValue(QJsonValue::Null));
        return item;
    };

    QJsonArray all;
    if (summaryByAccount) {
        // One row per account: the sum over the range, no date.
        QStringList order;
        QHash<QString, Cents> sums;
        QHash<QString, const AccountTransaction *> firstOf;
        for (const AccountTransaction *t : std::as_const(matches)) {
            if (!sums.contains(t->advertiserId)) {
                order.append(t->advertiserId);
                firstOf.insert(t->advertiserId, t);
            }
            sums[t->advertiserId] += t->amount;
        }
        QList<QJsonObject> rows;
        for (const QString &id : std::as_const(order))
            rows.append(row(*firstOf.value(id), sums.value(id), true));
        return EmulatorReply::success(pagedList(
                rows, page, pageSize, [](const QJsonObject &item) { return item; },
                u"transaction_list"_s));
    }

    return EmulatorReply::success(pagedList(
            matches, page, pageSize,
            [&](const AccountTransaction *t) { return row(*t, t->amount, false); },
            u"transaction_list"_s));
}

EmulatorReply handleTermGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString advertiserId = params.id(u"advertiser_id"_s, Need::Required);
    const QString termType =
            params.enumeration(u"term_type"_s, World::termTypes(), {}, Need::Required);
    const QString lang = params.enumeration(u"lang"_s, {u"EN"_s, u"JA"_s, u"ZH"_s}, u"EN"_s);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    if (!readableAdAccount(world, request, advertiserId, &refusal))
        return refusal;
    return EmulatorReply::success(
            {{u"terms"_s, QJsonArray::fromStringList(World::termText(termType, lang))}});
}

EmulatorReply handleTermCheck(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString advertiserId = params.id(u"advertiser_id"_s, Need::Required);
    const QString termType =
            params.enumeration(u"term_type"_s, World::termTypes(), {}, Need::Required);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    if (!readableAdAccount(world, request, advertiserId, &refusal))
        return refusal;
    return EmulatorReply::success(
            {{u"confirmed"_s, world.isTermConfirmed(advertiserId, termType)}});
}

EmulatorReply handleTermConfirm(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    const QString advertiserId = body.id(u"advertiser_id"_s, Need::Required);
    const QString termType = body.enumeration(u"term_type"_s, World::termTypes(), Need::Required);
    if (body.hasError())
        return body.errorReply();
    return worldErrorReply(world.confirmTerm(request.accessToken(), advertiserId, termType));
}

EmulatorReply handlePangleBlockListGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString advertiserId = params.id(u"advertiser_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const AdAccount *account = readableAdAccount(world, request, advertiserId, &refusal);
    if (!account)
        return refusal;
    return EmulatorReply::success(blockListData(account->pangleBlockList));
}

EmulatorReply handlePangleBlockListUpdate(World &world, const EmulatorRequest &request)
{
    return pangleUpdate(world, request, false);
}

EmulatorReply handlePangleCampaignBlockListGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString advertiserId = params.id(u"advertiser_id"_s, Need::Required);
    const QString campaignId = params.id(u"campaign_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const AdAccount *account = readableAdAccount(world, request, advertiserId, &refusal);
    if (!account)
        return refusal;
    // The world has no campaigns: any campaign id has a list, empty until first updated.
    QJsonObject data = blockListData(account->campaignPangleBlockLists.value(campaignId));
    data.insert(u"campaign_id"_s, campaignId);
    return EmulatorReply::success(data);
}

EmulatorReply handlePangleCampaignBlockListUpdate(World &world, const EmulatorRequest &request)
{
    return pangleUpdate(world, request, true);
}

EmulatorReply handlePangleAudiencePackageGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString advertiserId = params.id(u"advertiser_id"_s, Need::Required);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const AdAccount *account = readableAdAccount(world, request, advertiserId, &refusal);
    if (!account)
        return refusal;
    QJsonArray packages;
    for (const AudiencePackage &package : account->audiencePackages) {
        QJsonObject item = RoughEdges::unknownFields(package.packageId);
        item.insert(u"package_id"_s, RoughEdges::idValue(package.packageId));
        item.insert(u"package_name"_s, package.packageName);
        item.insert(u"bind_type"_s, package.bindType);
        packages.append(item);
    }
    return EmulatorReply::success({{u"packages"_s, packages}});
}

} // namespace bc::emulator
