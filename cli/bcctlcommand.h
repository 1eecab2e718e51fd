#pragma once

#include "cli/bcctloptions.h"

#include <QObject>

#include <memory>

namespace bc::api {
class ApiClient;
}
namespace bc::emulator {
class EmulatorHost;
}

namespace bc::cli {

// Runs one bcctl command: connects to the environment (starting the demo emulator when asked),
// calls the API, prints to stdout, reports errors on stderr, and finishes with an exit code.
class BcctlCommand final : public QObject
{
    Q_OBJECT

public:
    explicit BcctlCommand(BcctlOptions options, QObject *parent = nullptr);
    ~BcctlCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void listBusinessCenters();
    void fail(int exitCode, const QString &message);

    BcctlOptions m_options;
    std::unique_ptr<emulator::EmulatorHost> m_emulator;
    std::unique_ptr<api::ApiClient> m_client;
};

} // namespace bc::cli
