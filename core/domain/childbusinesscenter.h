#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// A child BC link from /bc/child/invite/ or /bc/child/unbind/ (§3.22: no published contract;
// this follows the emulator's assumed answers).
struct ChildBusinessCenter
{
    QString childBcId;
    QString relationStatus; // PENDING after an invitation; empty after unbind
    QJsonObject raw;        // the object as the API sent it, unknown fields included

    friend bool operator==(const ChildBusinessCenter &, const ChildBusinessCenter &) = default;
};

} // namespace bc::domain
