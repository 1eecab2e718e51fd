#include "offscreenplatform.h"

#include <QByteArray>
#include <QtGlobal>

namespace bc::emulator {

void preferOffscreenPlatform()
{
    // Without this a program started from a desktop session would connect to its display, and
    // one started from cron (no display) would abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
}

} // namespace bc::emulator
