#pragma once

namespace bc::emulator {

class EndpointRegistry;

// Registers the finance family's endpoints (financehandlers.h).
void registerFinanceEndpoints(EndpointRegistry &registry);

} // namespace bc::emulator
