#pragma once

namespace bc::api {

// Who waits for a request. The scheduler sends higher priorities first, so what the user is
// looking at overtakes a background sync sharing the same budget.
enum class RequestPriority {
    Interactive, // the user clicked and waits
    Normal,
    Background, // sync and prefetch: yields to everything else
};

} // namespace bc::api
