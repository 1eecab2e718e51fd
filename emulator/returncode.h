#pragma once

namespace bc::emulator::ReturnCode {

// The TikTok return codes (reference §1.6) the emulator produces. Plain ints, as on the wire, so
// a handler can also answer a code that has no name here yet.
inline constexpr int Ok = 0;
inline constexpr int InvalidParams = 40000;
inline constexpr int NoPermission = 40001;
inline constexpr int ParameterError = 40002;
inline constexpr int AccessTokenEmpty = 40104;
inline constexpr int AccessTokenInvalid = 40105;
inline constexpr int RouteNotFound = 40400;
inline constexpr int SystemError = 50000;

} // namespace bc::emulator::ReturnCode
