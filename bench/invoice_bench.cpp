// Downloads 200 invoices of 2 MiB each from the in-process emulator through InvoiceDownloader
// (per-invoice requests, streamed through QSaveFile into a staging folder, hashed, renamed) and
// measures how much the process's peak resident memory grows meanwhile. The emulator renders each
// invoice as usually and the bench pads the PDF to exactly 2 MiB (comment lines before a repeated
// trailer, so it stays a valid PDF) through EmulatorServer::addEndpoint, its extension hook.
// Prints the figures; the last line is the summary:
//
//   invoice_bench: invoices=200 bytes_each=2097152 seconds=S peak_growth_mb=M
//
// Peak growth = VmHWM after the run - VmRSS before it, with the high-water mark reset just before
// the run (/proc/self/clear_refs), so the emulator's world generation does not hide it. The
// emulator shares the process: its answer buffers count too.
//
//   invoice_bench [--invoices N] [--concurrent C]

#include "core/api/apiclient.h"
#include "core/downloads/invoicedownloader.h"
#include "emulator/emulatorserver.h"
#include "emulator/endpointregistry.h"
#include "emulator/offscreenplatform.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using bc::downloads::InvoiceDownloader;
using bc::downloads::InvoiceDownloadItem;
using bc::downloads::InvoiceDownloadOptions;
using bc::downloads::InvoiceDownloadSummary;

namespace {

constexpr qint64 bytesEach = 2 * 1024 * 1024;
const QString token = u"fake-invoice-bench-token"_s;

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when unreadable.
qint64 statusKib(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux 4.0+); false when the kernel refuses.
bool resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// The PDF grown to exactly `size` bytes: comment lines, then the same startxref and %%EOF again,
// so a reader looking from the end finds the original cross-reference table.
QByteArray padPdf(const QByteArray &pdf, qint64 size)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return pdf;
    const QByteArray offset = pdf.mid(at + 9).trimmed().split('\n').value(0).trimmed();
    const QByteArray trailer = "\nstartxref\n" + offset + "\n%%EOF\n";
    qint64 room = size - pdf.size() - trailer.size();
    if (room < 0)
        return pdf;
    QByteArray padded;
    padded.reserve(size);
    padded += pdf;
    while (room > 0) {
        const qint64 line = std::min<qint64>(room, 100);
        if (line == 1) {
            padded += '\n';
        } else {
            padded += '%';
            padded += QByteArray(line - 2, 'x');
            padded += '\n';
        }
        room -= line;
    }
    padded += trailer;
    return padded;
}

} // namespace

int main(int argc, char *argv[])
{
    // The emulator renders invoice PDFs with QPdfWriter: a QGuiApplication, never a display.
    bc::emulator::preferOffscreenPlatform();
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Memory and time of 200 per-invoice downloads of 2 MiB."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"invoices"_s, u"invoices to download"_s, u"N"_s,
                                         u"200"_s);
    const QCommandLineOption concurrentOption(u"concurrent"_s, u"invoices in flight"_s, u"C"_s,
                                              u"2"_s);
    parser.addOptions({countOption, concurrentOption});
    parser.process(application);
    const int count = parser.value(countOption).toInt();
    const int concurrent = parser.value(concurrentOption).toInt();
    if (count < 1 || concurrent < 1) {
        std::fprintf(stderr, "invoice_bench: --invoices and --concurrent must be >= 1\n");
        return 2;
    }

    bc::emulator::EmulatorConfig config;
    config.accessToken = token;
    config.size = bc::emulator::WorldSize::Large; // one BC with 2,000 invoices
    config.businessCenterCount = 1;
    config.largeAdAccountCount = 10;
    config.qps = 0; // the bench measures the client, not the rate limit
    config.qpm = 0;
    bc::emulator::EmulatorServer server(config);
    if (server.listenOnLoopback() == 0) {
        std::fprintf(stderr, "invoice_bench: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString downloadPath = u"bc/invoice/download/"_s;
    bc::emulator::Endpoint endpoint =
            *bc::emulator::EndpointRegistry::withAllEndpoints().find(downloadPath);
    const auto render = endpoint.handler;
    endpoint.handler = [render](bc::emulator::World &world,
                                const bc::emulator::EmulatorRequest &request) {
        bc::emulator::EmulatorReply reply = render(world, request);
        if (reply.isRaw())
            reply.rawBody = padPdf(reply.rawBody, bytesEach);
        return reply;
    };
    server.addEndpoint(downloadPath, endpoint);

    QList<InvoiceDownloadItem> items;
    const auto &centers = server.world().businessCenters();
    if (!centers.isEmpty()) {
        const auto &center = centers.first();
        for (const auto &invoice : center.invoices) {
            if (invoice.status != u"DELETED"_s && items.size() < count)
                items.append({center.bcId, center.name, invoice.invoiceId, invoice.serialNumber,
                              QDateTime::fromSecsSinceEpoch(invoice.sendDate, Qt::UTC)});
        }
    }
    if (items.size() < count) {
        std::fprintf(stderr, "invoice_bench: the emulator has only %d invoices\n",
                     int(items.size()));
        return 1;
    }

    QTemporaryDir dir;
    bc::api::ApiClient client(bc::api::Environment::custom(server.baseUrl()));
    client.setAccessToken(token);
    InvoiceDownloader downloader(client);
    InvoiceDownloadOptions options;
    options.folder = dir.filePath(u"invoices"_s);
    options.maxConcurrent = concurrent;
    downloader.setOptions(options);
    InvoiceDownloadSummary summary;
    QEventLoop loop;
    QObject::connect(&downloader, &InvoiceDownloader::finished, &loop,
                     [&](const InvoiceDownloadSummary &done) {
                         summary = done;
                         loop.quit();
                     });

    const bool peakReset = resetPeak();
    const qint64 rssBefore = statusKib("VmRSS");
    const qint64 hwmBefore = statusKib("VmHWM");
    QElapsedTimer timer;
    timer.start();
    if (!downloader.downloadAll(items)) {
        std::fprintf(stderr, "invoice_bench: %s\n", qPrintable(downloader.errorString()));
        return 1;
    }
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 hwmAfter = statusKib("VmHWM");
    const qint64 rssAfter = statusKib("VmRSS");

    int whole = 0;
    QDirIterator it(options.folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (QFileInfo(it.next()).size() == bytesEach)
            ++whole;
    }
    std::printf("invoice_bench: downloaded=%d failed=%d whole_files=%d\n", summary.downloaded,
                summary.failed, whole);
    std::printf("invoice_bench: rss_before_kib=%lld hwm_before_kib=%lld hwm_after_kib=%lld "
                "rss_after_kib=%lld peak_reset=%s\n",
                static_cast<long long>(rssBefore), static_cast<long long>(hwmBefore),
                static_cast<long long>(hwmAfter), static_cast<long long>(rssAfter),
                peakReset ? "yes" : "no");
    if (summary.downloaded != count || whole != count) {
        std::fprintf(stderr, "invoice_bench: not every invoice arrived whole\n");
        return 1;
    }
    const qint64 base = peakReset ? rssBefore : hwmBefore;
    const double growthMb = double(std::max<qint64>(0, hwmAfter - base)) / 1024.0;
    std::printf("invoice_bench: invoices=%d bytes_each=%lld seconds=%.2f peak_growth_mb=%.1f\n",
                count, static_cast<long long>(bytesEach), seconds, growthMb);
    return 0;
}
