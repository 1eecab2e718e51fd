// bc-emulator: the emulator as a standalone local server, for manual runs, the CLI and tests.
#include "emulatorconfig.h"
#include "emulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
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

void printStats(const bc::emulator::EmulatorStats &stats)
{
    std::fprintf(stderr, "bc-emulator: served %d request(s)\n", stats.totalRequests);
    QStringList paths = stats.requestsByPath.keys();
    std::sort(paths.begin(), paths.end());
    for (const QString &path : std::as_const(paths)) {
        std::fprintf(stderr, "  %6d  %s\n", stats.requestsByPath.value(path),
                     path.toLocal8Bit().constData());
    }
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    if (!parseNumber(parser, u"port"_s, 0, 65535, &port)
        || !parseNumber(parser, u"seed"_s, 0, 0xFFFFFFFFLL, &seed)
        || !parseNumber(parser, u"business-centers"_s, 0, 100000, &businessCenters)) {
        return exitUsage;
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
    config.businessCenterCount = static_cast<int>(businessCenters);
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
