#pragma once

#include "core/domain/amount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bc::domain {

// An ad account's details from /advertiser/info/ (§4.1). With `fields` the API sends only some
// of them; the others stay not set. Contacts arrive masked.
struct AdvertiserInfo
{
    QString advertiserId;
    QString name;
    QString company;
    QString status; // STATUS_ENABLE, STATUS_DISABLE, STATUS_PENDING_CONFIRM, ...
    QString role;   // ROLE_ADVERTISER, ROLE_CHILD_ADVERTISER, ROLE_CHILD_AGENT, ROLE_AGENT
    QString rejectionReason;
    QString timezone;        // e.g. Etc/GMT
    QString displayTimezone; // e.g. Europe/London
    QString currency;
    QString country;
    QString address;
    QString industry; // an industry id
    QString language;
    QString contacter;       // masked
    QString email;           // masked; still never logged
    QString cellphoneNumber; // masked
    QString telephoneNumber; // masked
    QString licenseNo;
    QString licenseUrl; // valid for one hour
    QString description;
    Amount balance;
    QDateTime createTime; // epoch seconds on the wire
    QString ownerBcId;
    QString advertiserAccountType;           // AUCTION, RESERVATION
    std::optional<bool> companyNameEditable; // whether /advertiser/update/ may change company
    std::optional<bool> canUseCustomIdentity;
    std::optional<bool> adsOnlyMode; // B's SDK; type unpublished, read as a boolean
    QJsonObject raw;                 // the object as the API sent it, unknown fields included

    friend bool operator==(const AdvertiserInfo &, const AdvertiserInfo &) = default;
};

} // namespace bc::domain
