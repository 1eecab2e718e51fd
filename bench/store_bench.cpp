// Writes a burst of generated API rows into a throwaway mirror through MirrorWriter (its worker
// thread, its own connection) while the main thread runs its event loop, reads them back on the
// main thread, and prints the times, the longest main-thread block and the database size.
//
//   store_bench [--accounts N] [--transactions N] [--postgres CONNINFO]

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

namespace {

const QString demoApi = u"https://sandbox-ads.tiktok.com/open_api/"_s;

// A 19-digit id like the API's (7 followed by 18 digits).
QString longId(qint64 base, qint64 n)
{
    return u"7"_s + QString::number(base + n).rightJustified(18, u'0');
}

// /bc/asset/get/ asset_type=ADVERTISER rows.
QList<QJsonObject> adAccounts(int count)
{
    static const QStringList roles = {u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s};
    static const QStringList statuses = {u"STATUS_ENABLE"_s, u"STATUS_DISABLE"_s,
                                         u"STATUS_PENDING_CONFIRM"_s, u"STATUS_LIMIT"_s};
    static const QStringList names = {u"Boutique Élodie"_s, u"Магазин «Север»"_s, u"東京ストア"_s,
                                      u"Café Ñandú ☕"_s, u"Plain Shop"_s};
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        rows.append(QJsonObject{
                {u"asset_id"_s, longId(123456789000000000, i)},
                {u"asset_name"_s,
                 QString(names.at(i % names.size()) + u" #"_s + QString::number(i))},
                {u"asset_type"_s, u"ADVERTISER"_s},
                {u"advertiser_role"_s, roles.at(i % roles.size())},
                {u"advertiser_status"_s, statuses.at(i % statuses.size())},
                {u"advertiser_account_type"_s, i % 7 == 0 ? u"RESERVATION"_s : u"AUCTION"_s},
                {u"owner_bc_name"_s, i % 3 == 0 ? u"Partner BC Ünited"_s : u"Demo BC"_s},
                {u"relation_type"_s, i % 3 == 0 ? u"OWNER_BC_ASSIGNED"_s : u"OWN"_s},
                {u"relation_status"_s, u"ACTIVE"_s},
                {u"pay_type"_s, i % 2 == 0 ? u"PREPAY"_s : u"POSTPAY"_s},
                {u"create_time"_s, 1700000000 + i * 60},
        });
    }
    return rows;
}

// /bc/account/transaction/get/ rows (amounts as strings and as numbers, like the API's).
QList<QJsonObject> transactions(int count, int accounts)
{
    static const QStringList currencies = {u"USD"_s, u"EUR"_s, u"JPY"_s};
    static const QStringList types = {u"RECHARGE"_s, u"TRANSFER_IN"_s, u"TRANSFER_OUT"_s,
                                      u"CONSUME"_s};
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int account = i % std::max(1, accounts);
        const qint64 cents = 100 + (qint64(i) * 7919) % 1000000;
        const QString amount = QString::number(cents / 100) + u'.'
                               + QString::number(cents % 100).rightJustified(2, u'0');
        rows.append(QJsonObject{
                {u"transaction_id"_s, longId(456000000000000000, i)},
                {u"payment_portfolio_id"_s, QJsonValue::Null},
                {u"account_id"_s, longId(123456789000000000, account)},
                {u"account_name"_s, QString(u"Café Ñandú ☕ #"_s + QString::number(account))},
                {u"bc_id"_s, longId(0, 42)},
                {u"bc_name"_s, u"Demo BC"_s},
                {u"amount"_s, i % 2 == 0 ? QJsonValue(amount) : QJsonValue(cents / 100.0)},
                {u"subtotal"_s, amount},
                {u"tax_amount"_s, u"0.00"_s},
                {u"currency"_s, currencies.at(i % currencies.size())},
                {u"amount_type"_s, i % 5 == 0 ? u"DECREASE"_s : u"INCREASE"_s},
                {u"transaction_type"_s, types.at(i % types.size())},
                {u"billing_type"_s, i % 2 == 0 ? u"CASH"_s : u"CREDIT"_s},
                {u"timezone"_s, u"+08:00"_s},
                {u"create_time"_s,
                 start.addSecs(qint64(i) * 37).toString(u"yyyy-MM-dd HH:mm:ss"_s)},
                {u"invoice_id"_s, i % 4 == 0 ? QJsonValue(longId(789000000000000000, i / 4))
                                             : QJsonValue(QJsonValue::Null)},
                {u"serial_number"_s, QJsonValue::Null},
        });
    }
    return rows;
}

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
