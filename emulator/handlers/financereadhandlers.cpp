// GET endpoints of the finance family: balances, transactions, costs, budget changelog
// (reference §3.2–3.6). Parameters are checked first (40002), then the caller's finance role
// (40001), as the gateway validates before the service looks at permissions.
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
#include "emulator/world/worldtime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxAccountIds = 100;
constexpr int transactionDefaultDays = 90;
constexpr int costDefaultDays = 7;

std::optional<QString> optionalQuery(const EmulatorRequest &request, const QString &name)
{
    if (!request.hasQueryValue(name))
        return std::nullopt;
    return request.queryValue(name);
}

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : RoughEdges::idValue(id);
}

QString amountType(Cents amount)
{
    if (amount > 0)
        return u"POSITIVE"_s;
    if (amount < 0)
        return u"NEGATIVE"_s;
    return u"OTHER"_s;
}

Cents magnitude(Cents amount)
{
    return amount < 0 ? -amount : amount;
}

// filtering.start_date / end_date of the cost and budget-changelog reads: whole days, both or
// neither, the last costDefaultDays days when neither is given.
Finance::DateRange readFilteringDays(ParamReader &params, const QJsonObject &filtering,
                                     qint64 nowSecs)
{
    QString error;
    const std::optional<QString> start =
            Finance::optionalObjectString(filtering, u"filtering"_s, u"start_date"_s, &error);
    const std::optional<QString> end =
            Finance::optionalObjectString(filtering, u"filtering"_s, u"end_date"_s, &error);
    Finance::DateRange range;
    if (error.isEmpty()) {
        range = Finance::readDateRange(start, u"filtering.start_date"_s, end,
                                       u"filtering.end_date"_s, Finance::DateFormat::Date, true,
                                       costDefaultDays, nowSecs, &error);
    }
    if (!error.isEmpty())
        params.fail(error);
    return range;
}

} // namespace

// ---- /bc/balance/get/ ---------------------------------------------------------------------------

EmulatorReply handleBcBalanceGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString childBcId = params.id(u"child_bc_id"_s);
    params.id(u"payment_portfolio_id"_s); // B: validated, the world has one portfolio per BC
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const GeneratedBusinessCenter *readable =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!readable)
        return refusal;
    const GeneratedBusinessCenter &bc = *readable;
    if (!childBcId.isEmpty() && !world.findChildBusinessCenter(bcId, childBcId)) {
        return worldErrorReply(WorldError::noPermission(
                u"No permission to operate Business Center: "_s + childBcId));
    }

    // Child BCs hold no money of their own in the world: a child answers zeros.
    const Balance balance = childBcId.isEmpty() ? bc.balance : Balance{};
    QJsonObject data;
    if (!childBcId.isEmpty())
        data.insert(u"bc_id"_s, RoughEdges::idValue(childBcId));
    else if (bc.bcIdAsJsonNumber)
        data.insert(u"bc_id"_s, QJsonValue(bc.bcId.toLongLong()));
    else
        data.insert(u"bc_id"_s, bc.bcId);
    data.insert(u"currency"_s, bc.currency);
    data.insert(u"account_balance"_s, Money::toJson(balance.accountBalance()));
    data.insert(u"valid_account_balance"_s, Money::toJson(balance.validAccountBalance()));
    data.insert(u"frozen_balance"_s, Money::toJson(balance.frozenBalance()));
    data.insert(u"tax"_s, Money::toJson(balance.tax()));
    data.insert(u"cash_balance"_s, Money::toJson(balance.cashBalance()));
    data.insert(u"valid_cash_balance"_s, Money::toJson(balance.validCashBalance()));
    data.insert(u"grant_balance"_s, Money::toJson(balance.grantBalance()));
    data.insert(u"valid_grant_balance"_s, Money::toJson(balance.validGrantBalance()));
    data.insert(u"payment_portfolio_type"_s, orNull(bc.paymentPortfolioType));
    return EmulatorReply::success(RoughEdges::withUnknownFields(data, bc.bcId));
}

