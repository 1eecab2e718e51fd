#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace bc::ui {

// The status bar's view of a running sync: "Syncing Acme EU BC: 12 of 40 pages" with a
// progress bar and a Cancel button, hidden when nothing runs.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    // `total` 0: busy without a known end.
    void showProgress(const QString &what, int done, int total);
    void showIdle();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    bool m_busy = false;
};

} // namespace bc::ui
