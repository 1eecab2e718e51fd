#pragma once

#include <QChartView>

namespace bc::ui {

// A chart view that keeps its chart in the application's colors (ChartTheme), in light and dark
// palettes, and recolors it when the palette changes.
class ChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Colors the chart from the current palette; call after adding series or axes.
    void applyTheme();

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace bc::ui
