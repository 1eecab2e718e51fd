#pragma once

#include "core/api/apirequest.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

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

inline void putIfSet(QJsonObject &object, const QString &key, const std::optional<bool> &value)
{
    if (value)
        object.insert(key, *value);
}

inline void putIfSet(QJsonObject &object, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

// Dates as "YYYY-MM-DD".
inline void putDate(QJsonObject &object, const QString &key, const QDate &date)
{
    if (date.isValid())
        object.insert(key, date.toString(Qt::ISODate));
}

// The API's "YYYY-MM-DD HH:MM:SS"; the reference gives no zone, so UTC as its other times.
[[nodiscard]] inline QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

inline void putTime(QJsonObject &object, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, timeText(time));
}

// `filtering` as URL-encoded JSON text, when it holds anything.
inline void addFilteringIfSet(ApiRequest &request, const QJsonObject &filtering)
{
    if (!filtering.isEmpty())
        request.addJsonQuery(QStringLiteral("filtering"), filtering);
}

// {"finance_role": role} as ext_user_role, when a role is given.
inline void putFinanceRole(QJsonObject &object, const QString &financeRole)
{
    if (!financeRole.isEmpty())
        object.insert(QStringLiteral("ext_user_role"),
                      QJsonObject{{QStringLiteral("finance_role"), financeRole}});
}

} // namespace bc::api::fields
