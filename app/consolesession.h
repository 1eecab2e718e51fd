#pragma once

#include "app/consoleoptions.h"
#include "core/api/environment.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace bc::api {
class ApiClient;
}
namespace bc::auth {
class SignInTracker;
class TokenVault;
} // namespace bc::auth
namespace bc::emulator {
class EmulatorHost;
}
namespace bc::store {
class MirrorStore;
struct Profile;
} // namespace bc::store
namespace bc::ui {
class MainWindow;
}

namespace bc::app {

class Workspace;

// The composition root of the desktop console: one main window for the whole run, and one
// Workspace (client, token, mirror, sync) for the profile and environment on screen. Starts
// the demo emulator when the demo is asked for, reads other environments' tokens from the
// vault, and swaps the workspace when the window asks for another environment.
class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Where tokens of sandbox and production profiles come from (not owned); the OS keychain
    // when none is set. Call before start().
    void setTokenVault(auth::TokenVault *vault) { m_vault = vault; }

    // Builds and shows the window and starts the first load. False, with `error` set, when the
    // session cannot start (the demo emulator could not listen, say).
    bool start(QString *error);

    // Leaves the environment on screen (nothing of it stays visible) and opens `kind` for the
    // same app: the registry's profile of that environment with the same app id, or the
    // environment's implicit profile. environmentSwitched() follows, at once or once the
    // vault has answered.
    void switchEnvironment(api::EnvironmentKind kind);

    [[nodiscard]] ui::MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] Workspace *workspace() const { return m_workspace.get(); }
    // The current workspace's client and mirror; null while switching (or without a mirror).
    [[nodiscard]] api::ApiClient *client() const;
    [[nodiscard]] store::MirrorStore *mirror() const;
    // The demo environment's emulator once it runs (tests inject faults through it).
    [[nodiscard]] emulator::EmulatorHost *demoEmulator() const { return m_emulator.get(); }

Q_SIGNALS:
    // A new environment is on screen (after switchEnvironment()).
    void environmentSwitched();
    // With --screenshot: the PNG was written (or not), and the exit code the program should use.
    void screenshotFinished(int exitCode);

private:
    bool startEmulator(QString *error);
    void openWorkspace(const store::Profile &profile, const api::Environment &environment,
                       const QString &token);
    [[nodiscard]] store::Profile profileFor(api::EnvironmentKind kind) const;
    [[nodiscard]] QString dataDirectory() const;
    void useSessionVault();
    void showProfiles();
    void showSignIn();
    void showSignInStatus();
    void prepareScreenshot();
    void showScreenshotSection();
    void takeScreenshot(bool loaded);

    ConsoleOptions m_options;
    std::unique_ptr<emulator::EmulatorHost> m_emulator;
    QString m_demoToken;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<auth::TokenVault> m_ownVault;
    std::unique_ptr<auth::TokenVault> m_sessionVault; // when the keychain is not available
    std::unique_ptr<auth::SignInTracker> m_signIn;
    auth::TokenVault *m_vault = nullptr;
    quint64 m_switchGeneration = 0; // answers of the vault for an older switch are dropped
    bool m_screenshotTaken = false;
    bool m_screenshotSectionShown = false;
};

} // namespace bc::app
