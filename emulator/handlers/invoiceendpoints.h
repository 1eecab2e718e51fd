#pragma once

namespace bc::emulator {

class EndpointRegistry;

// Registers the invoice family (reference §3.19): /bc/invoice/* and the task file download.
void registerInvoiceEndpoints(EndpointRegistry &registry);

} // namespace bc::emulator
