// Fetches every Business Center of a large generated world through the API client, once with the
// endpoint's largest page size and once with the API's default of 10, and prints the figures.
//
//   bc_list_bench [--business-centers N] [--rounds R]

#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Round
{
    qint64 ms = 0;
    int pages = 0;
    qsizetype rows = 0;
    bool ok = false;
};

Round fetchOnce(bc::api::ApiClient &client, int pageSize)
{
    Round round;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bc::api::BusinessCenterQuery query;
    query.pageSize = pageSize;
    bc::api::ListFetch *fetch = client.fetchBusinessCenters(
            query, &loop, [&](const bc::api::Result<QList<bc::domain::BusinessCenter>> &result) {
                round.ms = clock.elapsed();
                round.ok = result.ok();
                if (result.ok())
                    round.rows = result.value().size();
                loop.quit();
            });
    QObject::connect(fetch, &bc::api::ListFetch::progress, &loop,
                     [&round](int done, int) { round.pages = done; });
    loop.exec();
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"business-centers"_s, u"BCs in the world"_s, u"n"_s,
                                         u"2000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"repetitions per page size"_s, u"n"_s,
                                          u"5"_s);
    parser.addOptions({countOption, roundsOption});
    parser.process(application);
    const int count = parser.value(countOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    bc::emulator::EmulatorConfig config;
    config.accessToken = u"fake-bench-token"_s;
    config.businessCenterCount = count;
    // Measures paging, not the default tier's 10 requests per second.
    config.qps = 0;
    config.qpm = 0;
    bc::emulator::EmulatorHost host(config);
    if (!host.start()) {
        std::fprintf(stderr, "bc_list_bench: the emulator could not start\n");
        return 1;
    }
    bc::api::ApiClient client(bc::api::Environment::custom(host.baseUrl()));
    client.setAccessToken(config.accessToken);
    // Nor the client's budget: both windows off.
    bc::api::RequestScheduler::Limits limits;
    limits.perSecond = 0;
    limits.perMinute = 0;
    client.scheduler()->setLimits(limits);

    QList<qint64> best;
    Round last;
    for (const int pageSize : {50, 10}) {
        qint64 fastest = -1;
        for (int i = 0; i < rounds; ++i) {
            last = fetchOnce(client, pageSize);
            if (!last.ok || last.rows != count) {
                std::fprintf(stderr, "bc_list_bench: fetch failed (rows %lld of %d)\n",
                             static_cast<long long>(last.rows), count);
                return 1;
            }
            fastest = fastest < 0 ? last.ms : std::min(fastest, last.ms);
        }
        std::printf("page_size=%d pages=%d best_ms=%lld rows_per_s=%.0f\n", pageSize, last.pages,
                    static_cast<long long>(fastest), fastest > 0 ? count * 1000.0 / fastest : 0.0);
        best.append(fastest);
    }
    std::printf(
            "bc_list_bench: business_centers=%d rounds=%d max_page_ms=%lld default_page_ms=%lld "
            "speedup=%.2f\n",
            count, rounds, static_cast<long long>(best.at(0)), static_cast<long long>(best.at(1)),
            best.at(0) > 0 ? double(best.at(1)) / double(best.at(0)) : 0.0);
    return 0;
}
