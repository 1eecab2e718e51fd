#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bc::domain {

// What /tt_user/token_info/get/ says about a TikTok account holder's token (§2.7).
struct TtUserTokenInfo
{
    QString appId;
    QStringList scope; // sent as one comma-separated text
    QString creatorId;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const TtUserTokenInfo &, const TtUserTokenInfo &) = default;
};

} // namespace bc::domain
