#include "cli/commands/invoicedownloadcommand.h"

#include "cli/console.h"
#include "cli/listfilteroptions.h"
#include "cli/listresources.h"
#include "cli/rowprinter.h"
#include "core/api/apiclient.h"
#include "core/api/decoders/invoicedecoder.h"
#include "core/api/endpoints/businesscenterendpoints.h"
#include "core/api/endpoints/invoiceendpoints.h"
#include "core/api/jsonfields.h"
#include "core/api/listfetch.h"
#include "core/downloads/invoicebatchdownloader.h"
#include "core/downloads/invoicedownloader.h"
#include "core/downloads/invoicedownloadoutcome.h"
#include "core/downloads/invoicedownloadsummary.h"
#include "core/downloads/invoicefilenamer.h"
#include "core/store/mirrorstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

constexpr int filters =
        ListResource::PayStatus | ListResource::InvoiceType | ListResource::DateRange;

const QStringList columns{u"invoice_id"_s, u"serial_number"_s, u"outcome"_s, u"path"_s,
                          u"sha256"_s,     u"bytes"_s,         u"error"_s};

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(u"^\\d{1,32}$"_s);
    return digits.match(text).hasMatch();
}

// bcctl's outcome words: the core's keys in snake_case ("saved_beside").
QString outcomeName(downloads::InvoiceDownloadOutcome outcome)
{
    return downloads::invoiceDownloadOutcomeKey(outcome).replace(u'-', u'_');
}

QString label(const downloads::InvoiceDownloadItem &item)
{
    return item.serialNumber.isEmpty() ? item.invoiceId : item.serialNumber;
}

} // namespace

InvoiceDownloadCommand::InvoiceDownloadCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

InvoiceDownloadCommand::~InvoiceDownloadCommand()
{
    // The downloaders use the base's client and mirror.
    m_batchDownloader.reset();
    m_downloader.reset();
}

const ListResource &InvoiceDownloadCommand::invoiceList()
{
    for (const ListResource &resource : ListResources::all()) {
        if (resource.list == store::MirrorList::Invoices)
            return resource;
    }
    qFatal("bcctl has no invoice list");
}

QList<QCommandLineOption> InvoiceDownloadCommand::options() const
{
    QList<QCommandLineOption> options{
            QCommandLineOption(u"bc"_s, tr("The Business Center's id (required)."), tr("id")),
            QCommandLineOption(u"invoice"_s, tr("Download this invoice (by its invoice_id)."),
                               tr("id")),
            QCommandLineOption(u"all"_s,
                               tr("Download every invoice the filters select (all without "
                                  "filters).")),
            QCommandLineOption(u"out"_s,
                               tr("The folder the files go to (required; created when missing)."),
                               tr("dir")),
            QCommandLineOption(
                    u"name-template"_s,
                    tr("Where each file goes below --out (default %1). Placeholders: %2; unsafe "
                       "characters become “_”.")
                            .arg(downloads::InvoiceDownloadOptions::defaultNameTemplate,
                                 u"{"_s
                                         + downloads::InvoiceFileNamer::placeholders().join(
                                                 u"}, {"_s)
                                         + u"}"_s),
                    tr("template")),
            QCommandLineOption(u"no-resume"_s,
                               tr("Ask the API again for invoices already downloaded into --out "
                                  "(by default they are skipped when the file is unchanged).")),
            QCommandLineOption(u"batch-threshold"_s,
                               tr("With --all, download through one invoice task (a zip) per "
                                  "Business Center when at least N invoices are selected "
                                  "(default %1).")
                                       .arg(defaultBatchThreshold),
                               tr("N")),
            QCommandLineOption(u"no-batch"_s,
                               tr("Download every invoice with its own request, never through "
                                  "an invoice task.")),
    };
    options.append(ListFilterOptions::options(filters, u"send_date"_s));
    return options;
}

