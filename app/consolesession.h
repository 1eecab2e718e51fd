#pragma once

#include "app/consoleoptions.h"

#include <QObject>

#include <memory>

namespace bc::api {
class ApiClient;
}
namespace bc::emulator {
class EmulatorHost;
}
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

Q_SIGNALS:
    // With --screenshot: the PNG was written (or not), and the exit code the program should use.
    void screenshotFinished(int exitCode);

private:
    void takeScreenshot(bool loaded);

    ConsoleOptions m_options;
    std::unique_ptr<emulator::EmulatorHost> m_emulator;
    api::ApiClient *m_client = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_screenshotTaken = false;
};

} // namespace bc::app
