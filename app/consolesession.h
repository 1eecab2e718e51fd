#pragma once

#include "app/consoleoptions.h"

#include <QObject>

#include <memory>

namespace bc::api {
class ApiClient;
class Environment;
} // namespace bc::api
namespace bc::emulator {
class EmulatorHost;
}
namespace bc::store {
class MirrorStore;
class MirrorWriter;
} // namespace bc::store
namespace bc::ui {
class MainWindow;
}

namespace bc::app {

// The composition root of the desktop console: picks the environment, starts the demo emulator
// when it is the one asked for, and wires the API client to the main window.
class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Builds and shows the window and starts the first load. False, with `error` set, when the
    // session cannot start (the demo emulator could not listen, say).
    bool start(QString *error);

    [[nodiscard]] ui::MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] api::ApiClient *client() const { return m_client; }
    // The profile's local mirror; null when it could not be opened (the window then works
    // from the API alone and says why).
    [[nodiscard]] store::MirrorStore *mirror() const { return m_mirror.get(); }

Q_SIGNALS:
    // With --screenshot: the PNG was written (or not), and the exit code the program should use.
    void screenshotFinished(int exitCode);

private:
    void takeScreenshot(bool loaded);
    void openMirror(const api::Environment &environment);

    ConsoleOptions m_options;
    std::unique_ptr<emulator::EmulatorHost> m_emulator;
    api::ApiClient *m_client = nullptr;
    std::unique_ptr<store::MirrorStore> m_mirror;
    std::unique_ptr<store::MirrorWriter> m_writer;
    QString m_mirrorProblem; // shown in the panel when the mirror could not be opened
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_screenshotTaken = false;
};

} // namespace bc::app
