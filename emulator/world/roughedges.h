#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace bc::emulator::RoughEdges {

// The real API's rough edges, applied deterministically per row so a client has to survive them
// and a test can predict them. Decided by the row's id (not its position in a page), so a row
// looks the same in every page, filter and sort.

// About one row in ten sends its id as a JSON number (as v1.2 did): ids whose last digit is 3.
// (BCs in /bc/get/ keep their own rule, every fifth BC: GeneratedBusinessCenter::bcIdAsJsonNumber.)
[[nodiscard]] bool idAsNumber(const QString &id);
// The id as it goes on the wire for that row: a string, or an exact 64-bit JSON number.
[[nodiscard]] QJsonValue idValue(const QString &id);
// About one row in ten sends money as a string ("12.34"), as some docs type it: last digit 7.
[[nodiscard]] bool moneyAsString(const QString &id);
// Fields no spec names, added to a row (every row gets some): clients must ignore them.
// Example: {"ext_info": {"source": "emulator", "row_hash": "3f9a"}}.
[[nodiscard]] QJsonObject unknownFields(const QString &id);
// The row with unknownFields(id) added.
[[nodiscard]] QJsonObject withUnknownFields(QJsonObject row, const QString &id);

} // namespace bc::emulator::RoughEdges
