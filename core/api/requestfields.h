#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Small helpers for building request bodies and filters: optional fields are left out when
// empty, so TikTok applies its documented defaults.
namespace bc::api::fields {

inline void putIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

inline void putIfSet(QJsonObject &object, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(key, QJsonArray::fromStringList(values));
}

// {"finance_role": role} as ext_user_role, when a role is given.
inline void putFinanceRole(QJsonObject &object, const QString &financeRole)
{
    if (!financeRole.isEmpty())
        object.insert(QStringLiteral("ext_user_role"),
                      QJsonObject{{QStringLiteral("finance_role"), financeRole}});
}

} // namespace bc::api::fields
