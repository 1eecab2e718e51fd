#pragma once

#include <QJsonValue>
#include <QString>

namespace bc::emulator {

// Most endpoints keep nulls (pop_resp_nullvalue off): a value the world leaves empty goes out as
// null, not as "".
[[nodiscard]] inline QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace bc::emulator
