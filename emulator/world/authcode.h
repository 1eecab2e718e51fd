#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

// An advertiser auth_code from /portal/auth: single use, valid for an hour (reference §2.1).
struct AuthCode
{
    static constexpr qint64 lifetimeSecs = 3600;

    QString code;
    QString appId;
    QString userId;
    QStringList advertiserIds; // what the user granted
    QString redirectUri;
    QString state;
    qint64 issueTime = 0;
    bool used = false;
};

} // namespace bc::emulator
