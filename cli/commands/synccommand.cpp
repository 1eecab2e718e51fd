#include "cli/commands/synccommand.h"

#include "cli/console.h"
#include "core/store/mirrorwriter.h"
#include "core/store/profileregistry.h"
#include "core/sync/syncservice.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace bc::cli {

SyncCommand::SyncCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

SyncCommand::~SyncCommand()
{
    // The sync uses the client (the base's) and the writer.
    m_sync.reset();
    m_writer.reset(); // finishes the writes already submitted
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return {QCommandLineOption(u"bc"_s, tr("The Business Center to refresh (required)."),
                               tr("id"))};
}

bool SyncCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    m_bcId = parser.value(u"bc"_s).trimmed();
    if (m_bcId.isEmpty()) {
        *error = tr("sync needs --bc ID, the Business Center to refresh.");
        return false;
    }
    if (globalOptions().offline) {
        *error = tr("sync reads the API: it cannot run with --offline.");
        return false;
    }
    return true;
}

void SyncCommand::run()
{
    if (!connectToApi())
        return;
    m_writer = std::make_unique<store::MirrorWriter>(registry().location(profile()),
                                                     store::ProfileRegistry::identity(profile()));
    m_sync = std::make_unique<sync::SyncService>(client(), m_writer.get());
    connect(m_sync.get(), &sync::SyncService::progressChanged, this,
            [this](const sync::SyncProgress &progress) {
                if (progress.listsDone == m_listsReported)
                    return;
                m_listsReported = progress.listsDone;
                Console::note(tr("sync: %1/%2 lists, %3 rows")
                                      .arg(progress.listsDone)
                                      .arg(progress.listsTotal)
                                      .arg(progress.rows));
            });
    connect(m_sync.get(), &sync::SyncService::listFailed, this,
            [](const sync::SyncFailure &failure) {
                Console::note(tr("sync: failed: %1").arg(failure.describe()));
            });
    connect(m_sync.get(), &sync::SyncService::finished, this, &SyncCommand::onFinished);
    connect(m_writer.get(), &store::MirrorWriter::opened, this,
            [this](const store::StoreError &error, const store::OpenReport &report) {
                if (error.isError()) {
                    fail(1, tr("The local mirror of profile “%1” cannot be used: %2")
                                    .arg(profile().name, error.describe()));
                    return;
                }
                if (!report.movedAsidePath.isEmpty()) {
                    Console::note(tr("the local mirror was damaged; it was kept as %1 and a new "
                                     "one started")
                                          .arg(QDir::toNativeSeparators(report.movedAsidePath)));
                }
                // The main thread's own connection keeps the request log.
                if (!openStore())
                    return;
                Console::note(tr("sync: Business Center %1 into profile “%2”")
                                      .arg(m_bcId, profile().name));
                if (!m_sync->syncBusinessCenter(m_bcId))
                    fail(1, tr("The sync could not start."));
            });
    m_writer->start();
}

void SyncCommand::onFinished(const sync::SyncSummary &summary)
{
    if (summary.ok()) {
        Console::note(tr("sync: done, %1 lists, %2 rows written, %3 removed")
                              .arg(summary.succeeded.size())
                              .arg(summary.rowsWritten)
                              .arg(summary.rowsRemoved));
        succeed();
        return;
    }
    QStringList names;
    for (const sync::SyncFailure &failure : summary.failed)
        names.append(failure.name);
    fail(1, tr("sync of Business Center %1 failed for %n list(s): %2 (the other %3 were "
               "updated; the failed ones keep their previous mirror)",
               nullptr, int(names.size()))
                    .arg(summary.bcId, names.join(u", "_s))
                    .arg(summary.succeeded.size()));
}

} // namespace bc::cli
