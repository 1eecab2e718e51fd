#include "models/overviewdata.h"

#include "core/api/jsonfields.h"
#include "core/store/mirrorstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::models {

namespace {

using store::MirrorList;
using store::StoreError;

// Fewer days than this are shown per day, fewer than the second per week, longer spans per month.
constexpr qint64 dailyUpToDays = 31;
constexpr qint64 weeklyUpToDays = 26 * 7;

QString keyText(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

std::optional<qint64> amountField(const QJsonObject &row, const QString &field)
{
    if (const auto amount = api::json::amount(row.value(field)))
        return amount->minorUnits();
    return std::nullopt;
}

bool parseRange(const QString &scope, QDate *start, QDate *end)
{
    const QStringList parts = scope.split(u".."_s);
    if (parts.size() != 2)
        return false;
    *start = QDate::fromString(parts.at(0), Qt::ISODate);
    *end = QDate::fromString(parts.at(1), Qt::ISODate);
    return start->isValid() && end->isValid() && *start <= *end;
}

QDate periodStart(const QDate &date, OverviewData::Period period)
{
    switch (period) {
    case OverviewData::Period::Day:
        return date;
    case OverviewData::Period::Week:
        return date.addDays(1 - date.dayOfWeek()); // weeks start on Monday (ISO 8601)
    case OverviewData::Period::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextPeriod(const QDate &start, OverviewData::Period period)
{
    switch (period) {
    case OverviewData::Period::Day:
        return start.addDays(1);
    case OverviewData::Period::Week:
        return start.addDays(7);
    case OverviewData::Period::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

// The queries of one computation; the first failure is kept and stops the rest.
class OverviewQueries
{
public:
    OverviewQueries(store::MirrorStore &store, const QString &bcId)
        : m_store(store)
        , m_bcId(keyText(bcId))
    { }

    [[nodiscard]] const StoreError &error() const { return m_error; }

    bool run(const QString &sql, const QVariantList &values, QSqlQuery *query)
    {
        if (m_error.isError())
            return false;
        m_error = m_store.connection().run(sql, values, query);
        return !m_error.isError();
    }

    void finish(const QSqlQuery &query)
    {
        if (!m_error.isError())
            m_error = StoreError::fromSqlError(query.lastError());
    }

    void readFreshness(OverviewData &data)
    {
        QSqlQuery query;
        if (!run(u"SELECT list, scope, fetched_at FROM list_fetches WHERE bc_id = ?"_s, {m_bcId},
                 &query))
            return;
        const QList<MirrorList> sources = OverviewData::sourceLists();
        while (query.next()) {
            const auto list = store::mirrorListFromKey(query.value(0).toString());
            if (!list || !sources.contains(*list))
                continue;
            const QDateTime at =
                    QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
            if (!at.isValid())
                continue;
            // The cost range shown is the newest; the other scoped lists are as old as their
            // oldest scope.
            if (*list == MirrorList::AccountCosts)
                m_costFetches.insert(query.value(1).toString(), at);
            else if (!data.freshness.contains(*list) || at < data.freshness.value(*list))
                data.freshness.insert(*list, at);
        }
        finish(query);
    }

    void readCounts(OverviewData &data)
    {
        for (const MirrorList list : OverviewData::countedLists()) {
            StoreError error;
            const qint64 rows = m_store.rowCount(list, m_bcId, &error);
            if (error.isError() && !m_error.isError())
                m_error = error;
            data.counts.insert(list, rows);
        }
    }

    void readBalance(OverviewData &data)
    {
        if (m_error.isError())
            return;
        const QList<store::MirrorRow> rows =
                m_store.rows(MirrorList::BcBalance, m_bcId, std::nullopt, &m_error);
        if (rows.isEmpty())
            return;
        const QJsonObject &raw = rows.constFirst().raw;
        OverviewData::Balance balance;
        balance.currency = api::json::text(raw.value(u"currency"_s)).trimmed();
        if (balance.currency.isEmpty())
            balance.currency = businessCenterCurrency();
        balance.accountBalance = amountField(raw, u"account_balance"_s);
        balance.validAccountBalance = amountField(raw, u"valid_account_balance"_s);
        balance.cashBalance = amountField(raw, u"cash_balance"_s);
        balance.validCashBalance = amountField(raw, u"valid_cash_balance"_s);
        balance.grantBalance = amountField(raw, u"grant_balance"_s);
        balance.validGrantBalance = amountField(raw, u"valid_grant_balance"_s);
        balance.frozenBalance = amountField(raw, u"frozen_balance"_s);
        balance.tax = amountField(raw, u"tax"_s);
        data.balance = balance;
    }

    void readUnpaid(OverviewData &data)
    {
        QSqlQuery query;
        if (!run(u"SELECT pay_status, overdue_status, currency, unpaid_amount, amount "
                 u"FROM invoices WHERE bc_id = ?"_s,
                 {m_bcId}, &query))
            return;
        QMap<QString, OverviewData::Unpaid> byCurrency;
        const QString fallbackCurrency = businessCenterCurrency();
        while (query.next()) {
            const QString payStatus = query.value(0).toString().trimmed().toUpper();
            if (payStatus != u"UNPAID" && payStatus != u"PARTIAL_PAID"
                && payStatus != u"PARTIALLY_PAID")
                continue;
            QString currency = query.value(2).toString().trimmed();
            if (currency.isEmpty())
                currency = fallbackCurrency;
            // An unpaid invoice without unpaid_amount still owes all of it.
            qint64 owed = 0;
            if (!query.value(3).isNull())
                owed = query.value(3).toLongLong();
            else if (payStatus == u"UNPAID" && !query.value(4).isNull())
                owed = query.value(4).toLongLong();
            OverviewData::Unpaid &unpaid = byCurrency[currency];
            unpaid.currency = currency;
            unpaid.amount += owed;
            ++unpaid.invoices;
            if (query.value(1).toString().trimmed().toUpper() == u"YES") {
                ++unpaid.overdue;
                ++data.overdueInvoices;
            }
        }
        finish(query);
        data.unpaid = byCurrency.values();
    }

    void readCosts(OverviewData &data)
    {
        // The newest range by its end, then its start: the one a refresh wrote last.
        QSqlQuery scopes;
        if (!run(u"SELECT DISTINCT scope FROM account_costs WHERE bc_id = ?"_s, {m_bcId}, &scopes))
            return;
        while (scopes.next()) {
            const QString scope = scopes.value(0).toString();
            QDate start;
            QDate end;
            if (!parseRange(scope, &start, &end))
                continue;
            if (data.costScope.isEmpty() || end > data.costEnd
                || (end == data.costEnd && start > data.costStart)) {
                data.costScope = scope;
                data.costStart = start;
                data.costEnd = end;
            }
        }
        finish(scopes);
        if (data.costScope.isEmpty())
            return;
        if (m_costFetches.contains(data.costScope))
            data.freshness.insert(MirrorList::AccountCosts, m_costFetches.value(data.costScope));

        QSqlQuery query;
        if (!run(u"SELECT c.id, c.name, c.amount, c.currency, a.name FROM account_costs c "
                 u"LEFT JOIN ad_accounts a ON a.bc_id = c.bc_id AND a.id = c.id "
                 u"WHERE c.bc_id = ? AND c.scope = ?"_s,
                 {m_bcId, data.costScope}, &query))
            return;
        QMap<QString, QList<OverviewData::CostSlice>> byCurrency;
        const QString fallbackCurrency = businessCenterCurrency();
        while (query.next()) {
            if (query.value(2).isNull())
                continue; // no amount: nothing to show or add
            OverviewData::CostSlice slice;
            slice.advertiserId = query.value(0).toString();
            slice.name = query.value(4).toString().trimmed();
            if (slice.name.isEmpty())
                slice.name = query.value(1).toString().trimmed();
            if (slice.name.isEmpty())
                slice.name = slice.advertiserId;
            slice.amount = query.value(2).toLongLong();
            QString currency = query.value(3).toString().trimmed();
            if (currency.isEmpty())
                currency = fallbackCurrency;
            byCurrency[currency].append(slice);
        }
        finish(query);

        for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
            QList<OverviewData::CostSlice> &slices = it.value();
            std::sort(slices.begin(), slices.end(), [](const auto &a, const auto &b) {
                if (a.amount != b.amount)
                    return a.amount > b.amount;
                if (a.name != b.name)
                    return a.name < b.name;
                return a.advertiserId < b.advertiserId;
            });
            OverviewData::CostBreakdown breakdown;
            breakdown.currency = it.key();
            breakdown.accounts = int(slices.size());
            OverviewData::CostSlice others;
            others.accounts = 0;
            for (qsizetype i = 0; i < slices.size(); ++i) {
                breakdown.total += slices.at(i).amount;
                if (i < OverviewData::topAccounts) {
                    breakdown.slices.append(slices.at(i));
                } else {
                    others.amount += slices.at(i).amount;
                    ++others.accounts;
                }
            }
            if (others.accounts > 0)
                breakdown.slices.append(others);
            data.costs.append(breakdown);
        }
        std::stable_sort(data.costs.begin(), data.costs.end(),
                         [](const auto &a, const auto &b) { return a.accounts > b.accounts; });
    }

    void readTransactions(OverviewData &data)
    {
        QSqlQuery query;
        if (!run(u"SELECT txn_date, amount, currency FROM bc_transactions WHERE bc_id = ?"_s,
                 {m_bcId}, &query))
            return;
        struct Entry
        {
            QDate date;
            qint64 amount;
            QString currency;
        };
        QList<Entry> entries;
        QDate first;
        QDate last;
        const QString fallbackCurrency = businessCenterCurrency();
        while (query.next()) {
            // "2026-11-03 14:05:00" (the BC's time zone): the day is what a statement shows.
            const QDate date = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
            if (!date.isValid() || query.value(1).isNull())
                continue;
            QString currency = query.value(2).toString().trimmed();
            if (currency.isEmpty())
                currency = fallbackCurrency;
            entries.append({date, query.value(1).toLongLong(), currency});
            if (!first.isValid() || date < first)
                first = date;
            if (!last.isValid() || date > last)
                last = date;
        }
        finish(query);
        if (entries.isEmpty())
            return;

        const qint64 span = first.daysTo(last) + 1;
        data.period = span <= dailyUpToDays    ? OverviewData::Period::Day
                      : span <= weeklyUpToDays ? OverviewData::Period::Week
                                               : OverviewData::Period::Month;
        QHash<QDate, qsizetype> index;
        const QDate lastStart = periodStart(last, data.period);
        for (QDate start = periodStart(first, data.period); start <= lastStart;
             start = nextPeriod(start, data.period)) {
            index.insert(start, data.periodStarts.size());
            data.periodStarts.append(start);
        }

        QMap<QString, OverviewData::TransactionSeries> byCurrency;
        for (const Entry &entry : std::as_const(entries)) {
            OverviewData::TransactionSeries &series = byCurrency[entry.currency];
            if (series.moneyIn.isEmpty()) {
                series.currency = entry.currency;
                series.moneyIn.fill(0, data.periodStarts.size());
                series.moneyOut.fill(0, data.periodStarts.size());
            }
            const qsizetype at = index.value(periodStart(entry.date, data.period));
            if (entry.amount >= 0) {
                series.moneyIn[at] += entry.amount;
                series.totalIn += entry.amount;
            } else {
                series.moneyOut[at] += entry.amount;
                series.totalOut += entry.amount;
            }
            ++series.transactions;
        }
        data.transactions = byCurrency.values();
        std::stable_sort(
                data.transactions.begin(), data.transactions.end(),
                [](const auto &a, const auto &b) { return a.transactions > b.transactions; });
    }

private:
    // The BC's own currency, for rows that leave theirs out.
    QString businessCenterCurrency()
    {
        if (m_bcCurrency)
            return *m_bcCurrency;
        m_bcCurrency = QString();
        QSqlQuery query;
        if (run(u"SELECT currency FROM business_centers WHERE bc_id = '' AND id = ?"_s, {m_bcId},
                &query)
            && query.next())
            m_bcCurrency = query.value(0).toString().trimmed();
        return *m_bcCurrency;
    }

    store::MirrorStore &m_store;
    QString m_bcId;
    StoreError m_error;
    std::optional<QString> m_bcCurrency;
    QHash<QString, QDateTime> m_costFetches;
};

} // namespace

QList<store::MirrorList> OverviewData::countedLists()
{
    return {MirrorList::AdAccounts, MirrorList::Members,       MirrorList::Partners,
            MirrorList::Assets,     MirrorList::BillingGroups, MirrorList::Invoices,
            MirrorList::Pixels};
}

QList<store::MirrorList> OverviewData::sourceLists()
{
    QList<MirrorList> lists = countedLists();
    lists << MirrorList::BcBalance << MirrorList::AccountCosts << MirrorList::BcTransactions;
    return lists;
}

QDateTime OverviewData::oldestFreshness() const
{
    QDateTime oldest;
    for (const QDateTime &at : freshness) {
        if (!oldest.isValid() || at < oldest)
            oldest = at;
    }
    return oldest;
}

int OverviewData::costDays() const
{
    if (!costStart.isValid() || !costEnd.isValid())
        return 0;
    return int(costStart.daysTo(costEnd)) + 1;
}

OverviewData computeOverview(store::MirrorStore &store, const QString &bcId,
                             store::StoreError *error)
{
    OverviewData data;
    data.bcId = bcId;
    OverviewQueries queries(store, bcId);
    queries.readFreshness(data);
    queries.readCounts(data);
    queries.readBalance(data);
    queries.readUnpaid(data);
    queries.readCosts(data);
    queries.readTransactions(data);
    if (error)
        *error = queries.error();
    return data;
}

} // namespace bc::models
