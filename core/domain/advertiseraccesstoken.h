#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace bc::domain {

// An advertiser access token from /oauth2/access_token/ (§2.2): long-term, valid until revoked.
// The token is a secret: it may sit in memory, but it must never be logged or shown. `raw`
// holds it too.
struct AdvertiserAccessToken
{
    QString accessToken;       // secret: never logged
    QStringList advertiserIds; // empty when return_advertiser_ids was false
    QList<qint64> scope;       // permission scope ids
    QJsonObject raw;           // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserAccessToken &, const AdvertiserAccessToken &) = default;
};

} // namespace bc::domain