// ---- /bc/transaction/get/ -----------------------------------------------------------------------

EmulatorReply handleBcTransactionGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    QString error;
    // ⚠ B models funds_type as one string; the official spec's array is what is accepted.
    const QStringList fundsTypes =
            Finance::stringArray(filtering, u"filtering"_s, u"funds_type"_s,
                                 {u"FUNDS_TYPE_CASH"_s, u"FUNDS_TYPE_GRANT"_s}, 2, &error);
    const Finance::DateRange range = Finance::readDateRange(
            optionalQuery(request, u"start_date"_s), u"start_date"_s,
            optionalQuery(request, u"end_date"_s), u"end_date"_s, Finance::DateFormat::Date, false,
            transactionDefaultDays, world.nowSecs(), &error);
    if (!error.isEmpty())
        params.fail(error);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(Finance::defaultMaxPageSize);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const GeneratedBusinessCenter *readable =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!readable)
        return refusal;
    const GeneratedBusinessCenter &bc = *readable;

    // Newest first, as statements read.
    QList<const BcTransaction *> matches;
    Cents charged = 0;
    Cents paid = 0;
    for (auto it = bc.transactions.crbegin(); it != bc.transactions.crend(); ++it) {
        const BcTransaction &transaction = *it;
        if (transaction.time < range.from || transaction.time > range.to)
            continue;
        if (!fundsTypes.isEmpty() && !fundsTypes.contains(transaction.fundsType))
            continue;
        matches.append(&transaction);
        if (transaction.amount < 0)
            charged += -transaction.amount;
        else
            paid += transaction.amount;
    }

    QJsonObject data = pagedList(matches, page, pageSize, [](const BcTransaction *transaction) {
        const QJsonObject item{
                {u"date"_s, WorldTime::dateTime(transaction->time)},
                {u"amount"_s, Money::toJson(transaction->amount)},
                {u"timezone"_s, transaction->timezone},
                {u"currency"_s, transaction->currency},
                {u"funds_type"_s, orNull(transaction->fundsType)},
                {u"invoice_id"_s, idOrNull(transaction->invoiceId)},
                {u"invoice_serial_number"_s, orNull(transaction->invoiceSerialNumber)},
        };
        return RoughEdges::withUnknownFields(item, transaction->transactionId);
    });
    data.insert(u"transaction_summary"_s, QJsonObject{{u"amount_charged"_s, Money::toJson(charged)},
                                                      {u"amount_paid"_s, Money::toJson(paid)},
                                                      {u"currency"_s, bc.currency}});
    return EmulatorReply::success(data);
}

// ---- /bc/account/transaction/get/ ---------------------------------------------------------------

