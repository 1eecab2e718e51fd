#pragma once

#include <QString>

namespace bc::emulator {

// A TikTok-account-holder auth code (the www.tiktok.com/v2/auth/authorize redirect): single
// use, valid for an hour like the advertiser one.
struct TtUserAuthCode
{
    static constexpr qint64 lifetimeSecs = 3600;

    QString code;
    QString appId;
    QString openId;
    QString scope; // comma-separated, e.g. "user.info.basic,biz.creator.info"
    QString redirectUri;
    qint64 issueTime = 0;
    bool used = false;
};

} // namespace bc::emulator
