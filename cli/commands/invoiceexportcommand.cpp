#include "cli/commands/invoiceexportcommand.h"

#include "cli/console.h"
#include "core/store/csvfile.h"
#include "core/store/invoicecsvexport.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "core/store/profileregistry.h"
#include "core/sync/syncfailure.h"
#include "core/sync/syncservice.h"
#include "core/sync/syncsummary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::cli {

InvoiceExportCommand::InvoiceExportCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

InvoiceExportCommand::~InvoiceExportCommand()
{
    m_sync.reset();
    m_writer.reset();
}

QList<QCommandLineOption> InvoiceExportCommand::options() const
{
    return {QCommandLineOption({u"bc"_s, u"bc-id"_s}, tr("The Business Center's id (required)."),
                               tr("id")),
            QCommandLineOption(u"out"_s, tr("The CSV file to write (required; replaced whole)."),
                               tr("file"))};
}

bool InvoiceExportCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    m_bcId = parser.value(u"bc"_s).trimmed();
    m_path = parser.value(u"out"_s).trimmed();
    if (m_bcId.isEmpty()
        || !std::all_of(m_bcId.cbegin(), m_bcId.cend(), [](QChar c) { return c.isDigit(); })) {
        *error = tr("invoices export needs --bc ID, the numeric id of the Business Center.");
        return false;
    }
    if (m_path.isEmpty() || QFileInfo(m_path).isDir()) {
        *error = tr("invoices export needs --out FILE.csv, the file to write.");
        return false;
    }
    return true;
}

void InvoiceExportCommand::run()
{
    if (globalOptions().offline) {
        if (openExistingStore())
            exportCsv();
        return;
    }
    if (!connectToApi())
        return;
    m_writer = std::make_unique<store::MirrorWriter>(registry().location(profile()),
                                                     store::ProfileRegistry::identity(profile()));
    m_sync = std::make_unique<sync::SyncService>(client(), m_writer.get());
    connect(m_sync.get(), &sync::SyncService::finished, this, &InvoiceExportCommand::onSynced);
    connect(m_writer.get(), &store::MirrorWriter::opened, this,
            [this](const store::StoreError &error, const store::OpenReport &) {
                if (error.isError()) {
                    fail(1, tr("The local mirror of profile “%1” cannot be used: %2")
                                    .arg(profile().name, error.describe()));
                    return;
                }
                if (openStore() && !m_sync->syncList(m_bcId, store::MirrorList::Invoices))
                    fail(1, tr("The sync could not start."));
            });
    m_writer->start();
}

void InvoiceExportCommand::onSynced(const sync::SyncSummary &summary)
{
    if (summary.ok()) {
        exportCsv();
        return;
    }
    if (summary.failed.isEmpty())
        fail(1, tr("The sync was cancelled."));
    else if (summary.failed.constFirst().storeError.isError())
        fail(1, summary.failed.constFirst().describe());
    else
        failApi(summary.failed.constFirst().error);
}

void InvoiceExportCommand::exportCsv()
{
    if (!mirror()->freshness(store::MirrorList::Invoices, m_bcId)) {
        fail(1, tr("The local mirror has no invoices of Business Center %1: run the command "
                   "without --offline first.")
                        .arg(m_bcId));
        return;
    }
    store::StoreError error;
    const QList<store::MirrorRow> invoices =
            store::InvoiceCsvExport::invoices(*mirror(), m_bcId, &error);
    if (error.isError()) {
        fail(1, tr("The local mirror cannot be read: %1").arg(error.describe()));
        return;
    }
    const store::CsvFile csv = store::InvoiceCsvExport::csv(invoices);
    QString writeError;
    if (!csv.save(m_path, &writeError)) {
        fail(1, writeError);
        return;
    }
    Console::writeOut(tr("invoices: %1, columns: %2 -> %3")
                              .arg(invoices.size())
                              .arg(store::InvoiceCsvExport::columns(invoices).size())
                              .arg(QDir::toNativeSeparators(m_path))
                      + u'\n');
    succeed();
}

} // namespace bc::cli