EmulatorReply handleBcAccountTransactionGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    // Y marks bc_id optional, B required; the emulator needs it to check the finance role.
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString childBcId = params.id(u"child_bc_id"_s);
    // B's PAYMENT_PORTFOLIO level is not in the official spec.
    const QString level =
            params.enumeration(u"transaction_level"_s, {u"ADVERTISER"_s, u"BC"_s}, u"ADVERTISER"_s);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    QString error;
    const QStringList accountIds = Finance::stringArray(filtering, u"filtering"_s, u"account_ids"_s,
                                                        {}, maxAccountIds, &error);
    for (const QString &id : accountIds) {
        if (!BodyReader::idText(id) && error.isEmpty())
            error = u"filtering.account_ids: every item must be a numeric id string."_s;
    }
    const std::optional<QString> accountName =
            Finance::optionalObjectString(filtering, u"filtering"_s, u"account_name"_s, &error);
    const QStringList billingTypes = Finance::stringArray(
            filtering, u"filtering"_s, u"billing_types"_s, {u"CASH"_s, u"CREDIT"_s}, 2, &error);
    const QStringList owners = Finance::stringArray(
            filtering, u"filtering"_s, u"owner_of_account"_s,
            {u"OWNED_BY_CURRENT_BUSINESS_CENTER"_s, u"SHARED_BY_OTHER_BUSINESS_CENTER"_s}, 2,
            &error);
    static const QStringList transactionTypeValues = {u"BILL_PAYMENT"_s,
                                                      u"ADD_BALANCE"_s,
                                                      u"CANCELLATION"_s,
                                                      u"PROMOTION_ISSUED"_s,
                                                      u"PROMOTION_EXPIRED"_s,
                                                      u"INCREASE_BALANCE"_s,
                                                      u"DECREASE_BALANCE"_s,
                                                      u"CARD_VERIFICATION"_s,
                                                      u"CARD_VERIFICATION_REFUND"_s,
                                                      u"ORDER_CREATION_PAYMENT"_s,
                                                      u"ORDER_EDIT_PAYMENT"_s,
                                                      u"RETURN_OF_REMAINING_BUDGET"_s,
                                                      u"REFUND"_s};
    const QStringList transactionTypes =
            Finance::stringArray(filtering, u"filtering"_s, u"transaction_types"_s,
                                 transactionTypeValues, transactionTypeValues.size(), &error);
    const std::optional<QString> startTime =
            Finance::optionalObjectString(filtering, u"filtering"_s, u"start_time"_s, &error);
    const std::optional<QString> endTime =
            Finance::optionalObjectString(filtering, u"filtering"_s, u"end_time"_s, &error);
    Finance::DateRange range;
    if (error.isEmpty()) {
        range = Finance::readDateRange(startTime, u"filtering.start_time"_s, endTime,
                                       u"filtering.end_time"_s, Finance::DateFormat::DateTime,
                                       false, transactionDefaultDays, world.nowSecs(), &error);
    }
    if (!error.isEmpty())
        params.fail(error);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(Finance::defaultMaxPageSize);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const GeneratedBusinessCenter *readable =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!readable)
        return refusal;
    const GeneratedBusinessCenter &bc = *readable;
    if (!childBcId.isEmpty() && !world.findChildBusinessCenter(bcId, childBcId)) {
        return worldErrorReply(WorldError::noPermission(
                u"No permission to operate Business Center: "_s + childBcId));
    }

    const auto accountMatches = [&](const QString &advertiserId) {
        const AdAccount *account = world.findAdAccount(bcId, advertiserId);
        if (!accountIds.isEmpty() && !accountIds.contains(advertiserId))
            return false;
        if (accountName && !(account && account->name.contains(*accountName, Qt::CaseInsensitive)))
            return false;
        if (!owners.isEmpty()) {
            const bool owned = account && account->relationType == u"OWNER_BC"_s;
            if (!owners.contains(owned ? u"OWNED_BY_CURRENT_BUSINESS_CENTER"_s
                                       : u"SHARED_BY_OTHER_BUSINESS_CENTER"_s))
                return false;
        }
        return true;
    };
    const auto common = [&](qint64 time, const QString &type, const QString &billingType) {
        return time >= range.from && time <= range.to
               && (transactionTypes.isEmpty() || transactionTypes.contains(type))
               && (billingTypes.isEmpty() || billingTypes.contains(billingType));
    };

    // Rows are built for the matches only; newest first.
    QList<QJsonObject> rows;
    const QString offset = WorldTime::utcOffset(bc.utcOffsetMinutes);
    if (level == u"BC"_s) {
        // The BC's own records; account filters apply to the ad account on the other side.
        const bool accountFilter = !accountIds.isEmpty() || accountName || !owners.isEmpty();
        for (auto it = bc.transactions.crbegin(); it != bc.transactions.crend(); ++it) {
            const BcTransaction &t = *it;
            if (!common(t.time, t.transactionType, t.billingType))
                continue;
            if (accountFilter && (t.advertiserId.isEmpty() || !accountMatches(t.advertiserId)))
                continue;
            const AdAccount *account =
                    t.advertiserId.isEmpty() ? nullptr : world.findAdAccount(t.advertiserId);
            QJsonObject row{
                    {u"transaction_id"_s, RoughEdges::idValue(t.transactionId)},
                    {u"payment_portfolio_id"_s, QJsonValue::Null},
                    {u"payment_portfolio_name"_s, QJsonValue::Null},
                    {u"account_id"_s, idOrNull(t.advertiserId)},
                    {u"account_name"_s, account ? QJsonValue(account->name) : QJsonValue()},
                    {u"bc_id"_s, bc.bcId},
                    {u"bc_name"_s, bc.name},
                    {u"amount"_s, Money::toJson(magnitude(t.amount))},
                    {u"subtotal"_s, Money::toJson(magnitude(t.subtotal))},
                    {u"tax_amount"_s, Money::toJson(magnitude(t.taxAmount))},
                    {u"currency"_s, t.currency},
                    {u"amount_type"_s, amountType(t.amount)},
                    {u"transaction_type"_s, t.transactionType},
                    {u"billing_type"_s, orNull(t.billingType)},
                    {u"timezone"_s, offset},
                    {u"create_time"_s, WorldTime::dateTime(t.time)},
                    {u"invoice_id"_s, idOrNull(t.invoiceId)},
                    {u"serial_number"_s, orNull(t.invoiceSerialNumber)},
            };
            rows.append(row);
        }
    } else {
        for (auto it = bc.accountTransactions.crbegin(); it != bc.accountTransactions.crend();
             ++it) {
            const AccountTransaction &t = *it;
            if (!common(t.time, t.transactionType, t.billingType)
                || !accountMatches(t.advertiserId))
                continue;
            const AdAccount *account = world.findAdAccount(t.advertiserId);
            QJsonObject row{
                    {u"transaction_id"_s, RoughEdges::idValue(t.transactionId)},
                    {u"payment_portfolio_id"_s, idOrNull(t.paymentPortfolioId)},
                    {u"payment_portfolio_name"_s, orNull(t.paymentPortfolioName)},
                    {u"account_id"_s, RoughEdges::idValue(t.advertiserId)},
                    {u"account_name"_s, account ? QJsonValue(account->name) : QJsonValue()},
                    {u"bc_id"_s, bc.bcId},
                    {u"bc_name"_s, bc.name},
                    {u"amount"_s, Money::toJson(magnitude(t.amount))},
                    {u"subtotal"_s, Money::toJson(magnitude(t.subtotal))},
                    {u"tax_amount"_s, Money::toJson(magnitude(t.taxAmount))},
                    {u"currency"_s, t.currency},
                    {u"amount_type"_s, amountType(t.amount)},
                    {u"transaction_type"_s, t.transactionType},
                    {u"billing_type"_s, orNull(t.billingType)},
                    {u"timezone"_s, WorldTime::utcOffset(account ? account->utcOffsetMinutes
                                                                 : bc.utcOffsetMinutes)},
                    {u"create_time"_s, WorldTime::dateTime(t.time)},
                    {u"invoice_id"_s, idOrNull(t.invoiceId)},
                    {u"serial_number"_s, orNull(t.invoiceSerialNumber)},
            };
            rows.append(row);
        }
    }

    // ⚠ Y names the records transaction_list, B transaction: the official name.
    return EmulatorReply::success(pagedList(
            rows, page, pageSize,
            [](const QJsonObject &row) {
                return RoughEdges::withUnknownFields(
                        row, row.value(u"transaction_id"_s).toVariant().toString());
            },
            u"transaction_list"_s));
}

