#pragma once

#include "sharedasset.h"

#include <QList>
#include <QString>

namespace bc::emulator {

// A partner BC (/bc/partner/get/, /bc/partner/asset/get/): assets flow both ways.
struct Partner
{
    QString partnerBcId;
    QString partnerName;
    qint64 addTime = 0;
    QList<SharedAsset> sharedWithUs; // share_type SHARED: the partner's assets we may use
    QList<SharedAsset> sharedByUs;   // share_type SHARING: our assets the partner may use
};

} // namespace bc::emulator
