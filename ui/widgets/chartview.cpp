#include "ui/widgets/chartview.h"

#include "ui/widgets/charttheme.h"

#include <QEvent>

namespace bc::ui {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    chart()->setAnimationOptions(QChart::NoAnimation);
    applyTheme();
}

void ChartView::applyTheme()
{
    ChartTheme::apply(chart(), palette());
    // The view's own background shows around the chart while it resizes.
    setBackgroundBrush(palette().color(QPalette::Base));
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace bc::ui
