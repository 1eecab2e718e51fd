#include "ui/widgets/syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace bc::ui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync (Esc); lists already fetched are kept"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancelRequested);
    showIdle();
}

void SyncStatusWidget::showProgress(const QString &what, int done, int total)
{
    m_busy = true;
    m_label->setText(total > 0 ? tr("%1: %2 of %3 pages").arg(what).arg(done).arg(total)
                               : tr("%1…").arg(what));
    m_bar->setRange(0, std::max(0, total));
    m_bar->setValue(std::min(done, std::max(0, total)));
    setVisible(true);
}

void SyncStatusWidget::showIdle()
{
    m_busy = false;
    m_label->clear();
    setVisible(false);
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

} // namespace bc::ui
