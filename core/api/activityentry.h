#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bc::api {

// One request as the activity log keeps it: what was asked (secrets and e-mail addresses already
// redacted), how it ended, and how long it took including retries.
struct ActivityEntry
{
    QDateTime startedAt; // UTC
    QString method;
    QString path;       // below /open_api/v1.3/, e.g. "bc/get/"
    QString parameters; // redacted query, or the redacted JSON body for writes
    int code = 0;       // TikTok's code; 0 on success or when no envelope arrived
    std::optional<ApiError::Kind> errorKind; // set when the request failed
    QString message;                         // the API's message or the transport's, redacted
    QString requestId;
    int httpStatus = 0;
    qint64 durationMs = 0;
    int retries = 0;

    [[nodiscard]] bool succeeded() const { return !errorKind.has_value(); }
};

} // namespace bc::api
