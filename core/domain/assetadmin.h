#pragma once

#include "core/domain/asset.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// An asset as /bc/asset/admin/get/ lists it: the §3.14 asset fields plus how the BC holds it.
struct AssetAdmin
{
    Asset asset;              // the fields every asset list shares
    QString advertiserStatus; // ADVERTISER show status: SHOW_ACCOUNT_STATUS_*
    QString relationType;     // OWNER_BC, OWNER_PARTNER, OWNER_INDIVIDUAL
    QString relationStatus;   // BOUND, UNBOUND, PENDING, REJECTED
    QString pixelCode;        // PIXEL assets
    QJsonObject raw;          // the object as the API sent it, unknown fields included

    friend bool operator==(const AssetAdmin &, const AssetAdmin &) = default;
};

} // namespace bc::domain
