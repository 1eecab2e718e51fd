#include "ui/widgets/environmentbanner.h"

#include "ui/widgets/environmentpalette.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace bc::ui {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"environmentBanner"_s);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label->setAlignment(Qt::AlignCenter);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    layout->addWidget(m_label);
}

void EnvironmentBanner::setEnvironment(const api::Environment &environment)
{
    const EnvironmentPalette palette = EnvironmentPalette::forKind(environment.kind());
    setStyleSheet(u"#environmentBanner { %1 } #environmentBanner QLabel { color: %2; }"_s.arg(
            palette.styleSheet(), palette.foreground.name()));
    m_label->setText(tr("%1 — %2").arg(environment.badge(), environment.caution()));
    setAccessibleName(m_label->text());
}

QString EnvironmentBanner::text() const
{
    return m_label->text();
}

} // namespace bc::ui
