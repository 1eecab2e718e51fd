#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::api {

// A successful answer of the API: `code` 0 (or 20001, partial success) and its `data`.
struct Envelope
{
    int code = 0;
    QString message;
    QString requestId;
    QJsonObject data; // empty when the API sent none or null
    int httpStatus = 0;
};

} // namespace bc::api
