#include "ui/widgets/errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bc::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(u"errorBanner"_s);
    setStyleSheet(u"#errorBanner { background-color: #fdecea; border: 1px solid #d93025; "
                  "border-radius: 4px; } #errorBanner QLabel { color: #5f0b07; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    layout->addWidget(icon, 0, Qt::AlignTop);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message, 1);

    auto *copy = new QPushButton(tr("&Copy details"), this);
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    layout->addWidget(m_retry);
    layout->addWidget(copy);
    layout->addWidget(dismiss);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_message->text()); });
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString &message)
{
    m_message->setText(message);
    setAccessibleDescription(message);
    show();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

} // namespace bc::ui
