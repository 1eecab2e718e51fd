#include "app/demotoken.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bc::app {

QString makeDemoToken()
{
    QString token = u"demo-"_s;
    for (int i = 0; i < 4; ++i)
        token += QString::number(QRandomGenerator::system()->generate64(), 16)
                         .rightJustified(16, u'0');
    return token;
}

} // namespace bc::app
