// Writes a burst of generated API rows into a throwaway mirror through MirrorWriter (its worker
// thread, its own connection) while the main thread runs its event loop, reads them back on the
// main thread, and prints the times, the longest main-thread block and the database size.
//
//   store_bench [--accounts N] [--transactions N] [--postgres CONNINFO]

#include "bench/benchrows.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::store;
using bc::bench::adAccounts;
using bc::bench::longId;
using bc::bench::transactions;

namespace {

const QString demoApi = u"https://sandbox-ads.tiktok.com/open_api/"_s;

// One write through the worker, timed from submit() to written(), while a 1 ms timer on the
// main thread records the longest gap between its ticks: the longest the event loop was blocked.
struct Timed
{
    qint64 ms = 0;
    qint64 maxBlockMs = 0;
    ListWriteResult result;
};

Timed writeThroughWorker(MirrorWriter &writer, ListWrite write)
{
    Timed timed;
    QEventLoop loop;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &loop,
                     [&] { timed.maxBlockMs = std::max(timed.maxBlockMs, sinceTick.restart()); });
    quint64 ticket = 0;
    QObject::connect(&writer, &MirrorWriter::written, &loop,
                     [&](quint64 done, const ListWriteResult &result) {
                         if (done != ticket)
                             return;
                         timed.ms = clock.elapsed();
                         timed.maxBlockMs = std::max(timed.maxBlockMs, sinceTick.elapsed());
                         timed.result = result;
                         loop.quit();
                     });
    clock.start();
    sinceTick.start();
    ticker.start();
    ticket = writer.submit(std::move(write));
    loop.exec();
    ticker.stop();
    return timed;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

bool failed(const char *what, const StoreError &error)
{
    if (!error.isError())
        return false;
    std::fprintf(stderr, "store_bench: %s: %s\n", what, qPrintable(error.describe()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption accountsOption(u"accounts"_s, u"ad accounts to write"_s, u"n"_s,
                                            u"10000"_s);
    const QCommandLineOption transactionsOption(u"transactions"_s, u"transactions to write"_s,
                                                u"n"_s, u"100000"_s);
    const QCommandLineOption postgresOption(
            u"postgres"_s, u"use this PostgreSQL server (libpq conninfo) instead of SQLite"_s,
            u"conninfo"_s);
    parser.addOptions({accountsOption, transactionsOption, postgresOption});
    parser.process(application);
    const int accountCount = std::max(1, parser.value(accountsOption).toInt());
    const int transactionCount = std::max(1, parser.value(transactionsOption).toInt());
    const bool postgres = parser.isSet(postgresOption);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "store_bench: no temporary directory\n");
        return 1;
    }
    const QString dbPath = dir.filePath(u"demo.sqlite"_s);
    const StoreLocation location = postgres ? StoreLocation::postgres(parser.value(postgresOption))
                                            : StoreLocation::sqliteFile(dbPath);
    const StoreIdentity identity{u"bench"_s, u"demo"_s, demoApi};
    // A BC of its own per run, so that a shared PostgreSQL mirror starts empty for it too.
    const QString bcId = postgres ? longId(QDateTime::currentMSecsSinceEpoch(), 0) : longId(0, 42);

    QElapsedTimer clock;
    clock.start();
    const QList<QJsonObject> accounts = adAccounts(accountCount);
    const QList<QJsonObject> txns = transactions(transactionCount, accountCount);
    std::printf("generated: accounts=%d transactions=%d ms=%lld\n", accountCount, transactionCount,
                static_cast<long long>(clock.elapsed()));

    auto writer = std::make_unique<MirrorWriter>(location, identity);
    {
        QEventLoop loop;
        StoreError openError;
        QObject::connect(writer.get(), &MirrorWriter::opened, &loop,
                         [&](const StoreError &error, const OpenReport &) {
                             openError = error;
                             loop.quit();
                         });
        writer->start();
        loop.exec();
        if (failed("open (worker)", openError))
            return 1;
    }
    StoreError error;
    const std::unique_ptr<MirrorStore> reader = MirrorStore::open(location, identity, &error);
    if (!reader) {
        failed("open (main thread)", error);
        return 1;
    }

    const auto listing = [&](MirrorList list, const QList<QJsonObject> &rows) {
        ListWrite write;
        write.list = list;
        write.bcId = bcId;
        // Not a null QString: the store binds a null one as SQL NULL, which scope refuses.
        write.scope = u""_s;
        write.rows = rows;
        write.complete = true;
        return write;
    };

    // New rows.
    const Timed insert = writeThroughWorker(*writer, listing(MirrorList::AdAccounts, accounts));
    if (failed("upsert", insert.result.error))
        return 1;
    std::printf("upsert: rows=%d ms=%lld max_block_ms=%lld rows_per_s=%.0f\n",
                insert.result.upserted, static_cast<long long>(insert.ms),
                static_cast<long long>(insert.maxBlockMs),
                insert.ms > 0 ? insert.result.upserted * 1000.0 / insert.ms : 0.0);

    clock.restart();
    const QList<MirrorRow> readBack = reader->rows(MirrorList::AdAccounts, bcId, {}, &error);
    const qint64 readMs = clock.elapsed();
    if (failed("read", error))
        return 1;
    if (readBack.size() != accountCount) {
        std::fprintf(stderr, "store_bench: read %lld rows of %d\n",
                     static_cast<long long>(readBack.size()), accountCount);
        return 1;
    }
    std::printf("read: rows=%lld ms=%lld\n", static_cast<long long>(readBack.size()),
                static_cast<long long>(readMs));

    // The same listing again: every row takes the update path.
    const Timed update = writeThroughWorker(*writer, listing(MirrorList::AdAccounts, accounts));
    if (failed("update", update.result.error))
        return 1;
    std::printf("update: rows=%d ms=%lld max_block_ms=%lld removed=%d\n", update.result.upserted,
                static_cast<long long>(update.ms), static_cast<long long>(update.maxBlockMs),
                update.result.removed);

    const Timed tx = writeThroughWorker(*writer, listing(MirrorList::AccountTransactions, txns));
    if (failed("transaction upsert", tx.result.error))
        return 1;
    std::printf("tx_upsert: rows=%d ms=%lld max_block_ms=%lld rows_per_s=%.0f\n",
                tx.result.upserted, static_cast<long long>(tx.ms),
                static_cast<long long>(tx.maxBlockMs),
                tx.ms > 0 ? tx.result.upserted * 1000.0 / tx.ms : 0.0);

    clock.restart();
    const qsizetype txRead = reader->rows(MirrorList::AccountTransactions, bcId, {}, &error).size();
    const qint64 txReadMs = clock.elapsed();
    if (failed("transaction read", error))
        return 1;
    std::printf("tx_read: rows=%lld ms=%lld\n", static_cast<long long>(txRead),
                static_cast<long long>(txReadMs));

    // Closes the worker's connection, then folds the WAL into the file before measuring it.
    writer.reset();
    qint64 dbBytes = 0;
    if (postgres) {
        QSqlQuery size(reader->connection().database());
        if (size.exec(u"SELECT pg_total_relation_size('ad_accounts') "
                      u"+ pg_total_relation_size('account_transactions')"_s)
            && size.next())
            dbBytes = size.value(0).toLongLong();
        std::printf("size: ad_accounts+account_transactions bytes=%lld (whole tables, every "
                    "BC on the server)\n",
                    static_cast<long long>(dbBytes));
    } else {
        const qint64 walBefore = fileSize(dbPath + u"-wal"_s);
        if (failed("checkpoint", reader->connection().run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)))
            return 1;
        dbBytes = fileSize(dbPath) + fileSize(dbPath + u"-wal"_s);
        std::printf("size: db=%lld wal=%lld (before checkpoint %lld)\n",
                    static_cast<long long>(fileSize(dbPath)),
                    static_cast<long long>(fileSize(dbPath + u"-wal"_s)),
                    static_cast<long long>(walBefore));
    }

    std::printf("store_bench: upsert_rows=%d upsert_ms=%lld read_ms=%lld tx_upsert_rows=%d "
                "tx_upsert_ms=%lld max_block_ms=%lld db_bytes=%lld\n",
                insert.result.upserted, static_cast<long long>(insert.ms),
                static_cast<long long>(readMs), tx.result.upserted, static_cast<long long>(tx.ms),
                static_cast<long long>(insert.maxBlockMs), static_cast<long long>(dbBytes));
    return 0;
}
