#pragma once

namespace bc::emulator {

class EndpointRegistry;

// The "oauth" family: OAuth and TikTok-account-holder tokens, advertiser-level endpoints
// (info, balances, transactions, terms, Pangle), child BCs and the BC inspiration tool.
// The consent page /portal/auth is not an API endpoint: see portalauthhandler.h.
void registerOauthEndpoints(EndpointRegistry &registry);

} // namespace bc::emulator
