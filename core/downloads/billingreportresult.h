#pragma once

#include "core/api/apierror.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace bc::downloads {

// How a billing report download ended: the file on disk, or the error that stopped it (a failed
// call, a FAILED task, no SUCCEED in time, an unwritable file).
struct BillingReportResult
{
    QString taskId; // empty when the task could not be created
    QString path;
    qint64 bytes = 0;
    QString contentType;
    int polls = 0; // /bc/invoice/task/get/ calls made
    std::optional<api::ApiError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

} // namespace bc::downloads
