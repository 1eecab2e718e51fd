#pragma once

#include <QString>

namespace bc::emulator {

// A Pangle audience package of an ad account (/pangle_audience_package/get/).
struct AudiencePackage
{
    QString packageId;
    QString packageName;
    QString bindType; // INCLUDE, EXCLUDE
};

} // namespace bc::emulator
