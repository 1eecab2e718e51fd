#pragma once

#include "core/store/mirrorlist.h"
#include "core/store/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace bc::store {
class MirrorStore;
}

namespace bc::models {

// The figures of one Business Center's Overview, computed from the mirror (never from the
// network). Money is exact minor units with its currency; a part whose list was never mirrored
// is simply empty.
struct OverviewData
{
    // How many accounts the cost breakdown names before it groups the rest as "Others".
    static constexpr int topAccounts = 10;

    // /bc/balance/get/ as the API names the fields; a field the API left out is not set.
    struct Balance
    {
        QString currency;
        std::optional<qint64> accountBalance;      // account_balance
        std::optional<qint64> validAccountBalance; // valid_account_balance (available)
        std::optional<qint64> cashBalance;         // cash_balance
        std::optional<qint64> validCashBalance;    // valid_cash_balance
        std::optional<qint64> grantBalance;        // grant_balance
        std::optional<qint64> validGrantBalance;   // valid_grant_balance
        std::optional<qint64> frozenBalance;       // frozen_balance
        std::optional<qint64> tax;                 // tax
    };

    // Invoices still to pay in one currency (pay_status UNPAID or PARTIAL_PAID).
    struct Unpaid
    {
        QString currency;
        qint64 amount = 0; // the sum of unpaid_amount
        int invoices = 0;
        int overdue = 0; // overdue_status YES
    };

    // One bar of the cost breakdown: an account, or every account after the top N ("Others").
    struct CostSlice
    {
        QString advertiserId; // empty for "Others"
        QString name;         // from the mirrored ad accounts, else the cost row, else the id
        qint64 amount = 0;
        int accounts = 1; // > 1 only for "Others"
        [[nodiscard]] bool isOthers() const { return advertiserId.isEmpty(); }
    };

    // The cost of the accounts in one currency over the mirrored range, largest first.
    struct CostBreakdown
    {
        QString currency;
        qint64 total = 0; // every account's cost: the slices add up to it exactly
        int accounts = 0; // accounts with a cost row in this currency
        QList<CostSlice> slices;
    };

    enum class Period {
        Day,
        Week,
        Month
    };

    // BC transactions of one currency per period: money in (positive amounts) and out
    // (negative amounts, kept negative), aligned with periodStarts.
    struct TransactionSeries
    {
        QString currency;
        QList<qint64> moneyIn;
        QList<qint64> moneyOut;
        qint64 totalIn = 0;
        qint64 totalOut = 0;
        int transactions = 0;
    };

    QString bcId;

    std::optional<Balance> balance; // nothing when the balance was never mirrored

    QList<Unpaid> unpaid; // one entry per currency with something unpaid, by currency code
    int overdueInvoices = 0;

    // Rows per counted list (ad accounts, members, partners, assets, billing groups, invoices,
    // pixels); always present, 0 when nothing is mirrored.
    QMap<store::MirrorList, qint64> counts;
    // When each source list was last read completely (the oldest scope for scoped lists);
    // lists never read are absent.
    QMap<store::MirrorList, QDateTime> freshness;

    // The newest mirrored cost range ("YYYY-MM-DD..YYYY-MM-DD"); empty when none.
    QString costScope;
    QDate costStart;
    QDate costEnd;
    QList<CostBreakdown> costs; // most accounts first

    Period period = Period::Day;
    QList<QDate> periodStarts; // consecutive periods from the first transaction to the last
    QList<TransactionSeries> transactions; // most transactions first

    // The lists the counts cover, in the order the Overview shows them.
    [[nodiscard]] static QList<store::MirrorList> countedLists();
    // The lists the Overview reads, for its freshness line.
    [[nodiscard]] static QList<store::MirrorList> sourceLists();
    // The oldest freshness of the lists that were mirrored; invalid when none was.
    [[nodiscard]] QDateTime oldestFreshness() const;
    [[nodiscard]] qint64 count(store::MirrorList list) const { return counts.value(list, 0); }
    // Days the cost range spans (both ends included); 0 without a range.
    [[nodiscard]] int costDays() const;
};

// Reads the Overview of `bcId` from `store` on the calling thread (use OverviewReader from the UI
// thread). Lists never mirrored give empty parts; *error is set only when a query fails, and the
// parts read before it are returned.
[[nodiscard]] OverviewData computeOverview(store::MirrorStore &store, const QString &bcId,
                                           store::StoreError *error);

} // namespace bc::models

Q_DECLARE_METATYPE(bc::models::OverviewData)
