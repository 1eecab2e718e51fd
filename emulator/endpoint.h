#pragma once

#include "emulatorreply.h"
#include "emulatorrequest.h"

#include <functional>

namespace bc::emulator {

class World;

// One API endpoint: its HTTP method and the function that answers it. Handlers get the world
// mutable so write endpoints (invites, transfers, ...) can change it.
struct Endpoint
{
    using Handler = std::function<EmulatorReply(World &world, const EmulatorRequest &request)>;

    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    // OAuth token exchanges take app credentials in the body instead of an Access-Token header.
    bool requiresAccessToken = true;
    Handler handler;
};

} // namespace bc::emulator
