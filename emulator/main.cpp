// bc-emulator: the emulator as a standalone local server, for manual runs, the CLI and tests.
#include "emulatorconfig.h"
#include "emulatorserver.h"
#include "offscreenplatform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int exitUsage = 2;
constexpr int exitCannotListen = 1;

// Self-pipe: the signal handler only write()s a byte (async-signal-safe); the event loop sees the
// socket become readable and quits normally, so destructors run and the summary gets printed.
int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
           && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "bc-emulator: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
}

// Parses a non-negative decimal option within [min, max]; reports and returns false otherwise.
bool parseNumber(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                 qint64 *result)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        printError(u"--"_s + name + u" must be a number from "_s + QString::number(min) + u" to "_s
                   + QString::number(max) + u", got \""_s + parser.value(name) + u"\"."_s);
        return false;
    }
    *result = value;
    return true;
}

// --latency MS, MS±JITTER or MS+-JITTER (the ASCII spelling for shells without UTF-8).
bool parseLatency(const QString &text, int *latencyMs, int *jitterMs)
{
    static const QRegularExpression shape(u"^(\\d{1,6})(?:(?:\u00B1|\\+-)(\\d{1,6}))?$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    constexpr int maxMs = 600000;
    if (match.hasMatch()) {
        const int latency = match.captured(1).toInt();
        const int jitter = match.hasCaptured(2) ? match.captured(2).toInt() : 0;
        if (latency <= maxMs && jitter <= maxMs) {
            *latencyMs = latency;
            *jitterMs = jitter;
            return true;
        }
    }
    printError(u"--latency must be milliseconds from 0 to 600000, optionally with a jitter "
               u"(150, 150\u00B150 or 150+-50), got \""_s
               + text + u"\"."_s);
    return false;
}

bool parseFaultRate(const QString &text, double *rate)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0)) {
        printError(u"--faults must be a share of requests from 0 to 1 (e.g. 0.05), got \""_s + text
                   + u"\"."_s);
        return false;
    }
    *rate = value;
    return true;
}

bool parseSize(const QString &text, bc::emulator::WorldSize *size)
{
    using bc::emulator::WorldSize;
    if (text == u"small"_s)
        *size = WorldSize::Small;
    else if (text == u"demo"_s)
        *size = WorldSize::Demo;
    else if (text == u"large"_s)
        *size = WorldSize::Large;
    else {
        printError(u"--size must be small, demo or large, got \""_s + text + u"\"."_s);
        return false;
    }
    return true;
}

void printCounts(const QHash<QString, int> &counts)
{
    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys))
        std::fprintf(stderr, "  %6d  %s\n", counts.value(key), key.toLocal8Bit().constData());
}

