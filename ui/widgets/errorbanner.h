#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace bc::ui {

// An inline, non-modal error strip for a panel: what went wrong, the request id for support,
// and buttons to retry, copy the details or dismiss it.
class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_message;
    QPushButton *m_retry;
};

} // namespace bc::ui
