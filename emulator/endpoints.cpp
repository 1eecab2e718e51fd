// The list of implemented endpoints. Adding an endpoint = writing its handler function (one
// header + source per endpoint, e.g. handlers/bcgethandler.h) and adding one line here.
#include "endpointregistry.h"

#include "handlers/accessendpoints.h"
#include "handlers/bcgethandler.h"
#include "handlers/financeendpoints.h"
#include "handlers/invoiceendpoints.h"
#include "handlers/oauthendpoints.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

EndpointRegistry EndpointRegistry::withAllEndpoints()
{
    using Method = QHttpServerRequest::Method;
    EndpointRegistry registry;
    registry.add(u"bc/get/"_s, {Method::Get, true, &handleBcGet});
    registerFinanceEndpoints(registry);
    registerInvoiceEndpoints(registry);
    registerAccessEndpoints(registry);
    registerOauthEndpoints(registry);
    return registry;
}

} // namespace bc::emulator
