#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Tolerant readers for the API's JSON: ids may arrive as strings or numbers, fields may be
// missing or null (both mean "not set"), and numbers sometimes arrive as strings.
namespace bc::api::json {

// An id as a digit-exact string. 19-digit ids exceed a double's precision, so a JSON number is read
// through its integer value, never through toDouble(). Missing or null gives an empty string.
[[nodiscard]] QString idString(const QJsonValue &value);

// A text field: strings as they are, numbers and booleans in their JSON spelling, anything else
// (missing, null, arrays, objects) empty.
[[nodiscard]] QString text(const QJsonValue &value);

// An integer from a JSON number or a numeric string; nothing when absent, null or not a number.
[[nodiscard]] std::optional<qint64> integer(const QJsonValue &value);

// An object field, or an empty object when missing, null or of another type.
[[nodiscard]] QJsonObject object(const QJsonValue &value);

} // namespace bc::api::json
