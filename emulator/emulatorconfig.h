#pragma once

#include <QString>
#include <QtGlobal>

namespace bc::emulator {

// What an emulator instance serves. Everything it answers is a function of these values, so two
// servers with the same config give byte-identical bodies (apart from request_id).
struct EmulatorConfig
{
    QString accessToken;          // the one valid Access-Token; tokens are compared exactly
    quint32 seed = 1;             // world generation seed
    int businessCenterCount = 12; // how many BCs the token's user sees

    // A fresh random token for a throwaway emulator (the demo environment): new on every start,
    // so nothing of it is stored or reused.
    [[nodiscard]] static QString randomAccessToken();
};

} // namespace bc::emulator
