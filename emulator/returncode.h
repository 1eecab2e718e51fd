#pragma once

namespace bc::emulator::ReturnCode {

// The TikTok return codes (reference §1.6) the emulator produces. Plain ints, as on the wire, so
// a handler can also answer a code that has no name here yet.
inline constexpr int Ok = 0;
inline constexpr int InvalidParams = 40000;
inline constexpr int NoPermission = 40001;
inline constexpr int ParameterError = 40002;
inline constexpr int ObjectNotFound = 40007;
inline constexpr int UnsupportedInSandbox = 40009;
inline constexpr int TooManyRequests = 40100;
inline constexpr int InvalidPartner = 40101; // app_id + secret do not match
inline constexpr int AccessTokenExpired = 40102;
inline constexpr int RefreshTokenExpired = 40103;
inline constexpr int AccessTokenEmpty = 40104;
inline constexpr int AccessTokenInvalid = 40105;
inline constexpr int InvalidRefreshToken = 40107;
inline constexpr int InvalidGrantType = 40108;
inline constexpr int AuthCodeError = 40110; // expired, used or unknown
inline constexpr int TaskNotReady = 40201;
inline constexpr int RouteNotFound = 40400;
inline constexpr int SystemError = 50000;
inline constexpr int SystemTimeout = 50002;

} // namespace bc::emulator::ReturnCode
