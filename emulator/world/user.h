#pragma once

#include <QString>

namespace bc::emulator {

// A TikTok for Business user: the signed-in user, colleagues who are members of several BCs,
// and everyone else who is a member somewhere.
struct User
{
    QString userId;
    QString displayName;
    QString email;
    qint64 createTime = 0;
};

} // namespace bc::emulator
