#include "core/api/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace bc::api {

const QList<RetryPolicy::CodeRange> &RetryPolicy::codeTable()
{
    using enum ErrorClass;
    static const QList<CodeRange> table = {
            {40016, 40016, Throttle},   // business frequency control
            {40100, 40100, Throttle},   // requests too frequent
            {40132, 40133, Throttle},   // request frequency limited
            {61000, 61000, Throttle},   // too many requests (blacklist)
            {40102, 40103, AuthNeeded}, // access / refresh token expired
            {40104, 40105, AuthNeeded}, // access token empty / invalid or revoked
            {40107, 40107, AuthNeeded}, // invalid refresh token
            {40110, 40110, AuthNeeded}, // auth code error
            {40130, 40131, AuthNeeded}, // scope not authorized / TikTok user OAuth failed
            {40202, 40202, Transient},  // write conflict: "retry later"
            {50000, 50000, Transient},  // system error
            {50002, 50002, Transient},  // system timeout
            {51000, 51099, Transient},  // downstream services
            {52000, 52299, Transient},  // database, cache, object storage
    };
    return table;
}

RetryPolicy::ErrorClass RetryPolicy::classify(const ApiError &error)
{
    if (error.code != 0) {
        for (const CodeRange &row : codeTable()) {
            if (error.code >= row.from && error.code <= row.to)
                return row.errorClass;
        }
        return ErrorClass::Final;
    }
    // No TikTok code: the failure happened before or instead of an envelope.
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse: // truncated or malformed bodies
        return ErrorClass::Transient;
    case ApiError::Kind::Server:
        return ErrorClass::Transient; // HTTP 5xx, gateway pages
    case ApiError::Kind::Throttled:
        return ErrorClass::Throttle;
    case ApiError::Kind::Auth:
        return ErrorClass::AuthNeeded;
    default:
        return ErrorClass::Final;
    }
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError &error, bool idempotent, int attemptsMade,
                                          double jitter) const
{
    Decision decision;
    decision.errorClass = classify(error);
    const bool throttled = decision.errorClass == ErrorClass::Throttle;
    if (!idempotent || (!throttled && decision.errorClass != ErrorClass::Transient))
        return decision;
    const int maxAttempts = throttled ? m_settings.maxThrottleAttempts : m_settings.maxAttempts;
    if (attemptsMade >= maxAttempts)
        return decision;

    const auto base = throttled ? m_settings.throttleBaseDelay : m_settings.baseDelay;
    const auto cap = throttled ? m_settings.throttleMaxDelay : m_settings.maxDelay;
    // base, 2 base, 4 base, ... capped; the exponent is bounded so the shift cannot overflow.
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const qint64 backoff = std::min<qint64>(cap.count(), base.count() * (qint64(1) << exponent));
    const double spread = 0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0);
    decision.retry = true;
    decision.delay = std::chrono::milliseconds(std::llround(double(backoff) * spread));
    return decision;
}

} // namespace bc::api
