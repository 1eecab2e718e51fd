#pragma once

#include <QString>

namespace bc::emulator {

// A business qualification of a BC (/bc/advertiser/qualification/get/, §3.10). Its
// linked_advertiser_count is derived: the ad accounts whose qualificationId names it.
struct Qualification
{
    QString qualificationId;
    QString companyName;
    QString status; // VERIFIED, UNVERIFIED
    QString ownerAdvertiserId;
    QString regionCode;
    QString licenseNo;
};

} // namespace bc::emulator