void printStats(const bc::emulator::EmulatorStats &stats)
{
    std::fprintf(stderr, "bc-emulator: served %d request(s)\n", stats.totalRequests);
    printCounts(stats.requestsByPath);
    std::fprintf(stderr, "bc-emulator: %d rate-limited (40100)\n", stats.rateLimitedRequests);
    printCounts(stats.rateLimitedByPath);
    std::fprintf(stderr, "bc-emulator: %d fault(s) served\n", stats.faultsServed);
    QHash<QString, int> byKind;
    for (auto it = stats.faultsByKind.cbegin(); it != stats.faultsByKind.cend(); ++it)
        byKind.insert(bc::emulator::faultKindName(it.key()), it.value());
    printCounts(byKind);
    printCounts(stats.faultsByPath);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application without a display: invoice PDFs need one (see offscreenplatform.h).
    bc::emulator::preferOffscreenPlatform();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bc-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"A local emulator of the TikTok Business API v1.3 for BC Console."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
            {u"port"_s, u"Port on 127.0.0.1 to listen on; 0 picks a free port."_s, u"N"_s, u"0"_s},
            {u"token"_s, u"The one valid Access-Token (required)."_s, u"T"_s},
            {u"seed"_s, u"Seed of the generated data."_s, u"N"_s, u"1"_s},
            {u"business-centers"_s, u"How many Business Centers the token's user sees."_s, u"N"_s,
             u"12"_s},
            {u"app-id"_s, u"The developer app's id (fake)."_s, u"ID"_s},
            {u"secret"_s, u"The developer app's secret (fake)."_s, u"S"_s},
            {u"size"_s, u"How much data: small, demo or large."_s, u"S"_s, u"demo"_s},
            {u"qps"_s, u"The app's requests per second; 0 = no limit. QPM follows as 60 x QPS."_s,
             u"N"_s, u"10"_s},
            {u"qpm"_s, u"The app's requests per minute, if not 60 x QPS; 0 = no limit."_s, u"N"_s},
            {u"sandbox"_s,
             u"Sandbox mode: 1 request/s and 30/min per endpoint; 40009 for endpoints the sandbox "
             u"lacks."_s},
            {u"latency"_s, u"Delay of every answer: MS, MS\u00B1JITTER or MS+-JITTER."_s, u"MS"_s,
             u"0"_s},
            {u"faults"_s, u"Share of requests (0 to 1) answered with a random fault."_s, u"RATE"_s,
             u"0"_s},
            {u"verbose"_s, u"Log one line per request to stderr (never the token)."_s},
    });
    parser.process(app);

    if (!parser.isSet(u"token"_s) || parser.value(u"token"_s).isEmpty()) {
        printError(u"--token is required, e.g. bc-emulator --port 8080 --token demo-token"_s);
        return exitUsage;
    }
    qint64 port = 0;
    qint64 seed = 0;
    qint64 businessCenters = 0;
    qint64 qps = 0;
    qint64 qpm = 0;
    int latencyMs = 0;
    int latencyJitterMs = 0;
    double faultRate = 0.0;
    bc::emulator::WorldSize size = bc::emulator::WorldSize::Demo;
    if (!parseNumber(parser, u"port"_s, 0, 65535, &port)
        || !parseNumber(parser, u"seed"_s, 0, 0xFFFFFFFFLL, &seed)
        || !parseNumber(parser, u"business-centers"_s, 0, 100000, &businessCenters)
        || !parseNumber(parser, u"qps"_s, 0, 1000000, &qps)
        || (parser.isSet(u"qpm"_s) && !parseNumber(parser, u"qpm"_s, 0, 60000000, &qpm))
        || !parseSize(parser.value(u"size"_s), &size)
        || !parseLatency(parser.value(u"latency"_s), &latencyMs, &latencyJitterMs)
        || !parseFaultRate(parser.value(u"faults"_s), &faultRate)) {
        return exitUsage;
    }
    for (const QString &name : {u"app-id"_s, u"secret"_s}) {
        if (parser.isSet(name) && parser.value(name).isEmpty()) {
            printError(u"--"_s + name + u" must not be empty."_s);
            return exitUsage;
        }
    }

    if (parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"bc.emulator.debug=true"_s);

    if (!installSignalHandlers()) {
        printError(u"cannot install signal handlers."_s);
        return exitCannotListen;
    }
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto readBytes = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });

    bc::emulator::EmulatorConfig config;
    config.accessToken = parser.value(u"token"_s);
    config.seed = static_cast<quint32>(seed);
    config.size = size;
    // An explicit count wins; with only --size, the size decides (-1).
    if (parser.isSet(u"business-centers"_s) || !parser.isSet(u"size"_s))
        config.businessCenterCount = static_cast<int>(businessCenters);
    else
        config.businessCenterCount = -1;
    if (parser.isSet(u"app-id"_s))
        config.appId = parser.value(u"app-id"_s);
    if (parser.isSet(u"secret"_s))
        config.secret = parser.value(u"secret"_s);
    config.qps = static_cast<int>(qps);
    config.qpm = static_cast<int>(parser.isSet(u"qpm"_s) ? qpm : qps * 60);
    config.sandbox = parser.isSet(u"sandbox"_s);
    config.latencyMs = latencyMs;
    config.latencyJitterMs = latencyJitterMs;
    config.faultRate = faultRate;
    bc::emulator::EmulatorServer server(config);
    if (server.listenOnLoopback(static_cast<quint16>(port)) == 0) {
        printError(u"cannot listen on 127.0.0.1:"_s + QString::number(port) + u": "_s
                   + server.errorString());
        return exitCannotListen;
    }

    // The first stdout line is the contract with scripts and tests that start us: flush it now.
    std::printf("listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);

    const int result = QCoreApplication::exec();
    printStats(server.stats());
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return result;
}
