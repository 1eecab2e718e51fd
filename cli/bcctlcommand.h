#pragma once

#include "cli/bcctloptions.h"
#include "core/store/profile.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>

#include <memory>

class QCommandLineParser;

namespace bc::api {
class ApiClient;
struct ApiError;
} // namespace bc::api
namespace bc::emulator {
class EmulatorHost;
}
namespace bc::store {
class ActivityRecorder;
class ActivityStore;
class MirrorStore;
class ProfileRegistry;
} // namespace bc::store

namespace bc::cli {

// One bcctl command. The base sets up what commands share: the profile (saved or implicit) and
// its local mirror, the connection to the environment (starting the demo emulator when asked)
// with the --qps budget, and the way a command ends (finished() with an exit code, one error
// line on stderr). A command adds its own options and run().
//
// Once a command has both the client and the profile's mirror, every request the client makes
// is recorded in the mirror's request log (ActivityRecorder), which `activity list` prints.
class BcctlCommand : public QObject
{
    Q_OBJECT

public:
    explicit BcctlCommand(QObject *parent = nullptr);
    ~BcctlCommand() override;

    // The command's own options (besides the global ones), for its parser and its --help.
    [[nodiscard]] virtual QList<QCommandLineOption> options() const { return {}; }
    // Takes the global options, then reads and checks the command's own. False, with `error`
    // set, on a usage error (exit status 2).
    [[nodiscard]] bool configure(const BcctlOptions &globalOptions,
                                 const QCommandLineParser &parser, QString *error);

    // Resolves the profile, then runs the command; finished() follows exactly once.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

protected:
    [[nodiscard]] virtual bool configureCommand(const QCommandLineParser &parser, QString *error);
    virtual void run() = 0;

    [[nodiscard]] const BcctlOptions &globalOptions() const { return m_options; }
    [[nodiscard]] const store::Profile &profile() const { return m_profile; }
    [[nodiscard]] store::ProfileRegistry &registry() { return *m_registry; }

    // Creates the client for the environment (the demo one starts its emulator). False after
    // fail() when that is impossible. With the mirror open, its requests are recorded.
    bool connectToApi();
    [[nodiscard]] api::ApiClient *client() const { return m_client.get(); }
    // Opens (or creates) the profile's mirror. False after fail() when it cannot be used. With
    // the client there, its requests are recorded from then on.
    bool openStore();
    // Opens the mirror for --offline: it must exist already. False after fail() otherwise.
    bool openExistingStore();
    [[nodiscard]] store::MirrorStore *mirror() const { return m_store.get(); }

    void succeed();
    // Prints `message` as the error line and finishes with `exitCode` (from the event loop).
    void fail(int exitCode, const QString &message);
    void failApi(const api::ApiError &error);

private:
    // Starts the request log once both the client and the mirror are there.
    void recordActivity();

    BcctlOptions m_options;
    store::Profile m_profile;
    std::unique_ptr<store::ProfileRegistry> m_registry;
    std::unique_ptr<emulator::EmulatorHost> m_emulator;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<store::MirrorStore> m_store;
    std::unique_ptr<store::ActivityStore> m_activityStore;
    std::unique_ptr<store::ActivityRecorder> m_activityRecorder;
    bool m_finished = false;
};

} // namespace bc::cli