// ---- /bc/account/cost/get/ ----------------------------------------------------------------------

EmulatorReply handleBcAccountCostGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    QString error;
    const std::optional<QString> keyword =
            Finance::optionalObjectString(filtering, u"filtering"_s, u"keyword"_s, &error);
    if (!error.isEmpty())
        params.fail(error);
    const Finance::DateRange range = readFilteringDays(params, filtering, world.nowSecs());
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(Finance::defaultMaxPageSize);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const GeneratedBusinessCenter *readable =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!readable)
        return refusal;
    const GeneratedBusinessCenter &bc = *readable;

    // Accounts that spent something in the range, in the BC's order.
    using AccountCost = std::pair<const AdAccount *, DailyCost>;
    QList<AccountCost> costs;
    DailyCost total;
    for (const AdAccount &account : bc.adAccounts) {
        if (keyword && !keyword->isEmpty() && !account.name.contains(*keyword, Qt::CaseInsensitive)
            && !account.advertiserId.contains(*keyword))
            continue;
        const DailyCost cost = world.costBetween(account, range.from, range.to);
        if (cost.amount() == 0)
            continue;
        costs.append({&account, cost});
        total += cost;
    }

    QJsonObject data = pagedList(
            costs, page, pageSize,
            [](const AccountCost &row) {
                const auto &[account, cost] = row;
                const QJsonObject item{
                        {u"advertiser_id"_s, RoughEdges::idValue(account->advertiserId)},
                        {u"advertiser_name"_s, account->name},
                        {u"amount"_s, Money::toJson(cost.amount())},
                        {u"cash_amount"_s, Money::toJson(cost.cashAmount)},
                        {u"grant_amount"_s, Money::toJson(cost.grantAmount)},
                        {u"tax_amount"_s, Money::toJson(cost.taxAmount)},
                        {u"currency"_s, account->currency},
                };
                return RoughEdges::withUnknownFields(item, account->advertiserId);
            },
            u"cost_list"_s);
    data.insert(u"transaction_summary"_s,
                QJsonObject{{u"amount"_s, Money::toJson(total.amount())},
                            {u"cash_amount"_s, Money::toJson(total.cashAmount)},
                            {u"grant_amount"_s, Money::toJson(total.grantAmount)},
                            {u"tax_amount"_s, Money::toJson(total.taxAmount)},
                            {u"currency"_s, bc.currency}});
    return EmulatorReply::success(data);
}

