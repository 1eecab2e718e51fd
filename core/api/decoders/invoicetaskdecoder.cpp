#include "core/api/decoders/invoicetaskdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::InvoiceTask InvoiceTaskDecoder::decode(const QJsonObject &item)
{
    domain::InvoiceTask task;
    task.taskId = json::idString(item.value("task_id"_L1));
    task.bcId = json::idString(item.value("bc_id"_L1));
    task.status = json::text(item.value("status"_L1));
    task.downloadType = json::text(item.value("download_type"_L1));
    task.downloadUrl = json::text(item.value("download_url"_L1));
    task.errorMsg = json::text(item.value("error_msg"_L1));
    task.createTime = json::dateTime(item.value("create_time"_L1));
    task.updateTime = json::dateTime(item.value("update_time"_L1));
    task.raw = item;
    return task;
}

} // namespace bc::api