bool InvoiceDownloadCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    if (globalOptions().offline) {
        *error = tr("invoices download needs the API: it cannot run with --offline.");
        return false;
    }
    m_bcId = parser.value(u"bc"_s).trimmed();
    if (m_bcId.isEmpty()) {
        *error = tr("invoices download needs --bc ID, the Business Center of the invoices.");
        return false;
    }
    if (!isDigits(m_bcId)) {
        *error = tr("--bc needs the Business Center's numeric id, not “%1”.").arg(m_bcId);
        return false;
    }
    const bool all = parser.isSet(u"all"_s);
    if (all == parser.isSet(u"invoice"_s)) {
        *error = tr("invoices download needs either --invoice ID or --all.");
        return false;
    }
    if (!all) {
        m_invoiceId = parser.value(u"invoice"_s).trimmed();
        if (!isDigits(m_invoiceId)) {
            *error = tr("--invoice needs the invoice's numeric id, not “%1”.").arg(m_invoiceId);
            return false;
        }
        if (const QStringList given = ListFilterOptions::given(parser, filters); !given.isEmpty()) {
            *error = tr("--%1 selects invoices for --all; it cannot go with --invoice.")
                             .arg(given.first());
            return false;
        }
    }
    m_folder = parser.value(u"out"_s);
    if (m_folder.isEmpty()) {
        *error = tr("invoices download needs --out DIR, the folder the files go to.");
        return false;
    }
    m_folder = QDir(m_folder).absolutePath();
    m_nameTemplate = parser.isSet(u"name-template"_s)
                             ? parser.value(u"name-template"_s)
                             : downloads::InvoiceDownloadOptions::defaultNameTemplate;
    if (const downloads::InvoiceFileNamer namer(m_nameTemplate); !namer.isValid()) {
        *error = tr("--name-template: %1").arg(namer.errorString());
        return false;
    }
    m_resume = !parser.isSet(u"no-resume"_s);
    m_batchThreshold = defaultBatchThreshold;
    if (parser.isSet(u"batch-threshold"_s)) {
        bool ok = false;
        m_batchThreshold = parser.value(u"batch-threshold"_s).trimmed().toInt(&ok);
        if (!ok || m_batchThreshold < 1) {
            *error = tr("--batch-threshold needs a whole number of invoices (1 or more), not “%1”.")
                             .arg(parser.value(u"batch-threshold"_s));
            return false;
        }
        if (parser.isSet(u"no-batch"_s)) {
            *error = tr("--batch-threshold and --no-batch cannot go together.");
            return false;
        }
    }
    if (parser.isSet(u"no-batch"_s))
        m_batchThreshold = 0;
    return ListFilterOptions::read(parser, filters, &m_filter, error);
}

void InvoiceDownloadCommand::run()
{
    // The mirror first: it keeps what was downloaded (resume) and the request log.
    if (!openStore() || !connectToApi())
        return;
    resolveBcName([this] {
        if (m_invoiceId.isEmpty())
            selectAll();
        else
            selectOne();
    });
}

void InvoiceDownloadCommand::resolveBcName(const std::function<void()> &then)
{
    store::StoreError error;
    const QList<store::MirrorRow> rows =
            mirror()->rows(store::MirrorList::BusinessCenters, QString(), std::nullopt, &error);
    for (const store::MirrorRow &row : rows) {
        const QJsonObject info = row.raw.value(u"bc_info"_s).toObject();
        if (api::json::text(info.value(u"bc_id"_s)) == m_bcId) {
            m_bcName = api::json::text(info.value(u"name"_s));
            if (!m_bcName.isEmpty()) {
                then();
                return;
            }
        }
    }
    api::BusinessCenterQuery query;
    query.bcId = m_bcId;
    const api::ListSpec spec = api::BusinessCenterEndpoints::listSpec();
    api::ListFetch *fetch = client()->fetchAll(api::BusinessCenterEndpoints::listRequest(query),
                                               spec.listKey, spec.maxPageSize);
    fetch->setAlternativeListKeys(spec.alternativeKeys);
    connect(fetch, &api::ListFetch::finished, this, [this, fetch, then] {
        fetch->deleteLater();
        if (!fetch->error()) {
            for (const QJsonObject &row : fetch->items()) {
                const QJsonObject info = row.value(u"bc_info"_s).toObject();
                if (api::json::text(info.value(u"bc_id"_s)) == m_bcId)
                    m_bcName = api::json::text(info.value(u"name"_s));
            }
        }
        if (m_bcName.isEmpty()) {
            Console::note(tr("the name of Business Center %1 is unknown%2: {bc_name} is its id")
                                  .arg(m_bcId,
                                       fetch->error()
                                               ? u" ("_s + Console::describe(*fetch->error()) + u')'
                                               : QString()));
        }
        then();
    });
    fetch->start();
}

