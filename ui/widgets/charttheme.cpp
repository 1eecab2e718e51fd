#include "ui/widgets/charttheme.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>

namespace bc::ui {

namespace {

// Hues that stay apart for common color-vision deficiencies (Okabe-Ito based), in two
// lightnesses: darker on light backgrounds, lighter on dark ones.
constexpr QRgb lightHues[] = {0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x0072b2};
constexpr QRgb darkHues[] = {0xff9a52, 0x3fd4a6, 0xe7a3cb, 0xf5c04a, 0x8fd0f5, 0x5aa9e6};

} // namespace

bool ChartTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ChartTheme::blend(const QColor &base, const QColor &color, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(base.redF() * keep + color.redF() * amount),
                            float(base.greenF() * keep + color.greenF() * amount),
                            float(base.blueF() * keep + color.blueF() * amount));
}

QColor ChartTheme::seriesColor(const QPalette &palette, int index)
{
    const bool dark = isDark(palette);
    if (index == 0) {
        // The highlight, unless it is too close to the background to read as a bar.
        const QColor highlight = palette.color(QPalette::Highlight);
        const int contrast =
                qAbs(highlight.lightness() - palette.color(QPalette::Base).lightness());
        if (contrast >= 60)
            return highlight;
        return dark ? highlight.lighter(150) : highlight.darker(150);
    }
    const auto &hues = dark ? darkHues : lightHues;
    const int count = int(std::size(hues));
    return QColor::fromRgb(hues[(index - 1) % count]);
}

QColor ChartTheme::mutedColor(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
}

QColor ChartTheme::gridColor(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.15);
}

void ChartTheme::apply(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = gridColor(palette);
    const QColor axisLine = blend(base, text, 0.4);

    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    if (QLegend *legend = chart->legend()) {
        legend->setLabelColor(text);
        legend->setColor(base);
        legend->setBorderColor(base);
    }
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(blend(base, text, 0.07));
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
    int index = 0;
    const auto series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                const QColor color = seriesColor(palette, index++);
                set->setColor(color);
                set->setPen(Qt::NoPen); // a border would outline the muted "Others" bar
                set->setLabelColor(text);
                // Selected bars stand for groups ("Others"), not for one item.
                set->setSelectedColor(mutedColor(palette));
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(one)) {
            QPen pen = line->pen();
            pen.setColor(seriesColor(palette, index++));
            pen.setWidthF(2.0);
            line->setPen(pen);
        }
    }
}

} // namespace bc::ui
