#pragma once

#include "core/api/environment.h"

#include <QColor>

namespace bc::ui {

// The colours that tell environments apart: production red, sandbox amber, demo blue, custom
// purple. Colour is never the only signal: every use also shows the environment's name.
struct EnvironmentPalette
{
    QColor background;
    QColor foreground;

    [[nodiscard]] static EnvironmentPalette forKind(api::EnvironmentKind kind);
    // A style sheet fragment "background: …; color: …;".
    [[nodiscard]] QString styleSheet() const;
};

} // namespace bc::ui
