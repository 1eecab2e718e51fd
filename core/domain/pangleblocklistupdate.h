#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// What /pangle_block_list/update/ answers (§4.5).
struct PangleBlockListUpdate
{
    std::optional<qint64> successCount; // apps newly added
    QJsonObject raw;                    // the object as the API sent it, unknown fields included

    friend bool operator==(const PangleBlockListUpdate &, const PangleBlockListUpdate &) = default;
};

} // namespace bc::domain
