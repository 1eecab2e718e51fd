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

// `sync --bc ID`: refreshes the local mirror of one Business Center through SyncService, with
// progress on stderr and the failed lists named.
class SyncCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit SyncCommand(QObject *parent = nullptr);
    ~SyncCommand() override;

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;

private:
    void onFinished(const sync::SyncSummary &summary);

    QString m_bcId;
    std::unique_ptr<store::MirrorWriter> m_writer;
    std::unique_ptr<sync::SyncService> m_sync;
    int m_listsReported = -1;
};

} // namespace bc::cli
