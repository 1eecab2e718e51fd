#pragma once

#include <QString>

namespace bc::emulator {

// The developer app the emulator serves (EmulatorConfig::appId/secret). Every OAuth call checks
// its credentials; a mismatch is 40101.
struct DeveloperApp
{
    QString appId;
    QString secret;
    QString name;
};

} // namespace bc::emulator
