#pragma once

#include <QString>

namespace bc::emulator {

// A TikTok account holder (creator) who can authorise the app through the tt_user flow.
struct TtAccountHolder
{
    QString openId;
    QString displayName;
    QString handle;
};

} // namespace bc::emulator
