#pragma once

#include "cli/bcctlcommand.h"
#include "core/downloads/billingreportorder.h"

#include <chrono>
#include <memory>

namespace bc::downloads {
class BillingReportDownloader;
struct BillingReportResult;
} // namespace bc::downloads

namespace bc::cli {

// `invoices report --bc ID --start-date D --end-date D --out FILE [--billing-group ID]
// [--timeout SECONDS]`: a BILLING_REPORT task through downloads::BillingReportDownloader (create,
// poll with backoff, save the file whole). Task status changes go to stderr; stdout gets one
// line with the file, its size and the task id. Needs the API: --offline is a usage error.
class BillingReportCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit BillingReportCommand(QObject *parent = nullptr);
    ~BillingReportCommand() override;

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;

private:
    void onFinished(const downloads::BillingReportResult &result);

    downloads::BillingReportOrder m_order;
    std::chrono::seconds m_timeout{600};
    std::unique_ptr<downloads::BillingReportDownloader> m_downloader;
};

} // namespace bc::cli
