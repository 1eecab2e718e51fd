#pragma once

#include "cli/bcctlcommand.h"

#include <memory>

namespace bc::store {
class MirrorWriter;
}
namespace bc::sync {
class SyncService;
struct SyncSummary;
} // namespace bc::sync

namespace bc::cli {

// `invoices export --bc ID --out FILE.csv`: refreshes the mirror's invoices of the BC (unless
// --offline), then writes every field of them as store::InvoiceCsvExport lays them out (the
// `invoices list --format csv` table has only the main columns). stdout gets one line: rows,
// columns and the file.
class InvoiceExportCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit InvoiceExportCommand(QObject *parent = nullptr);
    ~InvoiceExportCommand() override;

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;

private:
    void onSynced(const sync::SyncSummary &summary);
    void exportCsv();

    QString m_bcId;
    QString m_path;
    std::unique_ptr<store::MirrorWriter> m_writer;
    std::unique_ptr<sync::SyncService> m_sync;
};

} // namespace bc::cli
