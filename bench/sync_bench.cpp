// Fetches every ad account of one Business Center from the in-process emulator (on its own thread,
// with the app's rate limit and a network-like latency) twice: with ApiClient's "fetch all"
// (concurrent pages within the budget), then with a plain sequential pager (one request at a time,
// the next page after the previous, as the official SDKs are used). Prints the figures; the last
// line is the summary:
//
//   sync_bench: accounts=N requests=R floor_s=F client_s=C ratio=C/F sequential_s=S speedup=S/C
//               ratelimit_hits=H
//
// F = R / Q is the rate limit's floor: no client can list N accounts in R pages faster.
//
//   sync_bench [--accounts N] [--latency MS] [--qps Q]

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"
#include "emulator/offscreenplatform.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int pageSize = 50; // /bc/asset/get/'s largest
const QString token = u"fake-bench-token"_s;

struct Phase
{
    double seconds = 0;
    int requests = 0;
    qsizetype rows = 0;
    int rateLimitHits = 0;
    QString error;
};

int rateLimited(const bc::emulator::EmulatorHost &host)
{
    return host.stats().rateLimitedRequests;
}

// Waits until both rate windows of the emulator have forgotten the previous phase.
void letWindowsClear(int seconds)
{
    QThread::sleep(static_cast<unsigned long>(seconds));
}

QString firstBusinessCenter(bc::api::ApiClient &client)
{
    QString bcId;
    QEventLoop loop;
    bc::api::ApiCall *call = client.send(bc::api::ApiRequest::get(u"bc/get/"_s));
    QObject::connect(call, &bc::api::ApiCall::finished, &loop, [&] {
        if (call->result().ok()) {
            const QJsonArray list = call->result().value().data.value("list"_L1).toArray();
            if (!list.isEmpty()) {
                const QJsonValue id =
                        list.first().toObject().value("bc_info"_L1).toObject().value("bc_id"_L1);
                bcId = id.isString() ? id.toString() : QString::number(id.toInteger());
            }
        }
        loop.quit();
    });
    loop.exec();
    return bcId;
}

Phase fetchWithClient(const bc::emulator::EmulatorHost &host, const QString &bcId, int qps)
{
    bc::api::ApiClient client(bc::api::Environment::custom(host.baseUrl()));
    client.setAccessToken(token);
    bc::api::RequestScheduler::Limits limits;
    limits.perSecond = qps;
    limits.perMinute = qps * 60;
    client.scheduler()->setLimits(limits);

    bc::api::ApiRequest request = bc::api::ApiRequest::get(u"bc/asset/get/"_s);
    request.addQuery(u"bc_id"_s, bcId);
    request.addQuery(u"asset_type"_s, u"ADVERTISER"_s);

    Phase phase;
    const int limitedBefore = rateLimited(host);
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bc::api::ListFetch *fetch = client.fetchAll(request, u"list"_s, pageSize);
    QObject::connect(fetch, &bc::api::ListFetch::finished, &loop, &QEventLoop::quit);
    fetch->start();
    loop.exec();
    phase.seconds = double(clock.nsecsElapsed()) / 1e9;
    phase.requests = fetch->requestCount();
    phase.rows = fetch->items().size();
    phase.rateLimitHits = rateLimited(host) - limitedBefore;
    if (fetch->error())
        phase.error = fetch->error()->details();
    return phase;
}

// One request at a time, each page after the previous; on 40100 it waits a second and asks again.
Phase fetchSequentially(const bc::emulator::EmulatorHost &host, const QString &bcId)
{
    QNetworkAccessManager network;
    Phase phase;
    const int limitedBefore = rateLimited(host);
    QElapsedTimer clock;
    clock.start();
    int page = 1;
    int totalPages = 1;
    while (page <= totalPages) {
        QUrl url = host.baseUrl().resolved(QUrl(u"v1.3/bc/asset/get/"_s));
        QUrlQuery query;
        query.addQueryItem(u"bc_id"_s, bcId);
        query.addQueryItem(u"asset_type"_s, u"ADVERTISER"_s);
        query.addQueryItem(u"page"_s, QString::number(page));
        query.addQueryItem(u"page_size"_s, QString::number(pageSize));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Access-Token", token.toUtf8());
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ++phase.requests;
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const int code = body.value("code"_L1).toInt(-1);
        if (code == 40100) {
            QThread::msleep(1000);
            continue;
        }
        if (code != 0) {
            phase.error = u"page %1 answered code %2"_s.arg(page).arg(code);
            break;
        }
        const QJsonObject data = body.value("data"_L1).toObject();
        phase.rows += data.value("list"_L1).toArray().size();
        totalPages = data.value("page_info"_L1).toObject().value("total_page"_L1).toInt();
        ++page;
    }
    phase.seconds = double(clock.nsecsElapsed()) / 1e9;
    phase.rateLimitHits = rateLimited(host) - limitedBefore;
    return phase;
}

