#include "ui/widgets/environmentpalette.h"

using namespace Qt::StringLiterals;

namespace bc::ui {

EnvironmentPalette EnvironmentPalette::forKind(api::EnvironmentKind kind)
{
    switch (kind) {
    case api::EnvironmentKind::Production:
        return {QColor(0xb3, 0x26, 0x1e), Qt::white};
    case api::EnvironmentKind::Sandbox:
        return {QColor(0xf2, 0xa9, 0x00), Qt::black};
    case api::EnvironmentKind::Demo:
        return {QColor(0x1f, 0x5f, 0xbf), Qt::white};
    case api::EnvironmentKind::Custom:
        break;
    }
    return {QColor(0x6a, 0x3d, 0x9a), Qt::white};
}

QString EnvironmentPalette::styleSheet() const
{
    return u"background-color: %1; color: %2;"_s.arg(background.name(), foreground.name());
}

} // namespace bc::ui
