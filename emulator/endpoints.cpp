// The list of implemented endpoints. Adding an endpoint = writing its handler function (one
// header + source per endpoint, e.g. bcgethandler.h) and adding one line here.
#include "endpointregistry.h"

#include "bcgethandler.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

EndpointRegistry EndpointRegistry::withAllEndpoints()
{
    using Method = QHttpServerRequest::Method;
    EndpointRegistry registry;
    registry.add(u"bc/get/"_s, {Method::Get, true, &handleBcGet});
    return registry;
}

} // namespace bc::emulator