void printPhase(const char *name, const Phase &phase)
{
    std::printf("%s: requests=%d rows=%lld seconds=%.2f ratelimit_hits=%d\n", name, phase.requests,
                static_cast<long long>(phase.rows), phase.seconds, phase.rateLimitHits);
}

} // namespace

int main(int argc, char *argv[])
{
    // The emulator's world includes invoice PDFs, which need a QGuiApplication (never a display).
    bc::emulator::preferOffscreenPlatform();
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Ad-account listing speed against the rate-limit floor."_s);
    parser.addHelpOption();
    const QCommandLineOption accountsOption(u"accounts"_s, u"ad accounts in the BC"_s, u"N"_s,
                                            u"5000"_s);
    const QCommandLineOption latencyOption(u"latency"_s, u"ms added to every answer"_s, u"MS"_s,
                                           u"150"_s);
    const QCommandLineOption qpsOption(u"qps"_s, u"the app's requests per second (both sides)"_s,
                                       u"Q"_s, u"10"_s);
    parser.addOptions({accountsOption, latencyOption, qpsOption});
    parser.process(application);
    const int accounts = parser.value(accountsOption).toInt();
    const int latency = parser.value(latencyOption).toInt();
    const int qps = parser.value(qpsOption).toInt();
    if (accounts < 1 || latency < 0 || qps < 1) {
        std::fprintf(stderr, "sync_bench: --accounts and --qps must be >= 1, --latency >= 0\n");
        return 2;
    }

    bc::emulator::EmulatorConfig config;
    config.accessToken = token;
    config.size = bc::emulator::WorldSize::Large;
    config.businessCenterCount = 1;
    config.largeAdAccountCount = accounts;
    config.qps = qps;
    config.qpm = qps * 60;
    config.latencyMs = latency;
    bc::emulator::EmulatorHost host(config);
    if (!host.start()) {
        std::fprintf(stderr, "sync_bench: the emulator could not start: %s\n",
                     qPrintable(host.errorString()));
        return 1;
    }

    QString bcId;
    {
        bc::api::ApiClient client(bc::api::Environment::custom(host.baseUrl()));
        client.setAccessToken(token);
        bcId = firstBusinessCenter(client);
    }
    if (bcId.isEmpty()) {
        std::fprintf(stderr, "sync_bench: no Business Center to list\n");
        return 1;
    }
    const int minimumPages = (accounts + pageSize - 1) / pageSize;

    letWindowsClear(2);
    const Phase client = fetchWithClient(host, bcId, qps);
    printPhase("client", client);
    letWindowsClear(2);
    const Phase sequential = fetchSequentially(host, bcId);
    printPhase("sequential", sequential);

    for (const Phase *phase : {&client, &sequential}) {
        if (!phase->error.isEmpty() || phase->rows != accounts) {
            std::fprintf(stderr, "sync_bench: listing failed (%lld of %d rows): %s\n",
                         static_cast<long long>(phase->rows), accounts, qPrintable(phase->error));
            return 1;
        }
    }
    if (client.requests != minimumPages) {
        std::fprintf(stderr, "sync_bench: %d requests, but %d pages would do\n", client.requests,
                     minimumPages);
    }
    const double floor = double(client.requests) / qps;
    std::printf("sync_bench: accounts=%d requests=%d floor_s=%.2f client_s=%.2f ratio=%.3f "
                "sequential_s=%.2f speedup=%.2f ratelimit_hits=%d\n",
                accounts, client.requests, floor, client.seconds, client.seconds / floor,
                sequential.seconds, sequential.seconds / client.seconds, client.rateLimitHits);
    return client.requests == minimumPages ? 0 : 1;
}
