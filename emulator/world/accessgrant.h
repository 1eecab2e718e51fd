#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::emulator {

// An advertiser access token (reference §2.2): never expires, invalid once revoked. The token
// from EmulatorConfig::accessToken grants everything its user can see, now and later
// (allAdvertisers); tokens from /oauth2/access_token/ grant the advertisers of their auth code.
struct AccessGrant
{
    QString token;
    QString appId;
    QString userId;
    bool allAdvertisers = false;
    QStringList advertiserIds; // when not allAdvertisers
    QList<int> scope;          // permission scope ids
    qint64 issueTime = 0;
    bool revoked = false;
};

} // namespace bc::emulator
