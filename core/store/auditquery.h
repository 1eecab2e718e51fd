#pragma once

#include "core/store/auditentry.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bc::store {

// Which audit entries AuditLog::entries() and exportCsv() return. Every set criterion must hold;
// the default query returns the whole log.
struct AuditQuery
{
    std::optional<QDateTime> since; // at >= since
    std::optional<QDateTime> until; // at < until
    QString endpoint;               // contained in the endpoint, ignoring ASCII case; empty: any
    std::optional<AuditOutcome> outcome;
    int limit = 0; // the newest `limit` entries; 0 (or less): no limit
};

} // namespace bc::store
