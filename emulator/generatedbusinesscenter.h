#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

// One Business Center as /bc/get/ lists it for the token's user. An empty string means the field
// is absent: /bc/get/ drops null fields (pop_resp_nullvalue), so absent is what a client sees.
struct GeneratedBusinessCenter
{
    // bc_info
    QString bcId; // 19 digits, first digit 7
    QString name;
    QString company;
    QString currency;
    QString registeredArea;
    QString status; // ENABLE, REVIEWING, DENY, PUNISH
    QString timezone;
    QString type;               // NORMAL, DIRECT, AGENCY, SELF_SERVICE, SELF_SERVICE_AGENCY
    QString verificationStatus; // NOT_SUBMITTED, REVIEWING, VERIFIED, FAILED, EXPIRED
    QString organizationType;

    // the user's relation to the BC
    QString userRole;    // ADMIN, STANDARD
    QString financeRole; // MANAGER, ANALYST, or empty (no finance role)
    QString bindingStatus;

    // Rough edges of the real API, fixed per BC so answers stay deterministic:
    bool bcIdAsJsonNumber = false; // bc_id sent as a JSON number instead of a string
    QStringList tags;              // sent as "bc_tags", a field no client knows about
};

} // namespace bc::emulator