void InvoiceDownloadCommand::selectAll()
{
    const ListResource &resource = invoiceList();
    const api::ListSpec &spec = resource.listSpec;
    api::ListFetch *fetch =
            client()->fetchAll(resource.request(m_bcId, m_filter), spec.listKey, spec.maxPageSize);
    fetch->setAlternativeListKeys(spec.alternativeKeys);
    connect(fetch, &api::ListFetch::finished, this, [this, fetch, &resource] {
        fetch->deleteLater();
        if (fetch->error()) {
            failApi(*fetch->error());
            return;
        }
        store::ListWrite write;
        write.list = resource.list;
        write.bcId = m_bcId;
        write.rows = fetch->items();
        // A filtered listing says nothing about the rows it left out: it only adds and updates.
        write.complete = m_filter.isEmpty();
        if (const store::ListWriteResult written = mirror()->write(write);
            written.error.isError()) {
            Console::note(tr("the invoice list could not be kept in the local mirror: %1")
                                  .arg(written.error.describe()));
        }
        QList<QJsonObject> rows;
        for (const QJsonObject &row : fetch->items()) {
            if (m_filter.matches(row, resource.dateField))
                rows.append(row);
        }
        QList<domain::Invoice> invoices;
        invoices.reserve(rows.size());
        for (const QJsonObject &row : std::as_const(rows))
            invoices.append(api::InvoiceDecoder::decode(row));
        // Oldest first, as `invoices list` prints them.
        std::stable_sort(invoices.begin(), invoices.end(),
                         [](const domain::Invoice &a, const domain::Invoice &b) {
                             if (a.sendDate != b.sendDate)
                                 return a.sendDate < b.sendDate;
                             return a.invoiceId < b.invoiceId;
                         });
        // A deleted invoice has no file to download (the API answers 40007): it is left out,
        // so that a monthly job does not fail on it every month.
        QList<downloads::InvoiceDownloadItem> items;
        int deleted = 0;
        for (const domain::Invoice &invoice : std::as_const(invoices)) {
            if (invoice.status == u"DELETED"_s)
                ++deleted;
            else if (!invoice.invoiceId.isEmpty())
                items.append(
                        downloads::InvoiceDownloadItem::fromInvoice(invoice, m_bcId, m_bcName));
        }
        if (deleted > 0)
            Console::note(tr("%n deleted invoice(s) left out", nullptr, deleted));
        download(items);
    });
    fetch->start();
}

