#pragma once

#include <QDateTime>

#include <optional>

namespace bc::store {

// Which persisted requests ActivityStore::entries() returns; the default returns all of them.
struct ActivityQuery
{
    std::optional<QDateTime> since; // started at or after `since`
    int limit = 0;                  // the newest `limit` entries; 0 (or less): no limit
};

} // namespace bc::store
