#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// The outcome for one ad account of /advertiser/update/ (§3.8): an element of `advertiser_list`
// (Y; B calls it `list`).
struct AdvertiserUpdateResult
{
    QString advertiserId;
    QString status; // SUCCESS, FAILED
    QString errorMsg;
    Amount oneClickSetAmount; // ONE_CLICK_SET budget edits
    QJsonObject raw;          // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserUpdateResult &,
                           const AdvertiserUpdateResult &) = default;
};

} // namespace bc::domain
