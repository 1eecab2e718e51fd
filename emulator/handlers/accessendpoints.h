#pragma once

namespace bc::emulator {

class EndpointRegistry;

// Registers the "access" family: assets, asset groups, pixels, partners, members and billing
// groups (reference §3.14–3.18, §3.20).
void registerAccessEndpoints(EndpointRegistry &registry);

} // namespace bc::emulator
