#include "inspirationtoolhandlers.h"

#include "oauthfamilyinput.h"
#include "worldreplies.h"

#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/paramreader.h"
#include "emulator/world.h"
#include "emulator/world/money.h"
#include "emulator/world/roughedges.h"
#include "emulator/world/worldtime.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

// ---- The assumed contract (no published one: reference §4.6). Change it here. ----------------
// Both: GET; bc_id (required); start_date, end_date (required, YYYY-MM-DD, UTC, inclusive, at most
// maxSpanDays); advertiser_ids (optional JSON string array, 1..maxAdvertisers, ad accounts of the
// BC the user has a role on; default: all of them); page, page_size (1..maxPageSize; the
// reference gives no maximum).
constexpr qint64 maxSpanDays = 90;
constexpr qsizetype maxAdvertisers = 50;
constexpr qint64 maxPageSize = 50;
// audience_insight: dimension (required) → data.list[] {dimension_value, impressions, clicks,
// audience_share (0..1, 4 decimals)}, data.dimension, data.page_info.
const QStringList audienceDimensions = {u"AGE"_s, u"GENDER"_s, u"PLATFORM"_s, u"REGION"_s};
QStringList dimensionValues(const QString &dimension)
{
    if (dimension == u"AGE"_s)
        return {u"AGE_13_17"_s, u"AGE_18_24"_s, u"AGE_25_34"_s,
                u"AGE_35_44"_s, u"AGE_45_54"_s, u"AGE_55_100"_s};
    if (dimension == u"GENDER"_s)
        return {u"FEMALE"_s, u"MALE"_s, u"NONE"_s};
    if (dimension == u"PLATFORM"_s)
        return {u"ANDROID"_s, u"IOS"_s, u"PC"_s};
    return {u"US"_s, u"GB"_s, u"DE"_s, u"FR"_s, u"ES"_s, u"IT"_s,
            u"PL"_s, u"JP"_s, u"KR"_s, u"BR"_s, u"MX"_s, u"CA"_s};
}
// ad_performance: metrics (optional JSON string array; default all) → data.list[] one row per ad
// account that spent in the range, by spend (highest first): advertiser_id, advertiser_name,
// currency, and the metrics (money as two-decimal numbers, ctr in percent), data.page_info.
const QStringList performanceMetrics = {u"spend"_s, u"impressions"_s, u"clicks"_s,     u"ctr"_s,
                                        u"cpc"_s,   u"cpm"_s,         u"conversions"_s};
// ----------------------------------------------------------------------------------------------

// About 2 impressions per cent spent (a CPM of 5.00 in any currency).
constexpr qint64 impressionsPerCent = 2;

struct Scope
{
    QString bcId;
    qint64 fromSecs = 0;
    qint64 toSecs = 0; // inclusive
    QList<const AdAccount *> accounts;
    qint64 page = 1;
    qint64 pageSize = 10;
};

// Reads and checks what both endpoints share; answers an error reply or fills scope.
std::optional<EmulatorReply> readScope(const World &world, const EmulatorRequest &request,
                                       ParamReader &params, Scope *scope)
{
    scope->bcId = params.id(u"bc_id"_s, Need::Required);
    const qint64 start = OauthFamilyInput::date(params, request, u"start_date"_s, true);
    const qint64 end = OauthFamilyInput::date(params, request, u"end_date"_s, true);
    const std::optional<QStringList> ids = OauthFamilyInput::stringArray(
            params, request, u"advertiser_ids"_s, false, 1, maxAdvertisers);
    scope->page = params.page();
    scope->pageSize = params.pageSize(maxPageSize);
    if (!params.hasError() && start > end)
        params.fail(u"start_date: must not be after end_date."_s);
    if (!params.hasError() && (end - start) / WorldTime::secondsPerDay >= maxSpanDays) {
        params.fail(u"start_date: the range must not exceed "_s + QString::number(maxSpanDays)
                    + u" days."_s);
    }
    if (params.hasError())
        return params.errorReply();
    scope->fromSecs = start;
    scope->toSecs = end + WorldTime::secondsPerDay - 1;

    const QString token = request.accessToken();
    if (WorldError error = world.checkBusinessCenterAccess(token, scope->bcId); !error.ok())
        return worldErrorReply(error);
    const QString userId = world.userIdForToken(token);
    const auto visible = [&](const QString &advertiserId) {
        return !world.advertiserRole(userId, advertiserId).isEmpty()
               && world.tokenGrantsAdvertiser(token, advertiserId);
    };
    if (ids) {
        for (const QString &id : *ids) {
            const AdAccount *account = world.findAdAccount(scope->bcId, id);
            if (!account || !visible(id)) {
                return EmulatorReply::error(ReturnCode::NoPermission,
                                            u"No permission to operate advertiser: "_s + id);
            }
            if (!scope->accounts.contains(account))
                scope->accounts.append(account);
        }
    } else {
        for (const AdAccount &account : world.findBusinessCenter(scope->bcId)->adAccounts) {
            if (visible(account.advertiserId))
                scope->accounts.append(&account);
        }
    }
    return std::nullopt;
}

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

