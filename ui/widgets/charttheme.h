#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace bc::ui {

// Chart colors taken from the application palette, so that charts read well in light and dark
// themes alike: background, title, legend, axes, grid and series.
class ChartTheme
{
public:
    // Colors `chart` and everything it holds now; call again after adding series or axes and
    // when the palette changes.
    static void apply(QChart *chart, const QPalette &palette);

    [[nodiscard]] static bool isDark(const QPalette &palette);
    // The index-th series color: the palette's highlight first, then distinct hues that keep
    // their contrast against the palette's base.
    [[nodiscard]] static QColor seriesColor(const QPalette &palette, int index);
    // For bars that are not one item (e.g. "Others"): muted, still visible.
    [[nodiscard]] static QColor mutedColor(const QPalette &palette);
    [[nodiscard]] static QColor gridColor(const QPalette &palette);
    // `color` blended over `base` by `amount` (0..1).
    [[nodiscard]] static QColor blend(const QColor &base, const QColor &color, qreal amount);
};

} // namespace bc::ui
