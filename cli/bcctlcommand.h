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
namespace bc::auth {
class SignInTracker;
class TokenVault;
} // namespace bc::auth
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
//
// The Access-Token comes from --access-token-env VAR, else (for a saved profile with an app id)
// from the OS keychain, where `auth exchange` put it; a profile with an app but no stored token
// is told to sign in. When the API rejects a saved profile's token, the profile is marked "needs
// sign-in" (TokenStatusFile) and the user is told to run `auth url` again.
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
    enum class ProfileUse {
        Existing, // the saved profile --profile names, or the environment's implicit one
        New,      // a profile --profile names that need not exist yet (profile create)
    };

    [[nodiscard]] virtual bool configureCommand(const QCommandLineParser &parser, QString *error);
    virtual void run() = 0;
    [[nodiscard]] virtual ProfileUse profileUse() const { return ProfileUse::Existing; }
    // Whether connectToApi() wants the saved profile's token from the keychain (the sign-in
    // commands handle the vault themselves).
    [[nodiscard]] virtual bool usesStoredToken() const { return true; }

    [[nodiscard]] const BcctlOptions &globalOptions() const { return m_options; }
    [[nodiscard]] const store::Profile &profile() const { return m_profile; }
    [[nodiscard]] store::ProfileRegistry &registry() { return *m_registry; }
    // The profile's folder (pending sign-in, token status); it need not exist yet.
    [[nodiscard]] QString profileFolder() const;
    // The OS keychain (created on first use). There is no fallback: bcctl keeps no secret
    // anywhere else.
    [[nodiscard]] auth::TokenVault &vault();
    // The error line for a vault operation that failed, "no keychain" in plain words.
    [[nodiscard]] static QString vaultProblem(int status, const QString &message);

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
    // Reads the saved profile's token from the vault, then run().
    void readStoredTokenThenRun();
    // A rejected token marks the saved profile "needs sign-in" and says what to do.
    void watchSignIn();
    [[nodiscard]] bool isSignInProfile() const;

    BcctlOptions m_options;
    store::Profile m_profile;
    std::unique_ptr<store::ProfileRegistry> m_registry;
    std::unique_ptr<emulator::EmulatorHost> m_emulator;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<store::MirrorStore> m_store;
    std::unique_ptr<store::ActivityStore> m_activityStore;
    std::unique_ptr<store::ActivityRecorder> m_activityRecorder;
    std::unique_ptr<auth::TokenVault> m_vault;
    std::unique_ptr<auth::SignInTracker> m_signInTracker;
    QString m_storedToken;          // secret: never logged
    QString m_storedTokenProblem;   // why there is none, for the error line
    bool m_storedTokenRead = false; // the vault was asked
    bool m_finished = false;
};

} // namespace bc::cli
