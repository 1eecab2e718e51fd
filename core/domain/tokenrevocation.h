#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bc::domain {

// What /oauth2/revoke_token/ answers (§2.4): the ad accounts the token lost.
struct TokenRevocation
{
    QString appId;
    QStringList advertiserIds;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const TokenRevocation &, const TokenRevocation &) = default;
};

} // namespace bc::domain
