#pragma once

#include "core/api/envelope.h"
#include "core/api/result.h"

#include <QByteArray>

namespace bc::api {

// Reads TikTok's `{code, message, request_id, data}` envelope from a complete HTTP answer.
// Errors usually arrive as HTTP 200 with a non-zero code, so the code decides first; the HTTP
// status decides only when there is no readable envelope (gateway pages, truncated bodies).
class EnvelopeParser
{
public:
    [[nodiscard]] static Result<Envelope> parse(int httpStatus, const QByteArray &body);
};

} // namespace bc::api