QString rangeKey(const Scope &scope)
{
    return scope.bcId + u'|' + QString::number(scope.fromSecs) + u'|'
           + QString::number(scope.toSecs);
}

} // namespace

EmulatorReply handleInspirationAudienceInsight(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString dimension =
            params.enumeration(u"dimension"_s, audienceDimensions, {}, Need::Required);
    Scope scope;
    if (std::optional<EmulatorReply> error = readScope(world, request, params, &scope))
        return *error;

    Cents spent = 0;
    QStringList ids;
    for (const AdAccount *account : std::as_const(scope.accounts)) {
        spent += world.costBetween(*account, scope.fromSecs, scope.toSecs).amount();
        ids.append(account->advertiserId);
    }
    // Nothing delivered in the range: nothing to break down.
    QList<QJsonObject> rows;
    if (spent > 0) {
        const qint64 totalImpressions = spent * impressionsPerCent;
        const QStringList values = dimensionValues(dimension);
        SeededRandom random = world.derivedRandom(u"audience_insight|"_s + rangeKey(scope) + u'|'
                                                  + dimension + u'|' + ids.join(u','));
        QList<qint64> weights;
        qint64 weightSum = 0;
        for (qsizetype i = 0; i < values.size(); ++i) {
            weights.append(random.between(1, 100));
            weightSum += weights.last();
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            const qint64 impressions = totalImpressions * weights.at(i) / weightSum;
            const qint64 clicks = impressions * random.between(5, 25) / 1000;
            rows.append(
                    {{u"dimension_value"_s, values.at(i)},
                     {u"impressions"_s, impressions},
                     {u"clicks"_s, clicks},
                     {u"audience_share"_s, rounded(double(weights.at(i)) / double(weightSum), 4)}});
        }
    }

    QJsonObject data =
            pagedList(rows, scope.page, scope.pageSize, [](const QJsonObject &row) { return row; });
    data.insert(u"dimension"_s, dimension);
    return EmulatorReply::success(data);
}

EmulatorReply handleInspirationAdPerformance(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const std::optional<QStringList> metrics = OauthFamilyInput::stringArray(
            params, request, u"metrics"_s, false, 1, performanceMetrics.size());
    for (const QString &metric : metrics.value_or(QStringList())) {
        if (!performanceMetrics.contains(metric))
            params.fail(u"metrics: unknown metric \""_s + metric.left(64) + u"\"."_s);
    }
    Scope scope;
    if (std::optional<EmulatorReply> error = readScope(world, request, params, &scope))
        return *error;
    const QStringList wanted = metrics.value_or(performanceMetrics);

    struct Row
    {
        const AdAccount *account;
        Cents spend;
    };
    QList<Row> rows;
    for (const AdAccount *account : std::as_const(scope.accounts)) {
        const Cents spend = world.costBetween(*account, scope.fromSecs, scope.toSecs).amount();
        if (spend > 0)
            rows.append({account, spend});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.spend > b.spend; });

    return EmulatorReply::success(pagedList(rows, scope.page, scope.pageSize, [&](const Row &row) {
        const AdAccount &account = *row.account;
        SeededRandom random = world.derivedRandom(u"ad_performance|"_s + rangeKey(scope) + u'|'
                                                  + account.advertiserId);
        const qint64 impressions = row.spend * impressionsPerCent;
        const qint64 clicks = std::max<qint64>(1, impressions * random.between(5, 25) / 1000);
        const qint64 conversions = clicks * random.between(1, 10) / 100;
        const QJsonObject all{
                {u"spend"_s, Money::toJson(row.spend)},
                {u"impressions"_s, impressions},
                {u"clicks"_s, clicks},
                {u"ctr"_s, rounded(100.0 * double(clicks) / double(impressions), 2)},
                {u"cpc"_s, Money::toJson((row.spend + clicks / 2) / clicks)},
                {u"cpm"_s, Money::toJson((row.spend * 1000 + impressions / 2) / impressions)},
                {u"conversions"_s, conversions},
        };
        QJsonObject item = RoughEdges::unknownFields(account.advertiserId);
        item.insert(u"advertiser_id"_s, RoughEdges::idValue(account.advertiserId));
        item.insert(u"advertiser_name"_s, account.name);
        item.insert(u"currency"_s, account.currency);
        for (const QString &metric : wanted)
            item.insert(metric, all.value(metric));
        return item;
    }));
}

} // namespace bc::emulator
