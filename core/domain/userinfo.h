#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bc::domain {

// The signed-in user behind a token, from /user/info/ (§2.8).
struct UserInfo
{
    QString coreUserId;
    QString displayName;
    QString email; // masked; still never logged
    QString avatarUrl;
    QDateTime createTime;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

} // namespace bc::domain