void InvoiceDownloadCommand::selectOne()
{
    store::StoreError error;
    const QList<store::MirrorRow> rows =
            mirror()->rows(store::MirrorList::Invoices, m_bcId, std::nullopt, &error);
    for (const store::MirrorRow &row : rows) {
        const domain::Invoice invoice = api::InvoiceDecoder::decode(row.raw);
        if (invoice.invoiceId == m_invoiceId) {
            download({downloads::InvoiceDownloadItem::fromInvoice(invoice, m_bcId, m_bcName)});
            return;
        }
    }
    // Not in the mirror: the API's row of that invoice names the file.
    api::InvoiceQuery query;
    query.bcId = m_bcId;
    query.invoiceId = m_invoiceId;
    const api::ListSpec spec = api::InvoiceEndpoints::listSpec();
    api::ListFetch *fetch = client()->fetchAll(api::InvoiceEndpoints::listRequest(query),
                                               spec.listKey, spec.maxPageSize);
    fetch->setAlternativeListKeys(spec.alternativeKeys);
    connect(fetch, &api::ListFetch::finished, this, [this, fetch] {
        fetch->deleteLater();
        downloads::InvoiceDownloadItem item{m_bcId, m_bcName, m_invoiceId, {}, {}};
        bool found = false;
        if (!fetch->error()) {
            for (const QJsonObject &row : fetch->items()) {
                const domain::Invoice invoice = api::InvoiceDecoder::decode(row);
                if (invoice.invoiceId == m_invoiceId) {
                    item = downloads::InvoiceDownloadItem::fromInvoice(invoice, m_bcId, m_bcName);
                    found = true;
                }
            }
        }
        if (!found) {
            Console::note(tr("invoice %1 is not in the invoice list of Business Center %2%3: its "
                             "file is named by its id")
                                  .arg(m_invoiceId, m_bcId,
                                       fetch->error()
                                               ? u" ("_s + Console::describe(*fetch->error()) + u')'
                                               : QString()));
        }
        download({item});
    });
    fetch->start();
}

void InvoiceDownloadCommand::download(const QList<downloads::InvoiceDownloadItem> &items)
{
    m_results.clear();
    m_results.resize(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        m_results[i].item = items.at(i);
    if (items.isEmpty()) {
        Console::note(tr("no invoices of Business Center %1 match").arg(m_bcId));
        print();
        succeed();
        return;
    }
    downloads::InvoiceDownloadOptions options;
    options.folder = m_folder;
    options.nameTemplate = m_nameTemplate;
    options.resume = m_resume;
    if (m_invoiceId.isEmpty() && m_batchThreshold > 0 && items.size() >= m_batchThreshold) {
        downloadByTask(items, options);
        return;
    }
    m_downloader = std::make_unique<downloads::InvoiceDownloader>(*client());
    m_downloader->setOptions(options);
    m_downloader->setStore(&mirror()->connection(), mirror()->identity().profile);
    connect(m_downloader.get(), &downloads::InvoiceDownloader::itemFinished, this,
            &InvoiceDownloadCommand::onItemFinished);
    connect(m_downloader.get(), &downloads::InvoiceDownloader::finished, this,
            &InvoiceDownloadCommand::onFinished);
    Console::note(tr("downloading %n invoice(s) of Business Center %1 into %2", nullptr,
                     int(items.size()))
                          .arg(m_bcId, QDir::toNativeSeparators(m_folder)));
    const bool started = items.size() == 1 && !m_invoiceId.isEmpty()
                                 ? m_downloader->download(items.first())
                                 : m_downloader->downloadAll(items);
    if (!started)
        fail(1, tr("The download could not start: %1").arg(m_downloader->errorString()));
}

bool InvoiceDownloadCommand::downloadByTask(const QList<downloads::InvoiceDownloadItem> &items,
                                            const downloads::InvoiceDownloadOptions &options)
{
    m_batchDownloader = std::make_unique<downloads::InvoiceBatchDownloader>(*client());
    m_batchDownloader->setOptions(options);
    m_batchDownloader->setStore(&mirror()->connection(), mirror()->identity().profile);
    connect(m_batchDownloader.get(), &downloads::InvoiceBatchDownloader::itemFinished, this,
            &InvoiceDownloadCommand::onItemFinished);
    connect(m_batchDownloader.get(), &downloads::InvoiceBatchDownloader::finished, this,
            &InvoiceDownloadCommand::onFinished);
    connect(m_batchDownloader.get(), &downloads::InvoiceBatchDownloader::taskCreated, this,
            [](const QString &bcId, const QString &taskId) {
                Console::note(tr("invoice task %1 of Business Center %2 created; waiting for "
                                 "its archive")
                                      .arg(taskId, bcId));
            });
    connect(m_batchDownloader.get(), &downloads::InvoiceBatchDownloader::batchFailed, this,
            [](const QString &bcId, const api::ApiError &error) {
                Console::note(tr("the invoice task of Business Center %1 did not deliver (%2): "
                                 "the remaining invoices are downloaded one by one")
                                      .arg(bcId, Console::describe(error)));
            });
    Console::note(tr("downloading %n invoice(s) of Business Center %1 into %2 through an invoice "
                     "task",
                     nullptr, int(items.size()))
                          .arg(m_bcId, QDir::toNativeSeparators(m_folder)));
    if (m_batchDownloader->downloadAll(items))
        return true;
    fail(1, tr("The download could not start: %1").arg(m_batchDownloader->errorString()));
    return false;
}

void InvoiceDownloadCommand::onItemFinished(int index,
                                            const downloads::InvoiceDownloadResult &result)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    ++m_done;
    const QString counter = u"%1/%2"_s.arg(m_done).arg(m_results.size());
    if (result.ok()) {
        Console::note(u"%1 %2 %3 -> %4"_s.arg(counter, outcomeName(result.outcome),
                                              label(result.item),
                                              QDir::toNativeSeparators(result.path)));
        if (!result.recordError.isEmpty())
            Console::note(tr("%1 could not be recorded in the local mirror (it will be "
                             "downloaded again next time): %2")
                                  .arg(label(result.item), result.recordError));
    } else {
        Console::note(u"%1 %2 %3: %4"_s.arg(
                counter, outcomeName(result.outcome), label(result.item),
                result.error ? Console::describe(*result.error) : tr("no reason given")));
    }
}

