// The model layer of the console's panels at scale: 10,000 ad accounts and 100,000 account
// transactions in a SQLite mirror, shown through MirrorTableModel + TypedFilterProxyModel.
// Times the first batch, sorting, filtering, the longest main-thread stall while the models
// load and while a MirrorWriter writes a 10,000-row listing (and the model reloads), and the
// memory the loaded rows take. No widgets yet: the panels come later.
//
//   ui_bench [--accounts N] [--transactions N]

#include "bench/benchrows.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "models/mirrorcolumnset.h"
#include "models/mirrortablemodel.h"
#include "models/roles.h"
#include "models/tablefilterproxymodel.h"
#include "models/typedfilterproxymodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::store;
using namespace bc::models;

namespace {

const QString demoApi = u"https://sandbox-ads.tiktok.com/open_api/"_s;

// kB from /proc/self/status ("VmRSS", "VmHWM").
qint64 statusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Resets the peak RSS (VmHWM) to the current RSS (Linux 4.0+).
void resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// The longest gap between the ticks of a 1 ms timer on the main thread.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout,
                         [this] { m_max = std::max(m_max, m_sinceTick.restart()); });
    }
    void start()
    {
        m_max = 0;
        m_sinceTick.start();
        m_ticker.start();
    }
    qint64 stop()
    {
        m_max = std::max(m_max, m_sinceTick.elapsed());
        m_ticker.stop();
        return m_max;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_max = 0;
};

qint64 timed(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return clock.elapsed();
}

ListWrite listing(MirrorList list, const QString &bcId, QList<QJsonObject> rows)
{
    ListWrite write;
    write.list = list;
    write.bcId = bcId;
    write.scope = u""_s;
    write.rows = std::move(rows);
    write.complete = true;
    return write;
}

bool writeAndWait(MirrorWriter &writer, ListWrite write)
{
    QEventLoop loop;
    bool ok = false;
    const quint64 ticket = writer.submit(std::move(write));
    QObject::connect(&writer, &MirrorWriter::written, &loop,
                     [&](quint64 done, const ListWriteResult &result) {
                         if (done != ticket)
                             return;
                         ok = !result.error.isError();
                         if (!ok)
                             std::fprintf(stderr, "ui_bench: write: %s\n",
                                          qPrintable(result.error.describe()));
                         loop.quit();
                     });
    loop.exec();
    return ok;
}

