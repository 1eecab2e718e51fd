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

QString EnumText::forField(const QString &field, const QString &value)
{
    if (field == u"user_role")
        return userRole(value);
    if (field == u"finance_role")
        return value.isEmpty() ? QString() : financeRole(value);
    if (field == u"advertiser_role") {
        if (value == u"ADMIN")
            return tr("Admin");
        if (value == u"OPERATOR")
            return tr("Operator");
        if (value == u"ANALYST")
            return tr("Analyst");
    }
    if (field == u"advertiser_status") {
        if (value == u"STATUS_ENABLE")
            return tr("Active");
        if (value == u"STATUS_DISABLE")
            return tr("Disabled");
        if (value == u"STATUS_PENDING_CONFIRM")
            return tr("Pending review");
        if (value == u"STATUS_LIMIT")
            return tr("Limited");
    }
    if (field == u"relation_status") {
        if (value == u"ACTIVE")
            return tr("Active");
        if (value == u"PENDING")
            return tr("Pending");
    }
    if (field == u"pay_status") {
        if (value == u"PAID")
            return tr("Paid");
        if (value == u"UNPAID")
            return tr("Unpaid");
        if (value == u"PARTIALLY_PAID")
            return tr("Partially paid");
    }
    if (field == u"amount_type") {
        if (value == u"INCREASE")
            return tr("In");
        if (value == u"DECREASE")
            return tr("Out");
    }
    return value;
}

} // namespace bc::models