void InvoiceDownloadCommand::onFinished(const downloads::InvoiceDownloadSummary &summary)
{
    print();
    Console::note(tr("%1 downloaded, %2 skipped (already there), %3 failed")
                          .arg(summary.downloaded)
                          .arg(summary.skipped)
                          .arg(summary.failed + summary.cancelled));
    if (summary.ok()) {
        succeed();
        return;
    }
    QStringList failures;
    for (const downloads::InvoiceDownloadResult &result : std::as_const(m_results)) {
        if (result.ok())
            continue;
        failures.append(
                label(result.item) + u": "_s
                + (result.error ? Console::describe(*result.error) : outcomeName(result.outcome)));
    }
    fail(1, tr("%n of %1 invoice(s) failed: %2", nullptr, int(failures.size()))
                    .arg(m_results.size())
                    .arg(failures.join(u"; "_s)));
}

void InvoiceDownloadCommand::print()
{
    const bool json = globalOptions().format == BcctlOptions::Format::Json;
    QJsonArray array;
    QList<QStringList> cells;
    for (const downloads::InvoiceDownloadResult &result : std::as_const(m_results)) {
        const QString error = result.error ? Console::describe(*result.error) : QString();
        const QString path = QDir::toNativeSeparators(result.path);
        if (json) {
            array.append(QJsonObject{{u"invoice_id"_s, result.item.invoiceId},
                                     {u"serial_number"_s, result.item.serialNumber},
                                     {u"outcome"_s, outcomeName(result.outcome)},
                                     {u"path"_s, path},
                                     {u"sha256"_s, result.sha256},
                                     {u"bytes"_s, result.bytes},
                                     {u"error"_s, error}});
        } else {
            cells.append({result.item.invoiceId, result.item.serialNumber,
                          outcomeName(result.outcome), path, result.sha256,
                          QString::number(result.bytes), error});
        }
    }
    switch (globalOptions().format) {
    case BcctlOptions::Format::Json:
        Console::writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        break;
    case BcctlOptions::Format::Csv:
        Console::writeOut(RowPrinter::csv(columns, cells));
        break;
    case BcctlOptions::Format::Table:
        // Paths and checksums are what a reader copies: they are not cut.
        Console::writeOut(RowPrinter::table(columns, cells, 400));
        break;
    }
}

} // namespace bc::cli
