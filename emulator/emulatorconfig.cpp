#include "emulatorconfig.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bc::emulator {

QString EmulatorConfig::randomAccessToken()
{
    QString token = u"demo-"_s;
    for (int i = 0; i < 4; ++i) {
        token += QString::number(QRandomGenerator::system()->generate64(), 16)
                         .rightJustified(16, u'0');
    }
    return token;
}

} // namespace bc::emulator
