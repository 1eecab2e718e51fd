#pragma once

#include "core/domain/amount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

// An array field, or an empty array when missing, null or of another type.
[[nodiscard]] QJsonArray array(const QJsonValue &value);

// A money amount from a JSON number or a numeric string, exact to the cent: a number is read
// through its shortest round-trip decimal text (12.34, never 12.339999...), not multiplied as a
// double. Nothing when absent, null, not numeric, or beyond qint64 minor units.
[[nodiscard]] std::optional<domain::Amount> amount(const QJsonValue &value);

// amount(), or a not-set Amount: what the domain types hold for a missing or unreadable amount.
[[nodiscard]] domain::Amount amountOrUnset(const QJsonValue &value);

// A decimal that is not money (rates, shares, ratios), from a number or a numeric string.
[[nodiscard]] std::optional<double> real(const QJsonValue &value);

// A boolean from true/false, "true"/"false" (any case), or 1/0 as a number or a string.
[[nodiscard]] std::optional<bool> boolean(const QJsonValue &value);

// A point in time from any of the API's spellings, as UTC: "YYYY-MM-DD HH:MM:SS" and
// "YYYY-MM-DD" (the API's times are UTC+0 unless they say otherwise), ISO-8601 with or without an
// offset, and epoch seconds as a number or a string of digits. Invalid when absent or unreadable.
[[nodiscard]] QDateTime dateTime(const QJsonValue &value);

// A list of texts: each element as text() reads it, nulls and non-scalars left out. A lone string
// or number is a list of one, for fields that are sometimes sent unwrapped.
[[nodiscard]] QStringList stringList(const QJsonValue &value);

// A list of ids, each digit-exact as idString() reads it, empty entries left out; a lone id is a
// list of one.
[[nodiscard]] QStringList idList(const QJsonValue &value);

// A list of integers (numbers or numeric strings); elements that are not integers are left out.
[[nodiscard]] QList<qint64> integerList(const QJsonValue &value);

// A comma-separated text ("user.info.basic,video.list") split and trimmed; an array is read as
// stringList().
[[nodiscard]] QStringList commaSeparated(const QJsonValue &value);

// An object of scalars ({"7093...": "DELIVERING"}) as key -> text; empty values left out.
[[nodiscard]] QMap<QString, QString> textMap(const QJsonValue &value);

// Every object element of an array field through Decoder::decode(); other elements are skipped
// and anything but an array gives an empty list.
template<typename Decoder>
[[nodiscard]] auto decodeList(const QJsonValue &value)
{
    QList<decltype(Decoder::decode(QJsonObject{}))> decoded;
    const QJsonArray elements = array(value);
    decoded.reserve(elements.size());
    for (const QJsonValue &element : elements) {
        if (element.isObject())
            decoded.append(Decoder::decode(element.toObject()));
    }
    return decoded;
}

} // namespace bc::api::json
