#pragma once

#include "core/api/apierror.h"

#include <QList>

#include <chrono>

namespace bc::api {

// Whether and when a failed request is tried again (reference §1.6, design "API rules"). The
// decision is a table from the error to a class, then arithmetic: capped exponential backoff with
// jitter and a bounded number of tries. Pure, so the table is tested row by row.
class RetryPolicy final
{
public:
    enum class ErrorClass {
        Throttle,   // the app's budget was exceeded: back off and slow the whole budget down
        Transient,  // TikTok or the network failed this once: a read may simply try again
        AuthNeeded, // the token is expired, revoked or lacks the scope: only sign-in helps
        Final,      // the request itself is wrong, or was cancelled: trying again changes nothing
    };

    struct Settings
    {
        int maxAttempts = 5;         // tries in all, for transient failures
        int maxThrottleAttempts = 8; // tries in all, when throttled
        std::chrono::milliseconds baseDelay{500};
        std::chrono::milliseconds maxDelay{30000};
        std::chrono::milliseconds throttleBaseDelay{1000};
        std::chrono::milliseconds throttleMaxDelay{60000};
    };

    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay{0};
        ErrorClass errorClass = ErrorClass::Final;

        friend bool operator==(const Decision &, const Decision &) = default;
    };

    // One row of the table: TikTok codes from..to (inclusive) belong to a class.
    struct CodeRange
    {
        int from;
        int to;
        ErrorClass errorClass;
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Settings settings)
        : m_settings(settings)
    { }

    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // The table of TikTok codes; codes in no row are Final.
    [[nodiscard]] static const QList<CodeRange> &codeTable();
    [[nodiscard]] static ErrorClass classify(const ApiError &error);

    // After `attemptsMade` tries (>= 1) ended in `error`: try again, and after how long?
    // `idempotent`: a read, or a write that carries an idempotency key; other writes never retry.
    // `jitter` in [0, 1) spreads clients apart: the delay is between half and all of the backoff.
    [[nodiscard]] Decision decide(const ApiError &error, bool idempotent, int attemptsMade,
                                  double jitter) const;

private:
    Settings m_settings;
};

} // namespace bc::api
