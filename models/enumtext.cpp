#include "models/enumtext.h"

namespace bc::models {

QString EnumText::businessCenterStatus(const QString &value)
{
    if (value == u"ENABLE")
        return tr("Active");
    if (value == u"REVIEWING")
        return tr("In review");
    if (value == u"DENY")
        return tr("Denied");
    if (value == u"PUNISH")
        return tr("Suspended");
    return value;
}

QString EnumText::userRole(const QString &value)
{
    if (value == u"ADMIN")
        return tr("Admin");
    if (value == u"STANDARD")
        return tr("Standard");
    return value;
}

QString EnumText::financeRole(const QString &value)
{
    if (value.isEmpty())
        return tr("None");
    if (value == u"MANAGER")
        return tr("Finance manager");
    if (value == u"ANALYST")
        return tr("Finance analyst");
    return value;
}

} // namespace bc::models
