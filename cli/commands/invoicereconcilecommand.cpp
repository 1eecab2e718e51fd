#include "cli/commands/invoicereconcilecommand.h"

#include "cli/console.h"
#include "core/store/csvfile.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "core/store/profileregistry.h"
#include "core/store/reconciliation.h"
#include "core/sync/syncfailure.h"
#include "core/sync/syncservice.h"
#include "core/sync/syncsummary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::cli {

InvoiceReconcileCommand::InvoiceReconcileCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

InvoiceReconcileCommand::~InvoiceReconcileCommand()
{
    // The sync uses the base's client and the writer.
    m_sync.reset();
    m_writer.reset();
}

QList<QCommandLineOption> InvoiceReconcileCommand::options() const
{
    return {QCommandLineOption({u"bc"_s, u"bc-id"_s}, tr("The Business Center's id (required)."),
                               tr("id")),
            QCommandLineOption(u"out"_s, tr("The CSV file to write (required; replaced whole)."),
                               tr("file"))};
}

bool InvoiceReconcileCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    m_bcId = parser.value(u"bc"_s).trimmed();
    m_path = parser.value(u"out"_s).trimmed();
    if (m_bcId.isEmpty()) {
        *error = tr("invoices reconcile needs --bc ID, the Business Center to reconcile.");
        return false;
    }
    if (!std::all_of(m_bcId.cbegin(), m_bcId.cend(), [](QChar c) { return c.isDigit(); })) {
        *error = tr("--bc takes a numeric Business Center id, not “%1”.").arg(m_bcId);
        return false;
    }
    if (m_path.isEmpty()) {
        *error = tr("invoices reconcile needs --out FILE.csv, where to write the reconciliation.");
        return false;
    }
    if (QFileInfo(m_path).isDir()) {
        *error = tr("--out names a folder: give the CSV file's name.");
        return false;
    }
    return true;
}

void InvoiceReconcileCommand::run()
{
    if (globalOptions().offline) {
        if (openExistingStore())
            reconcile();
        return;
    }
    if (!connectToApi())
        return;
    m_pending = {store::MirrorList::Invoices, store::MirrorList::BcTransactions,
                 store::MirrorList::AccountTransactions};
    m_writer = std::make_unique<store::MirrorWriter>(registry().location(profile()),
                                                     store::ProfileRegistry::identity(profile()));
    m_sync = std::make_unique<sync::SyncService>(client(), m_writer.get());
    connect(m_sync.get(), &sync::SyncService::finished, this, &InvoiceReconcileCommand::onSynced);
    connect(m_writer.get(), &store::MirrorWriter::opened, this,
            [this](const store::StoreError &error, const store::OpenReport &) {
                if (error.isError()) {
                    fail(1, tr("The local mirror of profile “%1” cannot be used: %2")
                                    .arg(profile().name, error.describe()));
                    return;
                }
                if (openStore())
                    syncNext();
            });
    m_writer->start();
}

// One list at a time: the service runs one sync at a time.
void InvoiceReconcileCommand::syncNext()
{
    if (m_pending.isEmpty()) {
        reconcile();
        return;
    }
    const store::MirrorList list = m_pending.takeFirst();
    Console::note(tr("reconcile: refreshing %1").arg(store::mirrorListSpec(list).key));
    if (!m_sync->syncList(m_bcId, list))
        fail(1, tr("The sync could not start."));
}

void InvoiceReconcileCommand::onSynced(const sync::SyncSummary &summary)
{
    if (!summary.ok() && summary.failed.isEmpty()) {
        fail(1, tr("The sync was cancelled."));
        return;
    }
    if (!summary.ok()) {
        const sync::SyncFailure &failure = summary.failed.constFirst();
        if (failure.storeError.isError())
            fail(1, failure.describe());
        else
            failApi(failure.error);
        return;
    }
    syncNext();
}

void InvoiceReconcileCommand::reconcile()
{
    store::StoreError error;
    const QList<store::ReconciliationRow> rows =
            store::Reconciliation::fromMirror(*mirror(), m_bcId, &error);
    if (error.isError()) {
        fail(1, tr("The local mirror cannot be read: %1").arg(error.describe()));
        return;
    }
    if (rows.isEmpty() && !mirror()->freshness(store::MirrorList::Invoices, m_bcId)) {
        fail(1, tr("The local mirror has no invoices of Business Center %1: run the command "
                   "without --offline first.")
                        .arg(m_bcId));
        return;
    }
    QString writeError;
    if (!store::Reconciliation::csv(rows).save(m_path, &writeError)) {
        fail(1, writeError);
        return;
    }
    QMap<QString, int> byFlag;
    for (const store::ReconciliationRow &row : rows) {
        if (row.flag != store::ReconciliationFlag::Ok)
            ++byFlag[store::reconciliationFlagKey(row.flag)];
    }
    QStringList counts;
    for (auto it = byFlag.cbegin(); it != byFlag.cend(); ++it)
        counts.append(it.key() + u' ' + QString::number(it.value()));
    QString line = tr("invoices: %1, disagreements: %2")
                           .arg(rows.size())
                           .arg(store::Reconciliation::disagreements(rows));
    if (!counts.isEmpty())
        line += u" ("_s + counts.join(u", "_s) + u')';
    Console::writeOut(line + u" -> "_s + QDir::toNativeSeparators(m_path) + u'\n');
    succeed();
}

} // namespace bc::cli
