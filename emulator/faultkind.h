#pragma once

#include <QList>
#include <QString>

namespace bc::emulator {

// The failures the emulator serves on purpose, so clients and benchmarks meet what the real API
// does now and then (reference §1.4: non-JSON gateway bodies; §1.6: 50000 and 50002 are retried).
enum class FaultKind {
    SystemError50000,   // HTTP 200, envelope code 50000 "System error."
    SystemTimeout50002, // HTTP 200, envelope code 50002 "System timeout."
    Http502Html,        // HTTP 502 with a text/html body, as a gateway sends it
    Http504Html,        // HTTP 504 with a text/html body
    TruncatedJson,      // HTTP 200, correct framing, but the JSON body is cut in half
    CloseMidBody,       // the whole body announced, half sent, the connection closed 200 ms later
    Hang,               // no answer; the connection stays open until the client gives up
};

// Stable snake_case names for stats, logs and /__emulator/stats, e.g. "http_502_html".
[[nodiscard]] QString faultKindName(FaultKind kind);
// Every kind, in declaration order: the random mix draws from these.
[[nodiscard]] QList<FaultKind> allFaultKinds();

} // namespace bc::emulator
