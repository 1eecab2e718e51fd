#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// One Business Center as /bc/get/ lists it, from the point of view of the signed-in user.
// Every documented field is kept; `raw` holds the item exactly as the API sent it, so fields the
// API adds later stay visible in the details pane.
struct BusinessCenter
{
    QString id; // digit-exact, even when the API sent a JSON number
    QString name;
    QString company;
    QString currency;       // ISO 4217
    QString registeredArea; // country code
    QString status;         // REVIEWING, DENY, ENABLE, PUNISH
    QString timezone;
    QString type; // NORMAL, DIRECT, AGENCY, SELF_SERVICE, SELF_SERVICE_AGENCY
    QString verificationStatus;
    QString organizationType;
    QString userRole;    // ADMIN, STANDARD
    QString financeRole; // MANAGER, ANALYST, or empty when the user has none
    QString bindingStatus;
    QJsonObject raw;

    friend bool operator==(const BusinessCenter &, const BusinessCenter &) = default;
};

} // namespace bc::domain
