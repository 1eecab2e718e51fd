#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// An ad account the token may act on, from /oauth2/advertiser/get/ (§2.5).
struct AuthorizedAdvertiser
{
    QString advertiserId;
    QString advertiserName;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const AuthorizedAdvertiser &, const AuthorizedAdvertiser &) = default;
};

} // namespace bc::domain