// ---- /bc/account/budget/changelog/get/ ----------------------------------------------------------

EmulatorReply handleBcAccountBudgetChangelogGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString advertiserId = params.id(u"advertiser_id"_s, Need::Required);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    const Finance::DateRange range = readFilteringDays(params, filtering, world.nowSecs());
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(Finance::defaultMaxPageSize);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    if (!financeReadableBusinessCenter(world, request, bcId, &refusal))
        return refusal;
    const AdAccount *account = world.findAdAccount(bcId, advertiserId);
    if (!account) {
        // An ad account outside the BC is one the caller cannot see here.
        return worldErrorReply(WorldError::noPermission(u"No permission to operate advertiser: "_s
                                                        + advertiserId));
    }

    QList<const BudgetChangelogEntry *> matches;
    for (auto it = account->budgetChangelog.crbegin(); it != account->budgetChangelog.crend();
         ++it) {
        if (it->operationTime >= range.from && it->operationTime <= range.to)
            matches.append(&*it);
    }
    return EmulatorReply::success(pagedList(
            matches, page, pageSize,
            [](const BudgetChangelogEntry *entry) {
                return QJsonObject{
                        {u"operation_time"_s, WorldTime::dateTime(entry->operationTime)},
                        {u"activity_type"_s, entry->activityType},
                        {u"previous_budget"_s, Money::toJson(entry->previousBudget)},
                        {u"previous_budget_mode"_s, entry->previousBudgetMode},
                        {u"current_budget"_s, Money::toJson(entry->currentBudget)},
                        {u"current_budget_mode"_s, entry->currentBudgetMode},
                        {u"currency"_s, entry->currency},
                        {u"operator_id"_s, idOrNull(entry->operatorId)},
                        {u"operator_name"_s, orNull(entry->operatorName)},
                };
            },
            u"changelog_list"_s));
}

} // namespace bc::emulator
