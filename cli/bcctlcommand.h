#pragma once

#include "cli/bcctloptions.h"
#include "core/domain/businesscenter.h"
#include "core/store/profile.h"

#include <QList>
#include <QObject>

#include <memory>

namespace bc::api {
class ApiClient;
}
namespace bc::emulator {
class EmulatorHost;
}
namespace bc::store {
class MirrorStore;
class MirrorWriter;
class ProfileRegistry;
} // namespace bc::store
namespace bc::sync {
class SyncService;
struct SyncSummary;
} // namespace bc::sync

namespace bc::cli {

// Runs one bcctl command: picks the profile (saved or implicit) and its local mirror, connects to
// the environment (starting the demo emulator when asked) unless --offline, calls the API or
// reads the mirror, prints to stdout, reports errors on stderr, and finishes with an exit code.
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
    bool connectToApi();
    bool openStore();
    void listBusinessCenters();
    void listBusinessCentersOffline();
    void printBusinessCenters(QList<domain::BusinessCenter> centers);
    void syncBusinessCenter();
    void onSyncFinished(const sync::SyncSummary &summary);
    void fail(int exitCode, const QString &message);

    BcctlOptions m_options;
    store::Profile m_profile;
    std::unique_ptr<store::ProfileRegistry> m_registry;
    std::unique_ptr<emulator::EmulatorHost> m_emulator;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<store::MirrorStore> m_store;
    std::unique_ptr<store::MirrorWriter> m_writer;
    std::unique_ptr<sync::SyncService> m_sync;
    int m_listsReported = -1;
};

} // namespace bc::cli
