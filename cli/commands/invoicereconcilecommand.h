#pragma once

#include "cli/bcctlcommand.h"
#include "core/store/mirrorlist.h"

#include <QList>

#include <memory>

namespace bc::store {
class MirrorWriter;
}
namespace bc::sync {
class SyncService;
struct SyncSummary;
} // namespace bc::sync

namespace bc::cli {

// `invoices reconcile --bc ID --out FILE.csv`: refreshes the mirror's invoices, BC transactions
// and account transactions of the BC (unless --offline), then writes store::Reconciliation's CSV
// (one row per invoice with invoiced, charged, paid and unpaid amounts and a flag) and prints one
// summary line on stdout: invoices, disagreements, and how many of each flag.
class InvoiceReconcileCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit InvoiceReconcileCommand(QObject *parent = nullptr);
    ~InvoiceReconcileCommand() override;

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;

private:
    void syncNext();
    void onSynced(const sync::SyncSummary &summary);
    void reconcile();

    QString m_bcId;
    QString m_path;
    QList<store::MirrorList> m_pending;
    std::unique_ptr<store::MirrorWriter> m_writer;
    std::unique_ptr<sync::SyncService> m_sync;
};

} // namespace bc::cli
