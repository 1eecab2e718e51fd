#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::api {

// What a successful write answers: TikTok's request_id (for the audit log) and whatever `data`
// it sent (most writes send {}).
struct WriteReceipt
{
    QString requestId;
    QJsonObject data;
};

} // namespace bc::api