void waitLoaded(MirrorTableModel &model)
{
    if (model.isLoaded())
        return;
    QEventLoop loop;
    QObject::connect(&model, &MirrorTableModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &MirrorTableModel::failed, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption accountsOption(u"accounts"_s, u"ad accounts"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption transactionsOption(u"transactions"_s, u"account transactions"_s,
                                                u"n"_s, u"100000"_s);
    parser.addOptions({accountsOption, transactionsOption});
    parser.process(application);
    const int accountCount = std::max(1, parser.value(accountsOption).toInt());
    const int transactionCount = std::max(1, parser.value(transactionsOption).toInt());
    const int rows = accountCount + transactionCount;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const StoreLocation location = StoreLocation::sqliteFile(dir.filePath(u"demo.sqlite"_s));
    const StoreIdentity identity{u"bench"_s, u"demo"_s, demoApi};
    const QString bcId = bc::bench::longId(0, 42);

    // The mirror, written as a sync would (the writer's thread and connection).
    auto writer = std::make_unique<MirrorWriter>(location, identity);
    {
        QElapsedTimer clock;
        clock.start();
        if (!writeAndWait(*writer, listing(MirrorList::AdAccounts, bcId,
                                           bc::bench::adAccounts(accountCount)))
            || !writeAndWait(*writer,
                             listing(MirrorList::AccountTransactions, bcId,
                                     bc::bench::transactions(transactionCount, accountCount))))
            return 1;
        std::printf("mirror: accounts=%d transactions=%d write_ms=%lld\n", accountCount,
                    transactionCount, static_cast<long long>(clock.elapsed()));
    }
    StoreError error;
    const std::unique_ptr<MirrorStore> store = MirrorStore::open(location, identity, &error);
    if (!store) {
        std::fprintf(stderr, "ui_bench: open: %s\n", qPrintable(error.describe()));
        return 1;
    }

    // Memory from here on is the models' (the generated rows are freed and trimmed).
    malloc_trim(0);
    const qint64 baseKb = statusKb("VmRSS");
    resetPeakRss();

    MirrorTableModel accounts(*store, MirrorList::AdAccounts, bcId, u""_s,
                              MirrorColumnSet::forList(MirrorList::AdAccounts));
    MirrorTableModel txns(*store, MirrorList::AccountTransactions, bcId, u""_s,
                          MirrorColumnSet::forList(MirrorList::AccountTransactions));
    TypedFilterProxyModel accountsProxy;
    accountsProxy.setSourceModel(&accounts);
    TypedFilterProxyModel txnsProxy;
    txnsProxy.setSourceModel(&txns);

    StallMeter stall;
    QElapsedTimer clock;
    qint64 firstPaintMs = -1;
    const auto firstBatch = [&] {
        if (firstPaintMs < 0 && accounts.rowCount() > 0 && txns.rowCount() > 0)
            firstPaintMs = clock.elapsed();
    };
    QObject::connect(&accounts, &QAbstractItemModel::rowsInserted, firstBatch);
    QObject::connect(&txns, &QAbstractItemModel::rowsInserted, firstBatch);
    stall.start();
    clock.start();
    accounts.load();
    txns.load();
    waitLoaded(accounts);
    waitLoaded(txns);
    const qint64 loadMs = clock.elapsed();
    const qint64 loadStallMs = stall.stop();
    if (accounts.rowCount() != accountCount || txns.rowCount() != transactionCount) {
        std::fprintf(stderr, "ui_bench: loaded %d and %d rows\n", accounts.rowCount(),
                     txns.rowCount());
        return 1;
    }
    const qint64 peakKb = statusKb("VmHWM");
    const qint64 bytesPerRow = (peakKb - baseKb) * 1024 / rows;
    std::printf("load: rows=%d first_batch_ms=%lld all_ms=%lld max_stall_ms=%lld "
                "rss_delta_kb=%lld\n",
                rows, static_cast<long long>(firstPaintMs), static_cast<long long>(loadMs),
                static_cast<long long>(loadStallMs), static_cast<long long>(peakKb - baseKb));

    // Sorting: the proxy passes it to the model, which sorts its typed columns.
    using namespace AccountTransactionColumns;
    qint64 sortMs = 0;
    const auto sortCase = [&](const char *what, TypedFilterProxyModel &proxy, int column,
                              Qt::SortOrder order) {
        // rowCount(): the proxy maps lazily; a view asks at once.
        const qint64 ms = timed([&] {
            proxy.sort(column, order);
            (void)proxy.rowCount();
        });
        std::printf("sort: %s rows=%d ms=%lld first=%s\n", what, proxy.rowCount(),
                    static_cast<long long>(ms),
                    qPrintable(proxy.index(0, column).data().toString()));
        sortMs = std::max(sortMs, ms);
    };
    sortCase("transactions by amount desc", txnsProxy, Amount, Qt::DescendingOrder);
    sortCase("transactions by time", txnsProxy, Time, Qt::AscendingOrder);
    sortCase("transactions by account name", txnsProxy, AccountName, Qt::AscendingOrder);
    sortCase("transactions by id desc", txnsProxy, Id, Qt::DescendingOrder);
    sortCase("accounts by name", accountsProxy, AdAccountColumns::Name, Qt::AscendingOrder);
    sortCase("accounts by status", accountsProxy, AdAccountColumns::Status, Qt::AscendingOrder);

    // Filtering: a substring across every column (digits also look into the money texts).
    qint64 filterMs = 0;
    const auto filterCase = [&](const char *what, TypedFilterProxyModel &proxy,
                                const QString &text) {
        const qint64 ms = timed([&] {
            proxy.setFilterText(text);
            (void)proxy.rowCount();
        });
        std::printf("filter: %s \"%s\" rows=%d ms=%lld\n", what, qPrintable(text), proxy.rowCount(),
                    static_cast<long long>(ms));
        filterMs = std::max(filterMs, ms);
    };
    filterCase("transactions", txnsProxy, u"ñandú #77"_s);
    filterCase("transactions", txnsProxy, u"4242"_s);
    filterCase("transactions", txnsProxy, u"transfer"_s);
    filterCase("transactions, off", txnsProxy, QString());
    filterCase("accounts", accountsProxy, u"boutique 99"_s);
    filterCase("accounts, off", accountsProxy, QString());
    {
        const qint64 ms = timed([&] {
            txnsProxy.setValueFilter(Currency, {u"EUR"_s});
            txnsProxy.setDateRange(Time, QDate(2026, 1, 10), QDate(2026, 1, 20));
            (void)txnsProxy.rowCount();
        });
        std::printf("filter: transactions currency EUR + date range rows=%d ms=%lld\n",
                    txnsProxy.rowCount(), static_cast<long long>(ms));
        filterMs = std::max(filterMs, ms);
        txnsProxy.clearTypedFilters();
    }

    // For comparison (the design decision): the same through a plain QSortFilterProxyModel
    // sorting on SortRole, and the display-text filter of TableFilterProxyModel.
    {
        QSortFilterProxyModel plain;
        plain.setSortRole(SortRole);
        plain.setSourceModel(&txns);
        const qint64 amountMs = timed([&] {
            plain.sort(Amount, Qt::DescendingOrder);
            (void)plain.rowCount();
        });
        const qint64 nameMs = timed([&] {
            plain.sort(AccountName, Qt::AscendingOrder);
            (void)plain.rowCount();
        });
        TableFilterProxyModel display;
        display.setSourceModel(&txns);
        const qint64 filterDisplayMs = timed([&] {
            display.setFilterText(u"4242"_s);
            (void)display.rowCount();
        });
        std::printf("qsortfilterproxymodel: sort_amount_ms=%lld sort_name_ms=%lld "
                    "display_text_filter_ms=%lld (rows=%d)\n",
                    static_cast<long long>(amountMs), static_cast<long long>(nameMs),
                    static_cast<long long>(filterDisplayMs), display.rowCount());
    }

    // A sync writes a 10,000-row listing meanwhile; the model reloads when it is written.
    qint64 writeStallMs = 0;
    {
        QList<QJsonObject> fresh = bc::bench::adAccounts(accountCount);
        for (int i = 0; i < fresh.size(); i += 10)
            fresh[i].insert(u"advertiser_status"_s, u"STATUS_DISABLE"_s);
        fresh.removeLast();
        ListWrite write = listing(MirrorList::AdAccounts, bcId, std::move(fresh));
        stall.start();
        clock.restart();
        QEventLoop loop;
        const quint64 ticket = writer->submit(std::move(write));
        QObject::connect(writer.get(), &MirrorWriter::written, &loop, [&](quint64 done) {
            if (done == ticket)
                accounts.reload();
        });
        QObject::connect(&accounts, &MirrorTableModel::loaded, &loop, &QEventLoop::quit);
        loop.exec();
        writeStallMs = stall.stop();
        std::printf("write+reload: rows=%d ms=%lld max_stall_ms=%lld\n", accounts.rowCount(),
                    static_cast<long long>(clock.elapsed()), static_cast<long long>(writeStallMs));
    }

    std::printf("ui_bench: rows=%d first_paint_ms=%lld sort_ms=%lld filter_ms=%lld "
                "max_stall_ms=%lld bytes_per_row=%lld\n",
                rows, static_cast<long long>(firstPaintMs), static_cast<long long>(sortMs),
                static_cast<long long>(filterMs),
                static_cast<long long>(std::max(loadStallMs, writeStallMs)),
                static_cast<long long>(bytesPerRow));
    return 0;
}
